import { DataSource } from 'typeorm';

import type { OutboxMessageView, PublicTicketView, TicketDetail, TicketQueuePage } from '@urp/shared/contracts';

import type { HttpClient } from './support/http-client';
import { createOffice } from './support/office-builder';
import { createStaff, signIn } from './support/staff-builder';
import { startTestApp, type TestApp } from './support/test-app';
import { fileAsCitizen, PDF_BYTES } from './support/ticket-builder';

describe('complaint lifecycle: citizen -> URP -> office -> URP -> citizen', () => {
  let t: TestApp;
  let operator: HttpClient;
  let referent: HttpClient;
  let otherReferent: HttpClient;
  let officeId: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { INTAKE_PER_HOUR_PER_IP: '1000' } });
    const office = await createOffice(t.app, { name: 'Manutenzione Strade' });
    const otherOffice = await createOffice(t.app);
    officeId = office.id;
    operator = t.client();
    referent = t.client();
    otherReferent = t.client();
    await signIn(operator, (await createStaff(t.app, ['operator'])).username);
    await signIn(referent, (await createStaff(t.app, ['office_referent'], office.id)).username);
    await signIn(otherReferent, (await createStaff(t.app, ['office_referent'], otherOffice.id)).username);
  });
  afterAll(() => t.close());

  const track = (body: object) => t.client().post<PublicTicketView>('/api/public/tracking', body);

  it('runs the whole workflow, visible to the citizen at each step, with the history as events', async () => {
    const receipt = await fileAsCitizen(t.client(), {
      files: [{ name: 'foto-buca.pdf', type: 'application/pdf', bytes: PDF_BYTES }],
    });
    expect(receipt.code).toMatch(/^URP-\d{4}-\d{6}$/);
    expect(receipt.pin).toMatch(/^\d{8}$/);
    // A complaint's promise: feedback within 30 days.
    const days = (Date.parse(receipt.dueAt ?? '') - Date.parse(receipt.receivedAt)) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(29.95);
    expect(days).toBeLessThanOrEqual(30.05);

    // Acknowledgement queued (held: no SMTP configured in this test), addressed to the citizen.
    const outbox = await operator.get<OutboxMessageView[]>('/api/outbox');
    const ack = outbox.body.find((m) => m.ticketId === receipt.id);
    expect(ack).toMatchObject({ to: 'maria.rossi@example.org', status: 'held' });
    expect(ack?.subject).toContain(receipt.code);

    // In the operators' queue, with its deadline.
    const queue = await operator.get<TicketQueuePage>('/api/tickets?kind=complaint&limit=100');
    expect(queue.body.items.find((i) => i.id === receipt.id)).toMatchObject({ status: 'new', dueAt: receipt.dueAt });

    // Internal note, then forward to the office.
    expect((await operator.post(`/api/tickets/${receipt.id}/notes`, { body: 'Sentito il cittadino al telefono' })).status).toBe(204);
    expect((await operator.post(`/api/tickets/${receipt.id}/forward`, { officeId, message: 'Urgente' })).status).toBe(204);

    let view = await track({ code: receipt.code, email: 'Maria.Rossi@example.org' });
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ status: 'forwarded', officeName: 'Manutenzione Strade' });
    expect(JSON.stringify(view.body)).not.toContain('Sentito il cittadino');

    // Another office's referent cannot see or act on it.
    expect((await otherReferent.get(`/api/tickets/${receipt.id}`)).status).toBe(404);
    expect((await otherReferent.post(`/api/tickets/${receipt.id}/take-in-charge`, {})).status).toBe(404);
    const otherQueue = await otherReferent.get<TicketQueuePage>('/api/office/tickets');
    expect(otherQueue.body.items.map((i) => i.id)).not.toContain(receipt.id);

    // The competent office takes it in charge and answers.
    const asOffice = await referent.get<TicketDetail>(`/api/tickets/${receipt.id}`);
    expect(asOffice.status).toBe(200);
    expect(asOffice.body.events.map((e) => e.type)).not.toContain('note');
    const officeQueue = await referent.get<TicketQueuePage>('/api/office/tickets');
    expect(officeQueue.body.items.map((i) => i.id)).toContain(receipt.id);
    expect((await referent.post(`/api/tickets/${receipt.id}/take-in-charge`, { note: 'Squadra inviata' })).status).toBe(204);
    expect((await referent.post(`/api/tickets/${receipt.id}/take-in-charge`, {})).status).toBe(409);
    expect((await referent.post(`/api/tickets/${receipt.id}/office-answer`, { body: 'Buca chiusa il 12/11.' })).status).toBe(204);
    // A referent cannot write to the citizen: that is the URP's job.
    expect((await referent.post(`/api/tickets/${receipt.id}/feedback`, { body: 'x' })).status).toBe(403);

    view = await track({ code: receipt.code, pin: receipt.pin });
    expect(view.body.events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['received', 'acknowledged', 'forwarded', 'taken_in_charge', 'office_answered']),
    );
    // The office's internal answer is not shown to the citizen before the URP's feedback.
    expect(JSON.stringify(view.body)).not.toContain('Buca chiusa il 12/11');

    // The URP sends the feedback; the ticket closes.
    const feedback = 'La buca è stata chiusa il 12 novembre. Grazie della segnalazione.';
    expect((await operator.post(`/api/tickets/${receipt.id}/feedback`, { body: feedback })).status).toBe(204);
    view = await track({ code: receipt.code, pin: receipt.pin });
    expect(view.body.status).toBe('closed');
    expect(view.body.events.find((e) => e.type === 'feedback_sent')?.message).toBe(feedback);

    const detail = await operator.get<TicketDetail>(`/api/tickets/${receipt.id}`);
    expect(detail.body.events.map((e) => e.type)).toEqual([
      'received',
      'acknowledged',
      'note',
      'forwarded',
      'taken_in_charge',
      'office_answered',
      'feedback_sent',
      'closed',
    ]);
    expect(detail.body.attachments).toEqual([
      expect.objectContaining({ filename: 'foto-buca.pdf', contentType: 'application/pdf', size: PDF_BYTES.length }),
    ]);
    const file = await fetch(`${t.baseUrl}/api/tickets/${receipt.id}/attachments/${detail.body.attachments[0]?.id}`, {
      headers: { cookie: `urp_session=${operator.cookie('urp_session')}` },
    });
    expect(Buffer.from(await file.arrayBuffer()).equals(PDF_BYTES)).toBe(true);

    const office = await t.app.get(DataSource).query('SELECT email FROM office WHERE id = $1', [officeId]);
    const forwardMail = (await operator.get<OutboxMessageView[]>('/api/outbox')).body.find(
      (m) => m.ticketId === receipt.id && m.to === office[0].email,
    );
    expect(forwardMail?.text).toContain(receipt.code);
  });

  it('answers a forged code or PIN exactly like an unknown ticket', async () => {
    const receipt = await fileAsCitizen(t.client());
    const wrongPin = await track({ code: receipt.code, pin: receipt.pin === '00000000' ? '11111111' : '00000000' });
    const wrongEmail = await track({ code: receipt.code, email: 'someone.else@example.org' });
    const unknown = await track({ code: 'URP-2019-999999', pin: '12345678' });
    expect([wrongPin.status, wrongEmail.status, unknown.status]).toEqual([404, 404, 404]);
    expect(wrongPin.body).toEqual(unknown.body);
    expect(wrongEmail.body).toEqual(unknown.body);
    expect((await track({ code: receipt.code })).status).toBe(400);
  });

  it('refuses to rewrite history: UPDATE, DELETE and TRUNCATE on ticket_event fail', async () => {
    const receipt = await fileAsCitizen(t.client());
    const db = t.app.get(DataSource);
    await expect(db.query(`UPDATE ticket_event SET at = now() WHERE ticket_id = $1`, [receipt.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(db.query(`DELETE FROM ticket_event WHERE ticket_id = $1`, [receipt.id])).rejects.toThrow(/append-only/);
    await expect(db.query(`TRUNCATE ticket_event CASCADE`)).rejects.toThrow(/append-only/);
    const [{ count }] = await db.query('SELECT count(*)::int AS count FROM ticket_event WHERE ticket_id = $1', [receipt.id]);
    expect(count).toBe(2);
  });

  it('files on behalf of a person at the counter, trackable by PIN, with replies recorded by channel', async () => {
    const filed = await operator.post<{ id: string; code: string; pin: string }>('/api/tickets', {
      kind: 'inquiry',
      channel: 'counter',
      subject: 'Orari anagrafe',
      body: 'Chiede gli orari dello sportello anagrafe di Sampierdarena.',
      phone: '010 555 1234',
      privacyConsent: true,
    });
    expect(filed.status).toBe(201);
    const view = await track({ code: filed.body.code, pin: filed.body.pin });
    expect(view.body).toMatchObject({ channel: 'counter', status: 'new' });

    const byEmail = await operator.post<{ message: string }>(`/api/tickets/${filed.body.id}/replies`, { body: 'x' });
    expect(byEmail.status).toBe(400);
    expect(byEmail.body.message).toMatch(/no e-mail address/);
    const byPhone = await operator.post(`/api/tickets/${filed.body.id}/replies`, { body: 'Comunicati gli orari', channel: 'phone' });
    expect(byPhone.status).toBe(204);
    const detail = await operator.get<TicketDetail>(`/api/tickets/${filed.body.id}`);
    expect(detail.body).toMatchObject({ status: 'open', dueAt: null });
    expect(detail.body.events.find((e) => e.type === 'received')?.actorName).toBeTruthy();

    // Referents and directors cannot file or act as operators.
    expect((await referent.post('/api/tickets', { kind: 'inquiry' })).status).toBe(403);
  });
});
