import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import {
  TicketAsideDirective,
  TicketDetailViewComponent,
  TranslatePipe,
  followTicketPage,
  type TranslationKey,
} from '@urp/portal/core';
import type { CannedReply, OfficeSummary, StaffSummary } from '@urp/shared/contracts';

import { ActionPanelComponent } from '../actions/action-panel.component';
import { AssignFormComponent } from '../actions/assign-form.component';
import { CloseFormComponent } from '../actions/close-form.component';
import { FeedbackFormComponent } from '../actions/feedback-form.component';
import { ForwardFormComponent } from '../actions/forward-form.component';
import { NoteFormComponent } from '../actions/note-form.component';
import { PauseFormComponent } from '../actions/pause-form.component';
import { PriorityFormComponent } from '../actions/priority-form.component';
import { ReopenFormComponent } from '../actions/reopen-form.component';
import { ReplyFormComponent } from '../actions/reply-form.component';
import { OPERATOR_PATHS } from '../operator-paths';
import { OperatorApiService, type TicketActionType } from '../services/operator-api.service';
import { availableActions } from './available-actions';
import { OperatorTicketWorkspace } from './ticket-workspace';

const PANEL_HEADINGS: Readonly<Record<TicketActionType, TranslationKey>> = {
  reply: 'action.reply.heading',
  note: 'action.note.heading',
  assign: 'action.assign.heading',
  priority: 'action.priority.heading',
  forward: 'action.forward.heading',
  pause: 'action.pause.heading',
  resume: 'action.resume.heading',
  feedback: 'action.feedback.heading',
  close: 'action.close.heading',
  reopen: 'action.reopen.heading',
};

/** /operatore/pratiche/:id: the ticket, its history, and what the operator can do next. */
@Component({
  selector: 'urp-operator-ticket-page',
  imports: [
    TranslatePipe,
    TicketDetailViewComponent,
    TicketAsideDirective,
    ActionPanelComponent,
    ReplyFormComponent,
    NoteFormComponent,
    AssignFormComponent,
    PriorityFormComponent,
    ForwardFormComponent,
    PauseFormComponent,
    FeedbackFormComponent,
    CloseFormComponent,
    ReopenFormComponent,
  ],
  providers: [OperatorTicketWorkspace],
  templateUrl: './operator-ticket.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OperatorTicketPage {
  /** Route parameter, bound by the router. */
  readonly id = input.required<string>();

  private readonly api = inject(OperatorApiService);
  private readonly announcementBox = viewChild<ElementRef<HTMLElement>>('announcementBox');

  protected readonly workspace = inject(OperatorTicketWorkspace);
  protected readonly queuePath = OPERATOR_PATHS.queue;
  protected readonly headings = PANEL_HEADINGS;
  protected readonly offices = signal<OfficeSummary[]>([]);
  protected readonly operators = signal<StaffSummary[]>([]);
  protected readonly cannedReplies = signal<CannedReply[]>([]);

  protected readonly actions = computed(() => {
    const ticket = this.workspace.ticket();
    return ticket ? availableActions(ticket) : [];
  });
  /** The panel open on arrival: the next thing the operator most likely does. */
  protected readonly firstPanel = computed(() => this.actions()[0] ?? null);

  constructor() {
    followTicketPage(this.workspace, this.id, this.announcementBox);
    const ignore = () => undefined;
    this.api.offices().subscribe({ next: (v) => this.offices.set(v), error: ignore });
    this.api.operators().subscribe({ next: (v) => this.operators.set(v), error: ignore });
    this.api.cannedReplies().subscribe({ next: (v) => this.cannedReplies.set(v), error: ignore });
  }
}
