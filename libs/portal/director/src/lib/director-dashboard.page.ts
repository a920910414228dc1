import { ChangeDetectionStrategy, Component } from '@angular/core';
import { StaffWelcomeComponent, TranslatePipe, type TranslationKey } from '@urp/portal/core';

const COMING: readonly TranslationKey[] = ['director.item.indicators', 'director.item.report', 'director.item.actions'];

/** /direzione: the director's dashboard (directors and admins). Will hold the charter indicators and the annual report. */
@Component({
  selector: 'urp-director-dashboard-page',
  imports: [StaffWelcomeComponent, TranslatePipe],
  template: `
    <div class="container my-5">
      <h1>{{ 'director.title' | t }}</h1>
      <urp-staff-welcome />
      <p>{{ 'director.description' | t }}</p>
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
export class DirectorDashboardPage {
  protected readonly coming = COMING;
}
