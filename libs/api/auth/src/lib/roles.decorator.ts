import { SetMetadata } from '@nestjs/common';

import type { StaffRole } from '@urp/shared/domain';

export const ROLES_KEY = 'urp:roles';

/** Staff roles allowed on a route; `admin` is always allowed. */
export const Roles = (...roles: StaffRole[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);
