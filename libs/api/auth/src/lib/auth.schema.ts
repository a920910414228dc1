import { StaffSessionEntity } from './entities/staff-session.entity';
import { StaffUserEntity } from './entities/staff-user.entity';
import { CreateStaffAuth1795686100000 } from './migrations/1795686100000-create-staff-auth';

export const authSchema = {
  entities: [StaffUserEntity, StaffSessionEntity],
  migrations: [CreateStaffAuth1795686100000],
};
