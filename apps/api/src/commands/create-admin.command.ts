import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';

import { StaffService } from '@urp/api/auth';
import type { AppConfig } from '@urp/api/platform';
import { PASSWORD_MIN_LENGTH } from '@urp/shared/contracts';

import { AppModule } from '../app/app.module';
import { openDatabase } from './database';

const USAGE =
  'Usage: npm run create-admin -- --username <name> --email <address> [--name "Full Name"]\n' +
  `The password is read from URP_ADMIN_PASSWORD (at least ${PASSWORD_MIN_LENGTH} characters); ` +
  'if unset, a random one is generated and printed once.';

/** Creates the first administrator of a new installation. */
export async function createAdmin(config: AppConfig, argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { username: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' } },
  });
  if (!values.username || !values.email) throw new Error(USAGE);
  const supplied = process.env['URP_ADMIN_PASSWORD'];
  if (supplied !== undefined && supplied.length < PASSWORD_MIN_LENGTH) {
    throw new Error(`URP_ADMIN_PASSWORD must be at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  const password = supplied ?? randomBytes(15).toString('base64url');

  const database = await openDatabase(config, (message) => console.log(message));
  const app = await NestFactory.createApplicationContext(AppModule.register(config, database.url), { logger: ['error'] });
  try {
    const admin = await app.get(StaffService).create({
      username: values.username,
      email: values.email,
      displayName: values.name ?? values.username,
      password,
      roles: ['admin'],
    });
    console.log(`Administrator "${admin.username}" created.`);
    if (supplied === undefined) console.log(`Password (shown only now): ${password}`);
  } finally {
    await app.close();
    await database.stop();
  }
}
