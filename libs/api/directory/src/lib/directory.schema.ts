import { CreateOffice1795686000000 } from './migrations/1795686000000-create-office';
import { OfficeEntity } from './office.entity';

/** Entities and migrations this domain owns; the app composes every domain's. */
export const directorySchema = {
  entities: [OfficeEntity],
  migrations: [CreateOffice1795686000000],
};
