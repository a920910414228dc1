import { createHash, randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';

import { formatTicketCode } from '@urp/shared/domain';

/**
 * Next number of the year. The counter row stays locked until the filing commits, and a
 * rolled-back filing rolls the counter back too: numbers are sequential and gap-free, as a
 * registry-like sequence must be.
 */
export async function allocateTicketCode(manager: EntityManager, year: number): Promise<{ code: string; seq: number }> {
  const rows = (await manager.query(
    `INSERT INTO ticket_code_counter (year, last_seq) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last_seq = ticket_code_counter.last_seq + 1
     RETURNING last_seq`,
    [year],
  )) as { last_seq: number }[];
  const seq = Number(rows[0]?.last_seq);
  return { seq, code: formatTicketCode(year, seq) };
}

/** 8 digits: printed on the paper receipt for people without e-mail. */
export function generatePin(): string {
  return String(randomInt(0, 100_000_000)).padStart(8, '0');
}

/** The PIN is checked only together with its code and behind a rate limit; a salted SHA-256 suffices. */
export function hashPin(code: string, pin: string): Buffer {
  return createHash('sha256').update(`${code}:${pin}`).digest();
}
