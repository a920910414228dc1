import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface RateRule {
  bucket: string;
  limit: number;
  windowSeconds: number;
}

/** Per-address limits of the public endpoints, kept in PostgreSQL so every instance sees them. */
@Injectable()
export class PublicRateLimitService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Throws 429 when the key has reached the limit; otherwise records this hit. */
  async consume(rule: RateRule, key: string, now: Date): Promise<void> {
    const [row] = (await this.db.query(
      `SELECT count(*)::int AS hits FROM public_rate_hit
       WHERE bucket = $1 AND key = $2 AND at > $3::timestamptz - make_interval(secs => $4)`,
      [rule.bucket, key, now, rule.windowSeconds],
    )) as { hits: number }[];
    if ((row?.hits ?? 0) >= rule.limit) {
      throw new HttpException(
        `Too many requests from this address: try again in ${Math.ceil(rule.windowSeconds / 60)} minutes`,
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    await this.db.query('INSERT INTO public_rate_hit (bucket, key, at) VALUES ($1, $2, $3)', [rule.bucket, key, now]);
  }

  async purgeOlderThan(cutoff: Date): Promise<void> {
    await this.db.query('DELETE FROM public_rate_hit WHERE at < $1', [cutoff]);
  }
}
