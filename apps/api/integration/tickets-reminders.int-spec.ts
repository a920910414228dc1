import { DataSource } from 'typeorm';

import { ReminderSweepService } from '@urp/api/tickets';
import { ManualClock } from '@urp/api/platform';
import type { TicketDetail } from '@urp/shared/contracts';

import type { HttpClient } from './support/http-client';
import { createOffice } from './support/office-builder';
import { createStaff, signIn } from './support/staff-builder';
import { startTestApp, type TestApp } from './support/test-app';
import { fileAsCitizen } from './support/ticket-builder';

const DAY = 86_400_000;

describe('SLA clock, reminders and deadline warnings on a controlled clock', () => {
  let t: TestApp;
  let second: TestApp;
  let operator: HttpClient;
  let office: { id: string; email: string; managerEmail: string | null };
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));

  beforeAll(async () => {
    t = await startTestApp({ clock, env: { INTAKE_PER_HOUR_PER_IP: '1000' } });
    // A second API instance on the same database, sweeping at the same time.
    second = await startTestApp({ clock, databaseUrl: t.databaseUrl });
    office = await createOffice(t.app);
    operator = t.client();
    await signIn(operator, (await createStaff(t.app, ['operator'])).username);
  });
  afterAll(async () => {
    await second.app.close();
    await t.close();
  });

  const detail = async (id: string) => (await operator.get<TicketDetail>(`/api/tickets/${id}`)).body;
  const sweepBoth = () =>
    Promise.all([t.app.get(ReminderSweepService).run(), second.app.get(ReminderSweepService).run()]);
  const outboxFor = (ticketId: string) =>
    t.app
      .get(DataSource)
      .query(`SELECT kind, to_address, cc FROM outbox_message WHERE ticket_id = $1 ORDER BY created_at`, [ticketId]) as Promise<
      { kind: string; to_address: string; cc: string[] }[]
    >;

  it('pausing while waiting for the citizen moves the deadline by the paused time', async () => {
    clock.set(new Date('2026-03-02T09:00:00Z'));
    const receipt = await fileAsCitizen(t.client());
    const due = Date.parse(receipt.dueAt ?? '');

    clock.advance(2 * DAY);
    expect((await operator.post(`/api/tickets/${receipt.id}/pause`, { reason: 'Indicare il civico esatto' })).status).toBe(204);
    expect(await detail(receipt.id)).toMatchObject({ status: 'waiting_citizen', paused: true, dueAt: null });
    expect((await operator.post(`/api/tickets/${receipt.id}/pause`, { reason: 'again' })).status).toBe(409);

    clock.advance(3 * DAY);
    expect((await operator.post(`/api/tickets/${receipt.id}/resume`)).status).toBe(204);
    const resumed = await detail(receipt.id);
    expect(resumed).toMatchObject({ status: 'open', paused: false });
    expect(Date.parse(resumed.dueAt ?? '')).toBe(due + 3 * DAY);
    const pauseEvent = resumed.events.find((e) => e.type === 'paused');
    expect(pauseEvent).toMatchObject({ public: true, message: 'Indicare il civico esatto' });
  });

  it('sends each reminder once, escalates the second to the manager, and warns the URP before the deadline', async () => {
    clock.set(new Date('2026-03-02T09:00:00Z'));
    const receipt = await fileAsCitizen(t.client());
    expect((await operator.post(`/api/tickets/${receipt.id}/forward`, { officeId: office.id })).status).toBe(204);

    clock.advance(9 * DAY);
    await sweepBoth();
    expect((await outboxFor(receipt.id)).filter((m) => m.kind === 'reminder')).toHaveLength(0);

    clock.advance(1 * DAY + 60_000);
    const [a, b] = await sweepBoth();
    expect(a.reminders + b.reminders).toBe(1);
    await sweepBoth();
    let reminders = (await outboxFor(receipt.id)).filter((m) => m.kind === 'reminder');
    expect(reminders).toEqual([{ kind: 'reminder', to_address: office.email, cc: [] }]);

    // The citizen sees that the office was reminded.
    const view = await t.client().post<{ events: { type: string }[] }>('/api/public/tracking', { code: receipt.code, pin: receipt.pin });
    expect(view.body.events.map((e) => e.type)).toContain('reminder_sent');

    clock.advance(10 * DAY);
    await sweepBoth();
    await sweepBoth();
    reminders = (await outboxFor(receipt.id)).filter((m) => m.kind === 'reminder');
    expect(reminders).toHaveLength(2);
    expect(reminders[1]).toEqual({ kind: 'reminder', to_address: office.email, cc: [office.managerEmail] });

    clock.advance(7 * DAY + 60_000); // 27 days after receipt: within 3 days of the deadline
    await sweepBoth();
    await sweepBoth();
    const warnings = (await outboxFor(receipt.id)).filter((m) => m.kind === 'deadline-warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.to_address).toBe(t.config.site.urpEmail);

    const events = (await detail(receipt.id)).events;
    expect(events.filter((e) => e.type === 'reminder_sent').map((e) => e.data['level'])).toEqual([1, 2]);
    expect(events.filter((e) => e.type === 'deadline_warning')).toHaveLength(1);
  });

  it('sends no reminder once the office has taken the complaint in charge and answered', async () => {
    clock.set(new Date('2026-03-02T09:00:00Z'));
    const referent = t.client();
    await signIn(referent, (await createStaff(t.app, ['office_referent'], office.id)).username);
    const receipt = await fileAsCitizen(t.client());
    await operator.post(`/api/tickets/${receipt.id}/forward`, { officeId: office.id });
    clock.advance(2 * DAY);
    await referent.post(`/api/tickets/${receipt.id}/take-in-charge`, {});
    clock.advance(9 * DAY);
    await sweepBoth();
    await referent.post(`/api/tickets/${receipt.id}/office-answer`, { body: 'Fatto' });
    clock.advance(15 * DAY);
    await sweepBoth();
    expect((await outboxFor(receipt.id)).filter((m) => m.kind === 'reminder')).toHaveLength(0);
  });
});
