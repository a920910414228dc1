import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'urp:isPublic';

/** Marks a route that needs no signed-in staff member. Every other route requires one. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);
