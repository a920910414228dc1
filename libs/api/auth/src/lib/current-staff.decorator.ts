import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

import type { StaffUserEntity } from './entities/staff-user.entity';

/** The signed-in staff member, set by the SessionGuard. */
export const CurrentStaff = createParamDecorator(
  (_data: unknown, context: ExecutionContext): StaffUserEntity =>
    context.switchToHttp().getRequest<Request & { user: StaffUserEntity }>().user,
);
