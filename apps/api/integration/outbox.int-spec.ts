import { DataSource } from 'typeorm';

import { InvalidOutgoingMailError, OutboxService, OutboxWorker } from '@urp/api/mail';
import type { OutboxMessageView } from '@urp/shared/contracts';

import type { HttpClient } from './support/http-client';
import { createOffice } from './support/office-builder';
import { enqueueMail, outboxRow, sampleMail } from './support/outbox-helpers';
import { createStaff, signIn } from './support/staff-builder';
import { startTestApp, type TestApp } from './support/test-app';
import { startTestSmtpServer, type TestSmtpServer } from './support/test-smtp-server';

describe('e-mail outbox against a real SMTP server', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let worker: OutboxWorker;
  let operator: HttpClient;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    t = await startTestApp({
      env: { SMTP_URL: smtp.url, MAIL_MESSAGE_ID_DOMAIN: 'urp.test.it', MAIL_FROM: 'URP <urp@comune.test.it>' },
    });
    worker = t.app.get(OutboxWorker);
    operator = t.client();
    await signIn(operator, (await createStaff(t.app, ['operator'])).username);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });
  afterEach(() => smtp.refuseWith(null));

  it('delivers a committed message once, with its Message-ID and threading headers', async () => {
    const mail = sampleMail({
      cc: ['ufficio@comune.test.it'],
      inReplyTo: '<first@citizen.it>',
      references: ['<first@citizen.it>'],
    });
    const { id, messageId } = await enqueueMail(t, mail);
    expect(messageId).toMatch(/^<[0-9a-f-]{36}@urp\.test\.it>$/);
    expect((await outboxRow(t, id))?.status).toBe('pending');

    expect(await worker.processBatch()).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(await worker.processBatch()).toEqual({ sent: 0, failed: 0, retried: 0 });

    expect(smtp.countOf(messageId)).toBe(1);
    const received = smtp.received.find((r) => r.mail.messageId === messageId);
    expect(received?.mail.subject).toBe(mail.subject);
    expect(received?.mail.text?.trim()).toBe(mail.text);
    expect(received?.mail.from?.value).toEqual([{ name: 'URP', address: 'urp@comune.test.it' }]);
    expect(received?.mail.inReplyTo).toBe('<first@citizen.it>');
    expect(received?.mail.references).toBe('<first@citizen.it>');
    expect(received?.envelopeTo.sort()).toEqual([mail.to, 'ufficio@comune.test.it'].sort());

    const row = await outboxRow(t, id);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, locked_until: null, last_error: null });
    expect(row?.sent_at).toEqual(t.clock.now());
  });

  it('stores nothing when the business transaction rolls back, or when an address is invalid', async () => {
    const mail = sampleMail();
    await expect(
      t.app.get(DataSource).transaction(async (manager) => {
        await t.app.get(OutboxService).enqueue(manager, mail);
        throw new Error('the ticket update failed');
      }),
    ).rejects.toThrow('the ticket update failed');
    await expect(
      enqueueMail(t, sampleMail({ subject: mail.subject, to: 'mario.rossi(at)example.it' })),
    ).rejects.toThrow(InvalidOutgoingMailError);
    await expect(enqueueMail(t, sampleMail({ to: 'mario.rossi(at)example.it' }))).rejects.toThrow(
      'to: "mario.rossi(at)example.it" is not an e-mail address',
    );

    const rows = await t.app.get(DataSource).query('SELECT id FROM outbox_message WHERE subject = $1', [mail.subject]);
    expect(rows).toEqual([]);
  });

  it('refuses to enqueue outside a transaction', async () => {
    await expect(t.app.get(OutboxService).enqueue(t.app.get(DataSource).manager, sampleMail())).rejects.toThrow(
      'needs the EntityManager of an open transaction',
    );
  });

  it('retries a 4xx refusal with backoff and then delivers exactly once', async () => {
    smtp.refuseWith({ code: 451, message: 'Greylisted, try again later' });
    const { id, messageId } = await enqueueMail(t, sampleMail());

    expect(await worker.processBatch()).toEqual({ sent: 0, failed: 0, retried: 1 });
    const afterFirst = await outboxRow(t, id);
    expect(afterFirst).toMatchObject({ status: 'pending', attempts: 1, locked_until: null });
    expect(afterFirst?.last_error).toContain('451');
    expect(afterFirst?.next_attempt_at.getTime()).toBeGreaterThan(t.clock.now().getTime());

    // Not due yet: nothing is attempted, even once the server recovers.
    smtp.refuseWith(null);
    expect(await worker.processBatch()).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(smtp.countOf(messageId)).toBe(0);

    t.clock.advance(31_000);
    expect(await worker.processBatch()).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(await worker.processBatch()).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(smtp.countOf(messageId)).toBe(1);
    expect(await outboxRow(t, id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('gives up after MAIL_MAX_ATTEMPTS transient failures', async () => {
    smtp.refuseWith({ code: 421, message: 'Service not available' });
    const { id, messageId } = await enqueueMail(t, sampleMail());
    const maxAttempts = t.config.mail.maxAttempts;
    for (let attempt = 1; attempt < maxAttempts; attempt++) {
      expect(await worker.processBatch()).toEqual({ sent: 0, failed: 0, retried: 1 });
      t.clock.advance(3600_000);
    }
    expect(await worker.processBatch()).toEqual({ sent: 0, failed: 1, retried: 0 });
    expect(await outboxRow(t, id)).toMatchObject({ status: 'failed', attempts: maxAttempts });
    expect(smtp.countOf(messageId)).toBe(0);
  });

  it('fails a 5xx refusal at once', async () => {
    smtp.refuseWith({ code: 550, message: 'Mailbox unavailable' });
    const { id, messageId } = await enqueueMail(t, sampleMail());

    expect(await worker.processBatch()).toEqual({ sent: 0, failed: 1, retried: 0 });
    const row = await outboxRow(t, id);
    expect(row).toMatchObject({ status: 'failed', attempts: 1, sent_at: null });
    expect(row?.last_error).toContain('550');
    expect(row?.last_error).toContain('Mailbox unavailable');

    smtp.refuseWith(null);
    t.clock.advance(2 * 3600_000);
    expect(await worker.processBatch()).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(smtp.countOf(messageId)).toBe(0);
  });

  it('marks a message abandoned mid-send as uncertain and never sends it by itself', async () => {
    const db = t.app.get(DataSource);
    const abandoned = await enqueueMail(t, sampleMail());
    const inFlight = await enqueueMail(t, sampleMail());
    const now = t.clock.now();
    const leaseOf = async (id: string, lockedUntil: Date) =>
      db.query(
        `UPDATE outbox_message SET status = 'sending', attempts = 1, claim_token = gen_random_uuid(), locked_until = $2 WHERE id = $1`,
        [id, lockedUntil],
      );
    // As if a worker crashed after claiming (lease over), and another is still sending (lease running).
    await leaseOf(abandoned.id, new Date(now.getTime() - 1000));
    await leaseOf(inFlight.id, new Date(now.getTime() + 60_000));

    expect(await worker.processBatch()).toEqual({ sent: 0, failed: 0, retried: 0 });
    const row = await outboxRow(t, abandoned.id);
    expect(row).toMatchObject({ status: 'uncertain', locked_until: null, sent_at: null });
    expect(row?.last_error).toContain('may or may not have accepted');
    expect((await outboxRow(t, inFlight.id))?.status).toBe('sending');

    t.clock.advance(3600_000);
    expect(await worker.processBatch()).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(smtp.countOf(abandoned.messageId)).toBe(0);
    expect(smtp.countOf(inFlight.messageId)).toBe(0);
    expect((await outboxRow(t, abandoned.id))?.status).toBe('uncertain');
    expect((await outboxRow(t, inFlight.id))?.status).toBe('uncertain');
  });

  describe('operators', () => {
    it('list the outbox newest first, filtered by status', async () => {
      smtp.refuseWith({ code: 554, message: 'Rejected' });
      const failed = await enqueueMail(t, sampleMail());
      await worker.processBatch();
      smtp.refuseWith(null);
      t.clock.advance(1000);
      const newest = await enqueueMail(t, sampleMail({ ticketId: '7b0c4d3e-9f1a-4c2b-8d5e-6a7b8c9d0e1f' }));

      const all = await operator.get<OutboxMessageView[]>('/api/outbox');
      expect(all.status).toBe(200);
      expect(all.body[0]).toMatchObject({
        id: newest.id,
        status: 'pending',
        ticketId: '7b0c4d3e-9f1a-4c2b-8d5e-6a7b8c9d0e1f',
        attempts: 0,
        lastError: null,
        sentAt: null,
      });
      const createdAt = all.body.map((m) => m.createdAt);
      expect([...createdAt].sort().reverse()).toEqual(createdAt);

      const onlyFailed = await operator.get<OutboxMessageView[]>('/api/outbox?status=failed');
      expect(onlyFailed.body.map((m) => m.status)).toEqual(onlyFailed.body.map(() => 'failed'));
      expect(onlyFailed.body.find((m) => m.id === failed.id)?.lastError).toContain('554');

      const bad = await operator.get<{ message: string[] }>('/api/outbox?status=lost');
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body.message)).toContain('status must be one of');

      await worker.processBatch();
    });

    it('resend a failed message, which then goes out once; a sent one answers 409', async () => {
      smtp.refuseWith({ code: 550, message: 'No such user' });
      const { id, messageId } = await enqueueMail(t, sampleMail());
      await worker.processBatch();
      smtp.refuseWith(null);

      const resent = await operator.post<OutboxMessageView>(`/api/outbox/${id}/resend`);
      expect(resent.status).toBe(200);
      expect(resent.body).toMatchObject({ id, status: 'pending', attempts: 0, lastError: null });

      expect(await worker.processBatch()).toEqual({ sent: 1, failed: 0, retried: 0 });
      expect(smtp.countOf(messageId)).toBe(1);

      const again = await operator.post<{ message: string }>(`/api/outbox/${id}/resend`);
      expect(again.status).toBe(409);
      expect(again.body.message).toBe('This message is sent: only held, failed, uncertain messages can be resent');

      expect((await operator.post(`/api/outbox/00000000-0000-4000-8000-000000000000/resend`)).status).toBe(404);
      expect((await operator.post('/api/outbox/not-a-uuid/resend')).status).toBe(400);
    });

    it('resend an uncertain message after checking it did not arrive', async () => {
      const { id, messageId } = await enqueueMail(t, sampleMail());
      await t.app
        .get(DataSource)
        .query(
          `UPDATE outbox_message SET status = 'uncertain', attempts = 1, last_error = 'interrupted' WHERE id = $1`,
          [id],
        );
      expect((await operator.post(`/api/outbox/${id}/resend`)).status).toBe(200);
      expect(await worker.processBatch()).toEqual({ sent: 1, failed: 0, retried: 0 });
      expect(smtp.countOf(messageId)).toBe(1);
    });

    it('are the only ones (with administrators) who see the outbox', async () => {
      const office = await createOffice(t.app);
      const referent = t.client();
      await signIn(referent, (await createStaff(t.app, ['office_referent'], office.id)).username);
      const admin = t.client();
      await signIn(admin, (await createStaff(t.app, ['admin'])).username);

      expect((await referent.get('/api/outbox')).status).toBe(403);
      expect((await referent.post('/api/outbox/00000000-0000-4000-8000-000000000000/resend')).status).toBe(403);
      expect((await admin.get('/api/outbox')).status).toBe(200);
      expect((await t.http.get('/api/outbox')).status).toBe(401);
    });
  });
});
