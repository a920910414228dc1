import type { TicketEntity } from '../entities/ticket.entity';
import { acknowledgementMail, reminderMail } from './ticket-mail-templates';

const ctx = { municipalityName: 'Comune di Genova', urpName: 'URP', trackingUrl: 'https://urp.example.it/cittadino/segui-pratica' };
const ticket = {
  code: 'URP-2026-000042',
  kind: 'complaint',
  subject: 'Buca in via Balbi',
  citizenName: 'Maria Rossi',
  receivedAt: new Date('2026-03-10T08:00:00Z'),
  forwardedAt: new Date('2026-03-11T08:00:00Z'),
  dueAt: new Date('2026-04-09T07:00:00Z'),
} as TicketEntity;

describe('ticket mail templates', () => {
  it('agrees with the kind and links to tracking with the code, in Rome time', () => {
    const mail = acknowledgementMail(ticket, ticket.dueAt, ctx);
    expect(mail.subject).toBe('[URP-2026-000042] Abbiamo ricevuto il suo reclamo');
    expect(mail.text).toContain('il suo reclamo "Buca in via Balbi" è stato registrato il 10/03/2026 alle 09:00');
    expect(mail.text).toContain('entro il 09/04/2026 alle 09:00');
    expect(mail.text).toContain('https://urp.example.it/cittadino/segui-pratica?code=URP-2026-000042');

    const report = acknowledgementMail({ ...ticket, kind: 'report' } as TicketEntity, null, ctx);
    expect(report.text).toContain('la sua segnalazione "Buca in via Balbi" è stata registrata');
  });

  it('copies the manager on the second reminder only', () => {
    expect(reminderMail(ticket, 'Manutenzioni', 1, ctx).text).not.toContain('responsabile');
    expect(reminderMail(ticket, 'Manutenzioni', 2, ctx).text).toContain('responsabile');
  });
});
