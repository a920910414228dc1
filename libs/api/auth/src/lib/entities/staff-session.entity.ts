import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A signed-in staff session. Only a SHA-256 of the cookie's token is stored, so a leaked table
 * does not leak sessions. Kept in PostgreSQL so that any API instance can serve any request.
 */
@Entity({ name: 'staff_session' })
export class StaffSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'token_hash', type: 'bytea', unique: true })
  tokenHash!: Buffer;

  @Column({ name: 'staff_user_id', type: 'uuid' })
  staffUserId!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent!: string | null;
}
