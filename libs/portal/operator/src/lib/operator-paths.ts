/** Pages of the operator console. */
export const OPERATOR_PATHS = {
  queue: '/operatore',
  ticket: '/operatore/pratiche',
  assisted: '/operatore/nuova-pratica',
  outbox: '/operatore/posta-in-uscita',
} as const;
