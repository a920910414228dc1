import { ChangeDetectionStrategy, Component } from '@angular/core';
import { StaffWelcomeComponent, TranslatePipe, type TranslationKey } from '@urp/portal/core';

const COMING: readonly TranslationKey[] = ['office.item.inbox', 'office.item.takeInCharge', 'office.item.reminders'];

/** /ufficio: the office referent's area (office referents and admins). Will hold the forwarded tickets. */
@Component({
  selector: 'urp-office-home-page',
  imports: [StaffWelcomeComponent, TranslatePipe],
  template: `
    <div class="container my-5">
      <h1>{{ 'office.title' | t }}</h1>
      <urp-staff-welcome />
      <p>{{ 'office.description' | t }}</p>
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
export class OfficeHomePage {
  protected readonly coming = COMING;
}
