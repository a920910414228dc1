import { DataSource } from 'typeorm';

import { TicketIntakeService } from '@urp/api/tickets';

import { startTestApp, type TestApp } from './support/test-app';
import { citizenForm, fileAsCitizen, PDF_BYTES } from './support/ticket-builder';

describe('citizen intake', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ env: { INTAKE_PER_HOUR_PER_IP: '1000', ATTACHMENT_MAX_BYTES: '2048', ATTACHMENT_MAX_COUNT: '2' } });
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  const counts = async () => {
    const [row] = await db.query(
      `SELECT (SELECT count(*) FROM ticket)::int AS tickets, (SELECT count(*) FROM ticket_event)::int AS events,
              (SELECT count(*) FROM ticket_attachment)::int AS attachments,
              (SELECT coalesce(max(last_seq), 0) FROM ticket_code_counter)::int AS last_seq`,
    );
    return row as { tickets: number; events: number; attachments: number; last_seq: number };
  };
  const file = (input: Parameters<typeof citizenForm>[0]) =>
    t.client().postForm<{ message: string | string[] }>('/api/public/tickets', citizenForm(input));
  const text = (m: string | string[]) => (Array.isArray(m) ? m.join(' | ') : m);

  it('keeps codes sequential and gap-free with 50 concurrent filings, and after a failed one', async () => {
    const receipts = await Promise.all(Array.from({ length: 50 }, () => fileAsCitizen(t.client())));
    const seqs = receipts.map((r) => Number(r.code.split('-')[2])).sort((a, b) => a - b);
    const first = seqs[0] ?? 0;
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => first + i));

    // A filing that fails inside its transaction gives its number back.
    await db.query(`ALTER TABLE ticket ADD CONSTRAINT test_refuse CHECK (subject <> 'RIFIUTAMI')`);
    try {
      const failed = await file({ subject: 'RIFIUTAMI' });
      expect(failed.status).toBe(500);
    } finally {
      await db.query('ALTER TABLE ticket DROP CONSTRAINT test_refuse');
    }
    const next = await fileAsCitizen(t.client());
    expect(Number(next.code.split('-')[2])).toBe(first + 50);
  });

  it('rejects bad input with a 4xx naming the problem, writing nothing', async () => {
    const before = await counts();
    const cases: [Parameters<typeof citizenForm>[0], number, RegExp][] = [
      [{ email: 'not-an-address' }, 400, /email must be a valid e-mail address/],
      [{ kind: 'lamentela' }, 400, /kind must be one of/],
      [{ privacyConsent: 'false' }, 400, /privacyConsent must be accepted/],
      [{ email: undefined, phone: undefined }, 400, /email or phone is required/],
      [{ subject: '' }, 400, /subject/],
      [{ body: 'x'.repeat(20_001) }, 400, /body/],
      [{ website: 'http://spam.example' }, 400, /automated/],
      [{ kind: 'pec_ordinary_sender' }, 400, /kind must be one of/],
      [{ files: [{ name: 'grande.pdf', type: 'application/pdf', bytes: Buffer.concat([PDF_BYTES, Buffer.alloc(4096)]) }] }, 413, /at most 2048 bytes/],
      [{ files: [{ name: 'virus.pdf', type: 'application/pdf', bytes: Buffer.from('MZ\x90\x00 executable') }] }, 415, /virus.pdf.*not an accepted type/],
      [
        { files: Array.from({ length: 3 }, (_, i) => ({ name: `f${i}.pdf`, type: 'application/pdf', bytes: PDF_BYTES })) },
        400,
        /At most 2 attachments/,
      ],
    ];
    for (const [input, status, message] of cases) {
      const result = await file(input);
      expect(`${result.status} ${text(result.body.message)}`).toMatch(new RegExp(`^${status} .*${message.source}`));
    }
    expect(await counts()).toEqual(before);
  });

  it('stores script and HTML in the text as text, returned unchanged for escaped display', async () => {
    const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quoted"';
    const receipt = await fileAsCitizen(t.client(), { subject: hostile, body: hostile });
    const view = await t.client().post<{ subject: string }>('/api/public/tracking', {
      code: receipt.code,
      pin: receipt.pin,
    });
    expect(view.body.subject).toBe(hostile);
    expect(view.headers.get('content-type')).toContain('application/json');
  });

  it('sends an acknowledgement a crash left out, once, even when two senders race', async () => {
    const intake = t.app.get(TicketIntakeService);
    // A filing recorded, then the process dies before queuing its acknowledgement.
    const receipt = await intake.record({
      kind: 'inquiry',
      channel: 'web',
      subject: 'Orari biblioteca',
      body: 'Quali sono gli orari estivi della biblioteca Berio?',
      email: 'lettore@example.org',
      privacyConsent: true,
    });
    const acks = async () =>
      (await db.query(`SELECT count(*)::int AS n FROM outbox_message WHERE ticket_id = $1 AND kind = 'acknowledgement'`, [
        receipt.id,
      ]))[0].n as number;
    expect(await acks()).toBe(0);

    expect(await intake.acknowledgeMissing()).toBe(0); // still within the grace period
    t.clock.advance(2 * 60_000);
    const [a, b, c] = await Promise.all([intake.acknowledgeMissing(), intake.acknowledgeMissing(), intake.acknowledge(receipt.id)]);
    expect(Number(a) + Number(b) + Number(c)).toBe(1);
    expect(await acks()).toBe(1);
    const events = await db.query(`SELECT type FROM ticket_event WHERE ticket_id = $1 ORDER BY id`, [receipt.id]);
    expect(events.map((e: { type: string }) => e.type)).toEqual(['received', 'acknowledged']);
  });

  it('limits filings per address', async () => {
    const limited = await startTestApp({ env: { INTAKE_PER_HOUR_PER_IP: '2' } });
    try {
      await fileAsCitizen(limited.client());
      await fileAsCitizen(limited.client());
      const third = await limited.client().postForm<{ message: string }>('/api/public/tickets', citizenForm());
      expect(third.status).toBe(429);
      expect(third.body.message).toMatch(/Too many requests/);
    } finally {
      await limited.close();
    }
  });

  it('limits tracking lookups per address, so codes and PINs cannot be guessed', async () => {
    const limited = await startTestApp();
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 31; i++) {
        const r = await limited.client().post('/api/public/tracking', { code: 'URP-2026-000001', pin: String(10_000_000 + i) });
        statuses.push(r.status);
      }
      expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
      expect(statuses[30]).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
