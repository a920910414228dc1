import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

import { OfficeEntity } from '@urp/api/directory';

export async function createOffice(app: INestApplication, overrides: Partial<OfficeEntity> = {}): Promise<OfficeEntity> {
  const suffix = randomBytes(3).toString('hex').toUpperCase();
  const offices = app.get(DataSource).getRepository(OfficeEntity);
  return offices.save(
    offices.create({
      code: `OFF-${suffix}`,
      name: `Ufficio di prova ${suffix}`,
      email: `ufficio-${suffix.toLowerCase()}@comune.example.it`,
      managerName: 'Dirigente di prova',
      managerEmail: `dirigente-${suffix.toLowerCase()}@comune.example.it`,
      ...overrides,
    }),
  );
}
