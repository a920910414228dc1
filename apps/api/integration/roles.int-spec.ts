import { createOffice } from './support/office-builder';
import { createStaff, signIn } from './support/staff-builder';
import { startTestApp, type TestApp } from './support/test-app';

/** Routes anyone may call; every other route of the OpenAPI description must demand a session. */
const PUBLIC_OPERATIONS = new Set([
  'GET /api/health',
  'GET /api/site',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/auth/session',
  'GET /api/public/intake-settings',
  'POST /api/public/tickets',
  'POST /api/public/tracking',
]);

describe('access control', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const anyOfficeId = async () => (await createOffice(t.app)).id;

  it('answers 401 on every non-public operation of the OpenAPI description when signed out', async () => {
    const doc = await t.http.get<{ paths: Record<string, Record<string, unknown>> }>('/api/docs-json');
    expect(doc.status).toBe(200);
    const operations = Object.entries(doc.body.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
    );
    expect(operations.length).toBeGreaterThan(PUBLIC_OPERATIONS.size);

    const guarded = operations.filter((op) => !PUBLIC_OPERATIONS.has(`${op.method} ${op.path}`));
    expect(guarded.length).toBeGreaterThan(0);
    for (const op of guarded) {
      const concretePath = op.path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      const response = await t.http.request(op.method, concretePath, op.method === 'GET' ? undefined : {});
      expect(`${op.method} ${op.path} -> ${response.status}`).toBe(`${op.method} ${op.path} -> 401`);
    }
  });

  it('answers 403 on every operation whose x-required-roles exclude the signed-in role', async () => {
    type Operation = { 'x-required-roles'?: string[] };
    const doc = await t.http.get<{ paths: Record<string, Record<string, Operation>> }>('/api/docs-json');
    const restricted = Object.entries(doc.body.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, op]) => op['x-required-roles'])
        .map(([method, op]) => ({ method: method.toUpperCase(), path, roles: op['x-required-roles'] ?? [] })),
    );
    expect(restricted.length).toBeGreaterThan(10);

    for (const role of ['operator', 'office_referent', 'director'] as const) {
      const client = t.client();
      await signIn(client, (await createStaff(t.app, [role], role === 'office_referent' ? await anyOfficeId() : null)).username);
      for (const op of restricted.filter((o) => !o.roles.includes(role))) {
        const concretePath = op.path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
        const response = await client.request(op.method, concretePath, op.method === 'GET' ? undefined : {});
        expect(`${role}: ${op.method} ${op.path} -> ${response.status}`).toBe(`${role}: ${op.method} ${op.path} -> 403`);
      }
    }
  });

  it('answers 403 when the signed-in role is not allowed, and admin passes', async () => {
    const operator = await createStaff(t.app, ['operator']);
    const admin = await createStaff(t.app, ['admin']);
    const asOperator = t.client();
    const asAdmin = t.client();
    await signIn(asOperator, operator.username);
    await signIn(asAdmin, admin.username);

    const forbidden = await asOperator.get<{ message: string }>('/api/staff');
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.message).toContain('admin');

    const allowed = await asAdmin.get<{ username: string }[]>('/api/staff');
    expect(allowed.status).toBe(200);
    expect(allowed.body.map((s) => s.username)).toEqual(expect.arrayContaining([operator.username, admin.username]));
  });
});
