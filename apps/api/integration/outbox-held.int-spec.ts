import type { OutboxMessageView } from '@urp/shared/contracts';

import { OutboxWorker } from '@urp/api/mail';

import { enqueueMail, outboxRow, sampleMail } from './support/outbox-helpers';
import { createStaff, signIn } from './support/staff-builder';
import { startTestApp, type TestApp } from './support/test-app';

describe('e-mail outbox without an SMTP server', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('holds messages, shows them to operators and never drops them', async () => {
    expect(t.config.mail.smtpUrl).toBeNull();
    const { id } = await enqueueMail(t, sampleMail({ kind: 'reply' }));
    expect((await outboxRow(t, id))?.status).toBe('held');

    expect(await t.app.get(OutboxWorker).processBatch()).toEqual({ sent: 0, failed: 0, retried: 0 });
    t.clock.advance(24 * 3600_000);
    expect(await t.app.get(OutboxWorker).processBatch()).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(await outboxRow(t, id)).toMatchObject({ status: 'held', attempts: 0 });

    const operator = t.client();
    await signIn(operator, (await createStaff(t.app, ['operator'])).username);
    const held = await operator.get<OutboxMessageView[]>('/api/outbox?status=held');
    expect(held.status).toBe(200);
    expect(held.body.map((m) => m.id)).toContain(id);

    const resend = await operator.post<{ message: string }>(`/api/outbox/${id}/resend`);
    expect(resend.status).toBe(409);
    expect(resend.body.message).toContain('No SMTP server is configured (SMTP_URL)');
    expect((await outboxRow(t, id))?.status).toBe('held');
  });
});
