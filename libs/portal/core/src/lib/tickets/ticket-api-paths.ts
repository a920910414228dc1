/** Staff ticket URLs both staff areas use (same origin; the session cookie goes with them). */
export const STAFF_TICKETS_API = {
  tickets: '/api/tickets',
  ticket: (id: string) => `/api/tickets/${encodeURIComponent(id)}`,
  /** A plain link: the browser downloads the file with the session cookie. */
  attachment: (ticketId: string, attachmentId: string) =>
    `/api/tickets/${encodeURIComponent(ticketId)}/attachments/${encodeURIComponent(attachmentId)}`,
} as const;
