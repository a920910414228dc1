import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Failed sign-ins allowed in the window, per username and per client address. */
export const LOGIN_THROTTLE = { windowMinutes: 15, perUsername: 5, perIp: 30 } as const;

/**
 * Counts failed sign-ins in PostgreSQL rather than in memory, so the limit holds however many
 * API instances share the load.
 */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async isBlocked(username: string, ip: string): Promise<boolean> {
    const [row] = (await this.db.query(
      `SELECT
         count(*) FILTER (WHERE username = $1) AS by_username,
         count(*) FILTER (WHERE ip = $2) AS by_ip
       FROM login_attempt
       WHERE NOT succeeded
         AND attempted_at > now() - make_interval(mins => $3)
         AND (username = $1 OR ip = $2)`,
      [username, ip, LOGIN_THROTTLE.windowMinutes],
    )) as { by_username: string; by_ip: string }[];
    return Number(row?.by_username) >= LOGIN_THROTTLE.perUsername || Number(row?.by_ip) >= LOGIN_THROTTLE.perIp;
  }

  /** Attempts older than the window count for nothing: keep the table small. */
  async purgeOld(): Promise<void> {
    await this.db.query(`DELETE FROM login_attempt WHERE attempted_at < now() - make_interval(mins => $1)`, [
      LOGIN_THROTTLE.windowMinutes * 2,
    ]);
  }

  async record(username: string, ip: string, succeeded: boolean): Promise<void> {
    await this.db.query('INSERT INTO login_attempt (username, ip, succeeded) VALUES ($1, $2, $3)', [
      username,
      ip,
      succeeded,
    ]);
  }
}
