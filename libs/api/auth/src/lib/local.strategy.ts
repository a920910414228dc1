import { HttpException, HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';

import type { StaffUserEntity } from './entities/staff-user.entity';
import { LOGIN_THROTTLE, LoginThrottleService } from './login-throttle.service';
import { normaliseUsername, StaffService } from './staff.service';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(
    private readonly staff: StaffService,
    private readonly throttle: LoginThrottleService,
  ) {
    super({ usernameField: 'username', passwordField: 'password', passReqToCallback: true, session: false });
  }

  async validate(req: Request, username: string, password: string): Promise<StaffUserEntity> {
    const key = normaliseUsername(username);
    const ip = req.ip ?? 'unknown';
    if (await this.throttle.isBlocked(key, ip)) {
      throw new HttpException(
        `Too many failed sign-ins: try again in ${LOGIN_THROTTLE.windowMinutes} minutes`,
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const user = await this.staff.verifyCredentials(key, password);
    await this.throttle.record(key, ip, user !== null);
    if (!user) throw new UnauthorizedException('Wrong username or password');
    return user;
  }
}
