import { authSchema } from '@urp/api/auth';
import { directorySchema } from '@urp/api/directory';
import { mailSchema } from '@urp/api/mail';
import type { SchemaParts } from '@urp/api/platform';
import { ticketsSchema } from '@urp/api/tickets';

/** Every domain's entities and migrations; TypeORM orders migrations by their timestamp. */
const domains: SchemaParts[] = [directorySchema, authSchema, mailSchema, ticketsSchema];

export const appSchema: SchemaParts = {
  entities: domains.flatMap((d) => d.entities),
  migrations: domains.flatMap((d) => d.migrations),
};
