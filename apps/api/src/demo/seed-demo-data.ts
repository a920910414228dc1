import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { StaffService, type StaffUserEntity } from '@urp/api/auth';
import { OfficeEntity } from '@urp/api/directory';

import { DEMO_OFFICES } from './demo-offices';
import { DEMO_PASSWORD, DEMO_STAFF } from './demo-staff';
import { seedDemoTickets } from './demo-tickets';

/**
 * Loads the demo municipality into an empty database (a database that already has staff is left
 * alone). Returns the demo logins to print.
 */
export async function seedDemoData(app: INestApplicationContext): Promise<string> {
  const staff = app.get(StaffService);
  if ((await staff.count()) > 0) return `Demo data already present. ${loginsText()}`;

  const offices = app.get<DataSource>(getDataSourceToken()).getRepository(OfficeEntity);
  const now = new Date();
  const saved = await offices.save(DEMO_OFFICES.map((office) => offices.create({ ...office, lastVerifiedAt: now })));
  const officeIdByCode = new Map(saved.map((office) => [office.code, office.id]));

  const created = new Map<string, StaffUserEntity>();
  for (const member of DEMO_STAFF) {
    const user = await staff.create({
      ...member,
      password: DEMO_PASSWORD,
      officeId: member.officeCode ? (officeIdByCode.get(member.officeCode) ?? null) : null,
    });
    created.set(user.username, user);
  }
  const operator = created.get('operatore');
  const referent = created.get('referente.manutenzioni');
  if (operator && referent) await seedDemoTickets(app, { operator, referent }, officeIdByCode);
  return `Demo data loaded. ${loginsText()}`;
}

function loginsText(): string {
  const rows = DEMO_STAFF.map((m) => `  ${m.username.padEnd(24)} ${m.roles.join(', ')}`).join('\n');
  return `Sign in at /accedi with password "${DEMO_PASSWORD}" as:\n${rows}`;
}
