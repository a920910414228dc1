import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';

import { IS_PUBLIC_KEY } from '@urp/api/platform';
import type { StaffRole } from '@urp/shared/domain';

import type { StaffUserEntity } from '../entities/staff-user.entity';
import { ROLES_KEY } from '../roles.decorator';
import { readSessionToken } from '../session-cookie';
import { SessionService } from '../session.service';

/**
 * Installed globally: every route needs a signed-in staff member unless marked @Public(), and
 * the roles named by @Roles() (admin passes everywhere).
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;

    const req = context.switchToHttp().getRequest<Request & { user?: StaffUserEntity }>();
    const token = readSessionToken(req);
    const user = token ? await this.sessions.resolve(token) : null;
    if (!user) throw new UnauthorizedException('Sign in required');
    req.user = user;

    const roles = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ROLES_KEY, targets);
    if (roles && !user.roles.includes('admin') && !roles.some((role) => user.roles.includes(role))) {
      throw new ForbiddenException(`This requires one of the roles: ${roles.join(', ')}`);
    }
    return true;
  }
}
