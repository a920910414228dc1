import type { StaffRole } from '@urp/shared/domain';

/** Shown on the console at `npm start`: this is demo data only, never a real installation. */
export const DEMO_PASSWORD = 'urp-demo-2026';

export const DEMO_STAFF: readonly {
  username: string;
  displayName: string;
  email: string;
  roles: StaffRole[];
  officeCode?: string;
}[] = [
  { username: 'admin', displayName: 'Amministratore di sistema', email: 'admin@comune.example.it', roles: ['admin'] },
  { username: 'operatore', displayName: 'Francesca Operatrice', email: 'f.operatrice@comune.example.it', roles: ['operator'], officeCode: 'URP' },
  { username: 'operatore2', displayName: 'Davide Sportello', email: 'd.sportello@comune.example.it', roles: ['operator'], officeCode: 'URP' },
  { username: 'referente.mobilita', displayName: 'Giorgio Mobilità', email: 'referente.mobilita@comune.example.it', roles: ['office_referent'], officeCode: 'MOBILITA' },
  { username: 'referente.manutenzioni', displayName: 'Elena Strade', email: 'referente.manutenzioni@comune.example.it', roles: ['office_referent'], officeCode: 'MANUTENZIONI' },
  { username: 'direttore', displayName: 'Alfredo Bianchi', email: 'direzione.urp@comune.example.it', roles: ['director'], officeCode: 'URP' },
];
