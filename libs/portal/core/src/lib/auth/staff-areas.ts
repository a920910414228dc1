import type { StaffRole } from '@urp/shared/domain';

import type { TranslationKey } from '../i18n/it.dictionary';

export interface StaffArea {
  path: string;
  /** Who may enter; the route guard and the navigation menu both read this. */
  roles: readonly StaffRole[];
  navLabel: TranslationKey;
}

/** The lazy staff areas of the portal. Admins can enter every one of them. */
export const STAFF_AREAS = {
  operator: { path: '/operatore', roles: ['operator', 'admin'], navLabel: 'nav.operator' },
  office: { path: '/ufficio', roles: ['office_referent', 'admin'], navLabel: 'nav.office' },
  director: { path: '/direzione', roles: ['director', 'admin'], navLabel: 'nav.director' },
} as const satisfies Record<string, StaffArea>;
