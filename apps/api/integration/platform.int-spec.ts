import { withAdminClient } from './support/test-database';
import { createStaff, signIn } from './support/staff-builder';
import { startTestApp, type TestApp } from './support/test-app';

describe('platform', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { MUNICIPALITY_NAME: 'Comune di Prova' } });
  });
  afterAll(() => t.close());

  it('reports health with the database up', async () => {
    const health = await t.http.get<{ status: string; database: string }>('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('serves the OpenAPI description and its UI', async () => {
    const json = await t.http.get<{ openapi: string; paths: Record<string, unknown> }>('/api/docs-json');
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/auth/login']));
    const ui = await t.http.get<string>('/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.body).toContain('swagger');
  });

  it('serves the site information from the configuration', async () => {
    const site = await t.http.get<{ municipalityName: string }>('/api/site');
    expect(site.body.municipalityName).toBe('Comune di Prova');
  });

  it('sets security headers', async () => {
    const response = await t.http.get('/api/health');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const response = await t.http.get<{ statusCode: number }>('/api/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.body.statusCode).toBe(404);
  });

  it('keeps a session valid across API instances sharing the database', async () => {
    const second = await startTestApp({ databaseUrl: t.databaseUrl });
    try {
      const operator = await createStaff(t.app, ['operator']);
      const onFirst = t.client();
      await signIn(onFirst, operator.username);
      const response = await fetch(`${second.baseUrl}/api/auth/me`, {
        headers: { cookie: `urp_session=${onFirst.cookie('urp_session')}` },
      });
      expect(response.status).toBe(200);
    } finally {
      await second.app.close();
    }
  });
});

describe('health when the database is unreachable', () => {
  it('answers 503', async () => {
    const t = await startTestApp();
    const database = new URL(t.databaseUrl).pathname.slice(1);
    try {
      await withAdminClient(process.env['URP_TEST_ADMIN_URL'] ?? '', async (c) => {
        await c.query(`ALTER DATABASE "${database}" WITH ALLOW_CONNECTIONS false`);
        await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [database]);
      });
      const health = await t.http.get<{ status: string; database: string }>('/api/health');
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({ status: 'error', database: 'down' });
    } finally {
      await withAdminClient(process.env['URP_TEST_ADMIN_URL'] ?? '', (c) =>
        c.query(`ALTER DATABASE "${database}" WITH ALLOW_CONNECTIONS true`),
      );
      await t.close();
    }
  });
});
