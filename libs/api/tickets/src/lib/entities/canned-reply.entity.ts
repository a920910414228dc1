import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A reusable reply text (risposta predefinita) the operators pick from. */
@Entity({ name: 'canned_reply' })
export class CannedReplyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', insert: false }) updatedAt!: Date;
}
