import type { TicketQueuePage } from '@urp/shared/contracts';

import type { HttpClient } from './support/http-client';
import { createStaff, signIn } from './support/staff-builder';
import { startTestApp, type TestApp } from './support/test-app';
import { fileAsCitizen } from './support/ticket-builder';

describe('operator queue', () => {
  let t: TestApp;
  let operator: HttpClient;
  let operatorId: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { INTAKE_PER_HOUR_PER_IP: '1000' } });
    const staff = await createStaff(t.app, ['operator']);
    operatorId = staff.id;
    operator = t.client();
    await signIn(operator, staff.username);
    const start = Date.parse('2026-05-04T08:00:00Z');
    for (let i = 0; i < 12; i++) {
      t.clock.set(new Date(start + i * 3_600_000));
      await fileAsCitizen(t.client(), { kind: i % 3 === 0 ? 'complaint' : 'inquiry', subject: `Pratica ${i}` });
    }
  });
  afterAll(() => t.close());

  const page = (query: string) => operator.get<TicketQueuePage>(`/api/tickets?${query}`);

  it('pages through every open ticket by SLA due time with a keyset cursor, no duplicates', async () => {
    const seen: string[] = [];
    const dues: number[] = [];
    let cursor: string | null = null;
    do {
      const result: TicketQueuePage = (await page(`limit=5${cursor ? `&after=${cursor}` : ''}`)).body;
      seen.push(...result.items.map((i) => i.id));
      dues.push(...result.items.map((i) => Date.parse(i.dueAt ?? '9999-12-31')));
      cursor = result.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    // Inquiries (48 h) come before complaints (30 days).
    expect((await page('limit=8')).body.items.every((i) => i.kind === 'inquiry')).toBe(true);
  });

  it('filters by kind, overdue and assignee, and rejects a forged cursor', async () => {
    expect((await page('kind=complaint')).body.items).toHaveLength(4);
    t.clock.set(new Date('2026-05-06T10:30:00Z')); // 48 h after the first three inquiries
    const overdue = (await page('overdue=true')).body.items;
    expect(overdue.map((i) => i.subject).sort()).toEqual(['Pratica 1', 'Pratica 2'].sort());

    const some = (await page('kind=inquiry&limit=1')).body.items[0];
    await operator.post(`/api/tickets/${some?.id}/assign`, { assigneeId: operatorId });
    expect((await page('assignedToMe=true')).body.items.map((i) => i.id)).toEqual([some?.id]);

    const forged = await page('after=eyJ4IjoxfQ');
    expect(forged.status).toBe(400);
    expect((await page('kind=everything')).status).toBe(400);
    expect((await page('limit=1000')).status).toBe(400);
  });
});
