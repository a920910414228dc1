import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';

import { TranslationService } from '../i18n/translation.service';
import { NOW } from './now';
import { slaBadgeClass, slaState, slaText, type SlaTicket } from './sla';

/** Time left before the ticket's deadline, or how late it is, or "in pausa". */
@Component({
  selector: 'urp-sla-badge',
  template: `
    @if (state().kind === 'none') {
      <span class="small">{{ text() }}</span>
    } @else {
      <span class="badge" [class]="badgeClass()" data-testid="sla-badge">{{ text() }}</span>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SlaBadgeComponent {
  readonly ticket = input.required<SlaTicket>();

  private readonly i18n = inject(TranslationService);
  private readonly now = inject(NOW);

  protected readonly state = computed(() => slaState(this.ticket(), this.now()));
  protected readonly text = computed(() => slaText(this.state(), (key, params) => this.i18n.t(key, params)));
  protected readonly badgeClass = computed(() => slaBadgeClass(this.state()));
}
