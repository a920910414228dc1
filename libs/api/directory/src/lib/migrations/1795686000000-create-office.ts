import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOffice1795686000000 implements MigrationInterface {
  name = 'CreateOffice1795686000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE office (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CONSTRAINT office_code_unique UNIQUE CHECK (code ~ '^[A-Z0-9_-]{2,32}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
        email text NOT NULL CHECK (position('@' in email) > 1),
        phone text,
        address text,
        opening_hours text,
        manager_name text,
        manager_email text,
        last_verified_at timestamptz,
        review_interval_days integer NOT NULL DEFAULT 180 CHECK (review_interval_days > 0),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE office');
  }
}
