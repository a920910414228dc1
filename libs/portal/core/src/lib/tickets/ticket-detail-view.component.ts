import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, Directive, TemplateRef, contentChild, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { TicketDetail } from '@urp/shared/contracts';

import type { TranslationKey } from '../i18n/it.dictionary';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TicketContentComponent } from './ticket-content.component';
import { TicketHistoryComponent } from './ticket-history.component';
import { TicketOverviewComponent } from './ticket-overview.component';
import type { TicketWorkspace } from './ticket-workspace';

interface TicketAsideContext {
  $implicit: TicketDetail;
}

/** Marks the `<ng-template>` shown beside the ticket (the area's actions); it receives the ticket. */
@Directive({ selector: 'ng-template[urpTicketAside]' })
export class TicketAsideDirective {
  readonly template = inject<TemplateRef<TicketAsideContext>>(TemplateRef);

  static ngTemplateContextGuard(_dir: TicketAsideDirective, _ctx: unknown): _ctx is TicketAsideContext {
    return true;
  }
}

/**
 * A staff ticket page's frame: back link, loading / not found / error states, then the ticket's
 * overview, content and history, with the area's actions (an `urpTicketAside` template) beside them.
 */
@Component({
  selector: 'urp-ticket-detail-view',
  imports: [
    NgTemplateOutlet,
    RouterLink,
    TranslatePipe,
    TicketOverviewComponent,
    TicketContentComponent,
    TicketHistoryComponent,
  ],
  templateUrl: './ticket-detail-view.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TicketDetailViewComponent {
  readonly workspace = input.required<TicketWorkspace>();
  readonly backLink = input.required<string>();
  readonly backLabel = input.required<TranslationKey>();
  readonly notFoundText = input.required<TranslationKey>();

  protected readonly aside = contentChild(TicketAsideDirective);
}
