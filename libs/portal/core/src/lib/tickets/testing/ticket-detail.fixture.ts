import type { TicketDetail } from '@urp/shared/contracts';

/**
 * Test data (for specs only): a complaint forwarded to an office, with an internal note and the
 * office's answer: the usual shape on the operator's ticket page.
 */
export function ticketDetailFixture(patch: Partial<TicketDetail> = {}): TicketDetail {
  return {
    id: '9380d090-3c40-4bba-8fa4-49d5c653b0bc',
    code: 'URP-2026-000001',
    kind: 'complaint',
    channel: 'web',
    status: 'office_answered',
    priority: 'normal',
    subject: 'Buca pericolosa in via Balbi',
    citizenName: 'Maria Rossi',
    officeId: '2fc61def-d962-4f73-93a7-2327af260421',
    officeName: 'Manutenzione Strade e Verde Pubblico',
    assigneeId: null,
    assigneeName: null,
    receivedAt: '2026-03-01T10:00:00Z',
    dueAt: '2099-03-31T10:00:00Z',
    paused: false,
    body: 'Da due settimane una buca <script>alert(1)</script> profonda.',
    citizenEmail: 'maria.rossi@example.org',
    citizenPhone: '010 123456',
    closeReason: null,
    attachments: [
      { id: 'a1b2c3d4-0000-4000-8000-000000000001', filename: 'foto.jpg', contentType: 'image/jpeg', size: 204800 },
    ],
    events: [
      {
        id: '1',
        type: 'received',
        at: '2026-03-01T10:00:00Z',
        actorName: null,
        officeName: null,
        message: null,
        public: true,
        data: {},
      },
      {
        id: '2',
        type: 'note',
        at: '2026-03-01T11:00:00Z',
        actorName: 'Francesca Operatrice',
        officeName: null,
        message: 'Chiamata la cittadina',
        public: false,
        data: {},
      },
      {
        id: '3',
        type: 'office_answered',
        at: '2026-03-05T11:00:00Z',
        actorName: 'Elena Strade',
        officeName: 'Manutenzione Strade e Verde Pubblico',
        message: 'Buca chiusa il 4 marzo.',
        public: true,
        data: {},
      },
    ],
    ...patch,
  };
}

/** Test data (for specs only): a complaint forwarded to the office, as the office referent sees it. */
export function forwardedTicketDetailFixture(patch: Partial<TicketDetail> = {}): TicketDetail {
  const [received] = ticketDetailFixture().events;
  return ticketDetailFixture({
    status: 'forwarded',
    events: [
      received,
      {
        id: '2',
        type: 'forwarded',
        at: '2026-03-02T10:00:00Z',
        actorName: 'Francesca Operatrice',
        officeName: 'Manutenzione Strade e Verde Pubblico',
        message: null,
        public: true,
        data: { note: 'Con urgenza' },
      },
    ],
    ...patch,
  });
}
