export * from './lib/auth.module';
export * from './lib/auth.schema';
export * from './lib/current-staff.decorator';
export * from './lib/entities/staff-user.entity';
export * from './lib/roles.decorator';
export * from './lib/session.service';
export * from './lib/staff.service';
export * from './lib/login-throttle.service';
