import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import type { StaffRole } from '@urp/shared/domain';

@Entity({ name: 'staff_user' })
export class StaffUserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-case: sign-in is case-insensitive on the username. */
  @Column({ type: 'text', unique: true })
  username!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'text', array: true })
  roles!: StaffRole[];

  @Column({ name: 'office_id', type: 'uuid', nullable: true })
  officeId!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
