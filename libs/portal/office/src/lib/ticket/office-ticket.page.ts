import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  untracked,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  TicketContentComponent,
  TicketHistoryComponent,
  TicketOverviewComponent,
  TranslatePipe,
} from '@urp/portal/core';

import { OFFICE_PATHS } from '../office-paths';
import { OfficeAnswerFormComponent } from './office-answer-form.component';
import { OfficeTicketWorkspace } from './office-ticket-workspace';
import { TakeInChargeFormComponent } from './take-in-charge-form.component';

/** /ufficio/pratiche/:id: a ticket forwarded to the office; take it in charge and answer the URP. */
@Component({
  selector: 'urp-office-ticket-page',
  imports: [
    RouterLink,
    TranslatePipe,
    TicketOverviewComponent,
    TicketContentComponent,
    TicketHistoryComponent,
    TakeInChargeFormComponent,
    OfficeAnswerFormComponent,
  ],
  providers: [OfficeTicketWorkspace],
  templateUrl: './office-ticket.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfficeTicketPage {
  readonly id = input.required<string>();

  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly announcementBox = viewChild<ElementRef<HTMLElement>>('announcementBox');

  protected readonly workspace = inject(OfficeTicketWorkspace);
  protected readonly queuePath = OFFICE_PATHS.queue;
  protected readonly canTakeInCharge = computed(() => this.workspace.ticket()?.status === 'forwarded');
  protected readonly canAnswer = computed(() => {
    const status = this.workspace.ticket()?.status;
    return status === 'forwarded' || status === 'in_charge';
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.workspace.open(id));
    });
    // The forms disappear once used: focus then goes to the success message.
    effect(() => {
      if (!this.workspace.announcement()) return;
      afterNextRender(
        () => {
          const active = this.document.activeElement;
          if (!active || active === this.document.body || !active.isConnected)
            this.announcementBox()?.nativeElement.focus();
        },
        { injector: this.injector },
      );
    });
  }
}
