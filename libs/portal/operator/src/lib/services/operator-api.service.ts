import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { STAFF_TICKETS_API, queueHttpParams, type QueueFilters } from '@urp/portal/core';
import type {
  AssignRequest,
  AssistedTicketRequest,
  CannedReply,
  CloseRequest,
  FeedbackRequest,
  ForwardRequest,
  NoteRequest,
  OfficeSummary,
  OutboxMessageView,
  OutboxStatus,
  PauseRequest,
  PriorityRequest,
  ReopenRequest,
  ReplyRequest,
  StaffSummary,
  TicketDetail,
  TicketQueuePage,
  TicketReceipt,
} from '@urp/shared/contracts';
import type { Observable } from 'rxjs';

/** What an operator can do to a ticket, with the body each action's endpoint expects. */
export type TicketAction =
  | { type: 'reply'; body: ReplyRequest }
  | { type: 'note'; body: NoteRequest }
  | { type: 'assign'; body: AssignRequest }
  | { type: 'priority'; body: PriorityRequest }
  | { type: 'forward'; body: ForwardRequest }
  | { type: 'pause'; body: PauseRequest }
  | { type: 'resume' }
  | { type: 'feedback'; body: FeedbackRequest }
  | { type: 'close'; body: CloseRequest }
  | { type: 'reopen'; body: ReopenRequest };

export type TicketActionType = TicketAction['type'];

/** POST /api/tickets/:id/<segment>; every one answers 204, 409 on a state that does not allow it. */
const ACTION_SEGMENTS: Readonly<Record<TicketActionType, string>> = {
  reply: 'replies',
  note: 'notes',
  assign: 'assign',
  priority: 'priority',
  forward: 'forward',
  pause: 'pause',
  resume: 'resume',
  feedback: 'feedback',
  close: 'close',
  reopen: 'reopen',
};

export const OPERATOR_API = {
  offices: '/api/offices',
  operators: '/api/staff/operators',
  cannedReplies: '/api/canned-replies',
  outbox: '/api/outbox',
  resend: (id: string) => `/api/outbox/${encodeURIComponent(id)}/resend`,
  action: (ticketId: string, type: TicketActionType) =>
    `${STAFF_TICKETS_API.ticket(ticketId)}/${ACTION_SEGMENTS[type]}`,
} as const;

/** Every HTTP call of the operator console (operators and admins; session cookie). */
@Injectable({ providedIn: 'root' })
export class OperatorApiService {
  private readonly http = inject(HttpClient);

  queue(filters: QueueFilters, after: string | null = null): Observable<TicketQueuePage> {
    return this.http.get<TicketQueuePage>(STAFF_TICKETS_API.tickets, { params: queueHttpParams(filters, after) });
  }

  ticket(id: string): Observable<TicketDetail> {
    return this.http.get<TicketDetail>(STAFF_TICKETS_API.ticket(id));
  }

  fileOnBehalf(request: AssistedTicketRequest): Observable<TicketReceipt> {
    return this.http.post<TicketReceipt>(STAFF_TICKETS_API.tickets, request);
  }

  perform(ticketId: string, action: TicketAction): Observable<void> {
    return this.http.post<void>(OPERATOR_API.action(ticketId, action.type), 'body' in action ? action.body : null);
  }

  offices(): Observable<OfficeSummary[]> {
    return this.http.get<OfficeSummary[]>(OPERATOR_API.offices);
  }

  operators(): Observable<StaffSummary[]> {
    return this.http.get<StaffSummary[]>(OPERATOR_API.operators);
  }

  cannedReplies(): Observable<CannedReply[]> {
    return this.http.get<CannedReply[]>(OPERATOR_API.cannedReplies);
  }

  outbox(status: OutboxStatus | null): Observable<OutboxMessageView[]> {
    const params = status ? new HttpParams().set('status', status) : undefined;
    return this.http.get<OutboxMessageView[]>(OPERATOR_API.outbox, { params });
  }

  resend(id: string): Observable<unknown> {
    return this.http.post(OPERATOR_API.resend(id), null);
  }
}
