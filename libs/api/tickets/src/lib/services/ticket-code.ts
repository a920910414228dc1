import { createHash, randomInt } from 'node:crypto';

/** 8 digits: printed on the paper receipt for people without e-mail. */
export function generatePin(): string {
  return String(randomInt(0, 100_000_000)).padStart(8, '0');
}

/** The PIN is checked only together with its code and behind a rate limit; a salted SHA-256 suffices. */
export function hashPin(code: string, pin: string): Buffer {
  return createHash('sha256').update(`${code}:${pin}`).digest();
}
