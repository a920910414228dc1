import { CreateOutbox1795690000000 } from './migrations/1795690000000-create-outbox';
import { OutboxMessageEntity } from './outbox-message.entity';

/** Entities and migrations this domain owns; the app composes every domain's. */
export const mailSchema = {
  entities: [OutboxMessageEntity],
  migrations: [CreateOutbox1795690000000],
};
