import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension, ApiForbiddenResponse } from '@nestjs/swagger';

import type { StaffRole } from '@urp/shared/domain';

export const ROLES_KEY = 'urp:roles';

/**
 * Staff roles allowed on a route; `admin` is always allowed. Also written into the OpenAPI
 * description (`x-required-roles`), where clients read it and tests check every route against it.
 */
export const Roles = (...roles: StaffRole[]): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiExtension('x-required-roles', roles),
    ApiForbiddenResponse({ description: `Requires one of the roles: ${roles.join(', ')} (or admin).` }),
  );
