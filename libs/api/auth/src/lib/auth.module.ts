import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuthController } from './auth.controller';
import { AuthHousekeeping } from './auth-housekeeping';
import { StaffSessionEntity } from './entities/staff-session.entity';
import { StaffUserEntity } from './entities/staff-user.entity';
import { SessionGuard } from './guards/session.guard';
import { LocalStrategy } from './local.strategy';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';
import { StaffController } from './staff.controller';
import { StaffService } from './staff.service';

@Module({
  imports: [PassportModule, TypeOrmModule.forFeature([StaffUserEntity, StaffSessionEntity])],
  controllers: [AuthController, StaffController],
  providers: [
    AuthHousekeeping,
    PasswordHasher,
    StaffService,
    SessionService,
    LoginThrottleService,
    LocalStrategy,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [StaffService, SessionService],
})
export class AuthModule {}
