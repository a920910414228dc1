/** Pages of the office area. */
export const OFFICE_PATHS = {
  queue: '/ufficio',
  ticket: '/ufficio/pratiche',
} as const;
