import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, viewChild } from '@angular/core';
import { TicketAsideDirective, TicketDetailViewComponent, TranslatePipe, followTicketPage } from '@urp/portal/core';

import { OFFICE_PATHS } from '../office-paths';
import { OfficeAnswerFormComponent } from './office-answer-form.component';
import { OfficeTicketWorkspace } from './office-ticket-workspace';
import { TakeInChargeFormComponent } from './take-in-charge-form.component';

/** /ufficio/pratiche/:id: a ticket forwarded to the office; take it in charge and answer the URP. */
@Component({
  selector: 'urp-office-ticket-page',
  imports: [
    TranslatePipe,
    TicketDetailViewComponent,
    TicketAsideDirective,
    TakeInChargeFormComponent,
    OfficeAnswerFormComponent,
  ],
  providers: [OfficeTicketWorkspace],
  templateUrl: './office-ticket.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfficeTicketPage {
  readonly id = input.required<string>();

  private readonly announcementBox = viewChild<ElementRef<HTMLElement>>('announcementBox');

  protected readonly workspace = inject(OfficeTicketWorkspace);
  protected readonly queuePath = OFFICE_PATHS.queue;
  protected readonly canTakeInCharge = computed(() => this.workspace.ticket()?.status === 'forwarded');
  protected readonly canAnswer = computed(() => {
    const status = this.workspace.ticket()?.status;
    return status === 'forwarded' || status === 'in_charge';
  });

  constructor() {
    followTicketPage(this.workspace, this.id, this.announcementBox);
  }
}
