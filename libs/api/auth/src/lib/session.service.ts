import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { LessThan, type Repository } from 'typeorm';

import { APP_CONFIG, type AppConfig } from '@urp/api/platform';

import { StaffSessionEntity } from './entities/staff-session.entity';
import { StaffUserEntity } from './entities/staff-user.entity';

/** Sliding expiry is written at most this often, not on every request. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export interface SessionMeta {
  ip: string | null;
  userAgent: string | null;
}

@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(StaffSessionEntity) private readonly sessions: Repository<StaffSessionEntity>,
    @InjectRepository(StaffUserEntity) private readonly users: Repository<StaffUserEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get ttlMs(): number {
    return this.config.sessionTtlHours * 3600 * 1000;
  }

  /** Returns the token for the cookie; only its hash is stored. */
  async create(staffUserId: string, meta: SessionMeta): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    await this.sessions.insert({
      tokenHash: hashToken(token),
      staffUserId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.ttlMs),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    return token;
  }

  /** The active staff member owning the token, or null when unknown, expired or deactivated. */
  async resolve(token: string): Promise<StaffUserEntity | null> {
    const session = await this.sessions.findOneBy({ tokenHash: hashToken(token) });
    const now = Date.now();
    if (!session || session.expiresAt.getTime() <= now) return null;
    const user = await this.users.findOneBy({ id: session.staffUserId, active: true });
    if (!user) return null;
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.update(session.id, { lastSeenAt: new Date(now), expiresAt: new Date(now + this.ttlMs) });
    }
    return user;
  }

  async revoke(token: string): Promise<void> {
    await this.sessions.delete({ tokenHash: hashToken(token) });
  }

  async purgeExpired(): Promise<number> {
    const result = await this.sessions.delete({ expiresAt: LessThan(new Date()) });
    return result.affected ?? 0;
  }
}

function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
