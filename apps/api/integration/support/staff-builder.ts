import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';

import { StaffService } from '@urp/api/auth';
import type { StaffRole } from '@urp/shared/domain';

import type { HttpClient } from './http-client';

export const TEST_PASSWORD = 'correct horse battery staple';

/** Creates a staff member through the real service (argon2 hash and all). */
export async function createStaff(app: INestApplication, roles: StaffRole[], officeId: string | null = null) {
  const username = `${roles[0]}-${randomBytes(3).toString('hex')}`.replace(/_/g, '-');
  const user = await app.get(StaffService).create({
    username,
    displayName: `Test ${roles.join('/')}`,
    email: `${username}@test.example.it`,
    password: TEST_PASSWORD,
    roles,
    officeId,
  });
  return user;
}

export async function signIn(client: HttpClient, username: string, password = TEST_PASSWORD): Promise<void> {
  const result = await client.post('/api/auth/login', { username, password });
  if (result.status !== 200) throw new Error(`Sign-in of ${username} failed: ${result.status} ${JSON.stringify(result.body)}`);
}
