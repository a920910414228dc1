import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateStaffAuth1795686100000 implements MigrationInterface {
  name = 'CreateStaffAuth1795686100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE staff_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL CONSTRAINT staff_user_username_unique UNIQUE
          CHECK (username = lower(username) AND username ~ '^[a-z0-9._-]{3,64}$'),
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
        email text NOT NULL CHECK (position('@' in email) > 1),
        password_hash text NOT NULL,
        roles text[] NOT NULL CHECK (
          cardinality(roles) > 0
          AND roles <@ ARRAY['operator', 'office_referent', 'director', 'admin']::text[]),
        office_id uuid REFERENCES office(id),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT staff_user_referent_has_office
          CHECK (NOT ('office_referent' = ANY (roles)) OR office_id IS NOT NULL)
      )`);
    await q.query('CREATE INDEX staff_user_office_idx ON staff_user (office_id) WHERE office_id IS NOT NULL');
    await q.query(`
      CREATE TABLE staff_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash bytea NOT NULL CONSTRAINT staff_session_token_unique UNIQUE,
        staff_user_id uuid NOT NULL REFERENCES staff_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ip text,
        user_agent text
      )`);
    await q.query('CREATE INDEX staff_session_user_idx ON staff_session (staff_user_id)');
    await q.query('CREATE INDEX staff_session_expiry_idx ON staff_session (expires_at)');
    await q.query(`
      CREATE TABLE login_attempt (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        username text NOT NULL,
        ip text NOT NULL,
        succeeded boolean NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX login_attempt_username_idx ON login_attempt (username, attempted_at) WHERE NOT succeeded');
    await q.query('CREATE INDEX login_attempt_ip_idx ON login_attempt (ip, attempted_at) WHERE NOT succeeded');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE login_attempt');
    await q.query('DROP TABLE staff_session');
    await q.query('DROP TABLE staff_user');
  }
}
