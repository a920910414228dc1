import { DataSource } from 'typeorm';

import { AuthHousekeeping, LOGIN_THROTTLE } from '@urp/api/auth';

import { createStaff, signIn, TEST_PASSWORD } from './support/staff-builder';
import { startTestApp, type TestApp } from './support/test-app';

describe('staff sign-in', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs in with an httpOnly, SameSite=Strict session cookie and signs out', async () => {
    const operator = await createStaff(t.app, ['operator']);
    const client = t.client();

    const login = await client.post<{ username: string; roles: string[] }>('/api/auth/login', {
      username: operator.username.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ username: operator.username, roles: ['operator'] });
    const setCookie = login.headers.getSetCookie().join(';');
    expect(setCookie).toMatch(/urp_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(login.body).not.toHaveProperty('passwordHash');

    expect((await client.get('/api/auth/me')).status).toBe(200);
    expect((await client.get('/api/auth/session')).body).toMatchObject({ staff: { username: operator.username } });
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/auth/session')).body).toEqual({ staff: null });
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('revokes the session on the server, so a copied cookie stops working after sign-out', async () => {
    const operator = await createStaff(t.app, ['operator']);
    const client = t.client();
    await signIn(client, operator.username);
    const stolen = client.cookie('urp_session');
    await client.post('/api/auth/logout');

    const response = await fetch(`${t.baseUrl}/api/auth/me`, { headers: { cookie: `urp_session=${stolen}` } });
    expect(response.status).toBe(401);
  });

  it('rejects a wrong password with 401 and the same message as an unknown user', async () => {
    const operator = await createStaff(t.app, ['operator']);
    const wrong = await t.client().post<{ message: string }>('/api/auth/login', {
      username: operator.username,
      password: 'not the password',
    });
    const unknown = await t.client().post<{ message: string }>('/api/auth/login', {
      username: 'nobody-here',
      password: 'not the password',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe(unknown.body.message);
  });

  it('answers a malformed sign-in with 400 naming the field', async () => {
    const missing = await t.client().post<{ message: string[] }>('/api/auth/login', { username: 'someone' });
    expect(missing.status).toBe(400);
    expect(missing.body.message.join(' ')).toContain('password');

    const extra = await t.client().post<{ message: string[] }>('/api/auth/login', {
      username: 'someone',
      password: 'x',
      admin: true,
    });
    expect(extra.status).toBe(400);
    expect(extra.body.message.join(' ')).toContain('property admin should not exist');

    const notJson = await t.client().request<{ message: string }>('POST', '/api/auth/login', '{"username":');
    expect(notJson.status).toBe(400);
  });

  it('throttles repeated failures for a username, even with the right password afterwards', async () => {
    const operator = await createStaff(t.app, ['operator']);
    for (let i = 0; i < LOGIN_THROTTLE.perUsername; i++) {
      const attempt = await t.client().post('/api/auth/login', { username: operator.username, password: `wrong-${i}` });
      expect(attempt.status).toBe(401);
    }
    const blocked = await t.client().post<{ message: string }>('/api/auth/login', {
      username: operator.username,
      password: TEST_PASSWORD,
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body.message).toMatch(/too many/i);
  });

  it('refuses deactivated accounts', async () => {
    const operator = await createStaff(t.app, ['operator']);
    const client = t.client();
    await signIn(client, operator.username);
    await t.app.get(DataSource).query('UPDATE staff_user SET active = false WHERE id = $1', [operator.id]);

    expect((await client.get('/api/auth/me')).status).toBe(401);
    expect((await t.client().post('/api/auth/login', { username: operator.username, password: TEST_PASSWORD })).status).toBe(401);
  });

  it('housekeeping removes expired sessions and stale sign-in attempts, and nothing live', async () => {
    const operator = await createStaff(t.app, ['operator']);
    const live = t.client();
    await signIn(live, operator.username);
    const db = t.app.get(DataSource);
    await db.query(
      `INSERT INTO staff_session (token_hash, staff_user_id, expires_at) VALUES ('\\x00'::bytea, $1, now() - interval '1 minute')`,
      [operator.id],
    );
    await db.query(
      `INSERT INTO login_attempt (username, ip, succeeded, attempted_at) VALUES ('old', '10.0.0.1', false, now() - interval '2 days')`,
    );

    await t.app.get(AuthHousekeeping).run();

    const [{ expired }] = await db.query(`SELECT count(*)::int AS expired FROM staff_session WHERE expires_at < now()`);
    const [{ old }] = await db.query(`SELECT count(*)::int AS old FROM login_attempt WHERE username = 'old'`);
    expect({ expired, old }).toEqual({ expired: 0, old: 0 });
    expect((await live.get('/api/auth/me')).status).toBe(200);
  });
});
