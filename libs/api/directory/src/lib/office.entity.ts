import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A record of the municipality's office directory (banca dati degli uffici). */
@Entity({ name: 'office' })
export class OfficeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Short stable code used in URLs, imports and mail routing, e.g. "MOBILITA". */
  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Where forwarded complaints and reminders are sent. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ name: 'opening_hours', type: 'text', nullable: true })
  openingHours!: string | null;

  /** Receives the second reminder when the office does not act (escalation). */
  @Column({ name: 'manager_name', type: 'text', nullable: true })
  managerName!: string | null;

  @Column({ name: 'manager_email', type: 'text', nullable: true })
  managerEmail!: string | null;

  @Column({ name: 'last_verified_at', type: 'timestamptz', nullable: true })
  lastVerifiedAt!: Date | null;

  @Column({ name: 'review_interval_days', type: 'integer', default: 180 })
  reviewIntervalDays!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
