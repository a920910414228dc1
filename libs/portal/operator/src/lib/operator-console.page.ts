import { ChangeDetectionStrategy, Component } from '@angular/core';
import { StaffWelcomeComponent, TranslatePipe, type TranslationKey } from '@urp/portal/core';

const COMING: readonly TranslationKey[] = ['operator.item.queue', 'operator.item.reply', 'operator.item.onBehalf'];

/** /operatore: the operator console (operators and admins). Will hold the single ticket queue. */
@Component({
  selector: 'urp-operator-console-page',
  imports: [StaffWelcomeComponent, TranslatePipe],
  template: `
    <div class="container my-5">
      <h1>{{ 'operator.title' | t }}</h1>
      <urp-staff-welcome />
      <p>{{ 'operator.description' | t }}</p>
      <h2 class="h4 mt-4">{{ 'staff.comingSoon' | t }}</h2>
      <ul>
        @for (item of coming; track item) {
          <li>{{ item | t }}</li>
        }
      </ul>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OperatorConsolePage {
  protected readonly coming = COMING;
}
