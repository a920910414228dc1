import { ChangeDetectionStrategy, Component, inject } from '@angular/core';

import { AuthStore } from '../auth/auth.store';
import { TranslatePipe } from '../i18n/translate.pipe';

/** "Welcome, <name>." under a staff page's heading. */
@Component({
  selector: 'urp-staff-welcome',
  imports: [TranslatePipe],
  template: `
    @if (store.profile(); as profile) {
      <p class="lead" data-testid="staff-welcome">{{ 'staff.welcome' | t: { name: profile.displayName } }}</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffWelcomeComponent {
  protected readonly store = inject(AuthStore);
}
