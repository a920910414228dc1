import { ConflictException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';

import type { StaffProfile } from '@urp/shared/contracts';
import type { StaffRole } from '@urp/shared/domain';

import { StaffUserEntity } from './entities/staff-user.entity';
import { PasswordHasher } from './password-hasher';

export interface NewStaffMember {
  username: string;
  displayName: string;
  email: string;
  password: string;
  roles: StaffRole[];
  officeId?: string | null;
}

@Injectable()
export class StaffService {
  constructor(
    @InjectRepository(StaffUserEntity) private readonly users: Repository<StaffUserEntity>,
    private readonly hasher: PasswordHasher,
  ) {}

  async create(input: NewStaffMember): Promise<StaffUserEntity> {
    const username = normaliseUsername(input.username);
    if (await this.users.existsBy({ username })) {
      throw new ConflictException(`Username "${username}" is already taken`);
    }
    const saved = await this.users.save(
      this.users.create({
        username,
        displayName: input.displayName,
        email: input.email,
        passwordHash: await this.hasher.hash(input.password),
        roles: input.roles,
        officeId: input.officeId ?? null,
      }),
    );
    return saved;
  }

  /** The active staff member with these credentials, or null. Takes the same time either way. */
  async verifyCredentials(username: string, password: string): Promise<StaffUserEntity | null> {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.username = :username AND u.active', { username: normaliseUsername(username) })
      .getOne();
    const ok = await this.hasher.verify(user?.passwordHash ?? null, password);
    return ok && user ? user : null;
  }

  list(): Promise<StaffUserEntity[]> {
    return this.users.find({ order: { displayName: 'ASC' } });
  }

  count(): Promise<number> {
    return this.users.count();
  }
}

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

export function toStaffProfile(user: StaffUserEntity): StaffProfile {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    roles: user.roles,
    officeId: user.officeId,
  };
}
