import { OutboxWorker } from '@urp/api/mail';

import { enqueueMail, outboxRow, sampleMail } from './support/outbox-helpers';
import { startTestApp, type TestApp } from './support/test-app';
import { startTestSmtpServer, type TestSmtpServer } from './support/test-smtp-server';

/** Sends until a batch finds nothing due; returns how many this worker sent. */
async function drain(worker: OutboxWorker): Promise<number> {
  let sent = 0;
  for (;;) {
    const result = await worker.processBatch(4);
    sent += result.sent;
    if (result.sent + result.failed + result.retried === 0) return sent;
  }
}

// Its own file: a second Nest app in the process takes over process-wide registrations (passport
// strategies), so the first app cannot sign anyone in once the second is closed.
describe('e-mail outbox with two API instances', () => {
  let smtp: TestSmtpServer;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    first = await startTestApp({ env: { SMTP_URL: smtp.url } });
    // Same database and same clock: two replicas of one deployment.
    second = await startTestApp({ databaseUrl: first.databaseUrl, env: { SMTP_URL: smtp.url }, clock: first.clock });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
    await smtp.close();
  });

  it('delivers each of 30 messages exactly once when both workers run at once', async () => {
    const queued = [];
    for (let i = 0; i < 30; i++) queued.push(await enqueueMail(first, sampleMail({ kind: 'reply' })));

    const [byFirst, bySecond] = await Promise.all([
      drain(first.app.get(OutboxWorker)),
      drain(second.app.get(OutboxWorker)),
    ]);

    expect(byFirst + bySecond).toBe(30);
    // Both really took part: the claims interleaved rather than one worker doing everything.
    expect(byFirst).toBeGreaterThan(0);
    expect(bySecond).toBeGreaterThan(0);
    expect(smtp.received).toHaveLength(30);
    for (const { id, messageId } of queued) {
      expect(smtp.countOf(messageId)).toBe(1);
      expect((await outboxRow(first, id))?.status).toBe('sent');
    }
  });
});
