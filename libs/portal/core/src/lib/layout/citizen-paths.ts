/** Public pages of the citizen area (routes in @urp/portal/citizen, linked from the header and home). */
export const CITIZEN_PATHS = {
  newRequest: '/cittadino/nuova-segnalazione',
  track: '/cittadino/segui-pratica',
  book: '/cittadino/prenota-appuntamento',
} as const;
