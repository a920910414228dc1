import { HttpParams } from '@angular/common/http';
import type { Params } from '@angular/router';
import {
  TICKET_CHANNELS,
  TICKET_KINDS,
  TICKET_STATUSES,
  type TicketChannel,
  type TicketKind,
  type TicketStatus,
} from '@urp/shared/domain';

/** Queue filters as the page's query parameters carry them (`?kind=complaint&overdue=true`). */
export interface QueueFilters {
  kind: TicketKind | null;
  channel: TicketChannel | null;
  /** null: every status but closed (the API's default); 'all': closed too. */
  status: TicketStatus | 'all' | null;
  officeId: string | null;
  overdue: boolean;
  assignedToMe: boolean;
}

export const NO_QUEUE_FILTERS: QueueFilters = {
  kind: null,
  channel: null,
  status: null,
  officeId: null,
  overdue: false,
  assignedToMe: false,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(values: readonly T[], value: string | null | undefined): T | null {
  return value && (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** Reads filters from query parameters, ignoring anything unknown (a hand-edited URL cannot break the page). */
export function queueFiltersFromParams(get: (name: string) => string | null | undefined): QueueFilters {
  const officeId = get('officeId');
  return {
    kind: oneOf(TICKET_KINDS, get('kind')),
    channel: oneOf(TICKET_CHANNELS, get('channel')),
    status: oneOf([...TICKET_STATUSES, 'all'] as const, get('status')),
    officeId: officeId && UUID.test(officeId) ? officeId : null,
    overdue: get('overdue') === 'true',
    assignedToMe: get('assignedToMe') === 'true',
  };
}

/** Query parameters for the router: unset filters are null, so they leave the URL. */
export function queueFiltersToParams(filters: QueueFilters): Params {
  return {
    kind: filters.kind,
    channel: filters.channel,
    status: filters.status,
    officeId: filters.officeId,
    overdue: filters.overdue ? 'true' : null,
    assignedToMe: filters.assignedToMe ? 'true' : null,
  };
}

/** Query string of GET /api/tickets and GET /api/office/tickets. */
export function queueHttpParams(filters: QueueFilters, after: string | null = null, limit?: number): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(queueFiltersToParams(filters))) {
    if (value !== null) params = params.set(name, String(value));
  }
  if (limit) params = params.set('limit', String(limit));
  if (after) params = params.set('after', after);
  return params;
}
