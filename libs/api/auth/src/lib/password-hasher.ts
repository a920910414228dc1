import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** argon2id with the library's defaults (OWASP-compliant memory and time cost). */
@Injectable()
export class PasswordHasher {
  /** Verified when the username is unknown, so response time does not reveal which usernames exist. */
  private readonly decoy = argon2.hash('decoy-password-for-unknown-users');

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      const ok = await argon2.verify(hash ?? (await this.decoy), password);
      return hash !== null && ok;
    } catch {
      return false;
    }
  }
}
