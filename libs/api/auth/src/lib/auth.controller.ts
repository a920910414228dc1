import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';

import { APP_CONFIG, type AppConfig, Public } from '@urp/api/platform';
import type { SessionResponse, StaffProfile } from '@urp/shared/contracts';

import { CurrentStaff } from './current-staff.decorator';
import { LoginDto } from './dto/login.dto';
import { StaffProfileDto } from './dto/staff-profile.dto';
import type { StaffUserEntity } from './entities/staff-user.entity';
import { LocalAuthGuard } from './guards/local-auth.guard';
import { readSessionToken, SESSION_COOKIE, sessionCookieOptions } from './session-cookie';
import { SessionService } from './session.service';
import { toStaffProfile } from './staff.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @UseGuards(LocalAuthGuard)
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: StaffProfileDto, description: 'Signed in; the session cookie is set.' })
  @ApiBadRequestResponse({ description: 'Missing or malformed username or password.' })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password.' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed sign-ins for this username or address.' })
  async login(
    @Req() req: Request & { user: StaffUserEntity },
    @Res({ passthrough: true }) res: Response,
    // Declared for the OpenAPI description; LocalAuthGuard has already validated it.
    @Body() _body: LoginDto,
  ): Promise<StaffProfile> {
    const token = await this.sessions.create(req.user.id, {
      ip: req.ip ?? null,
      userAgent: req.get('user-agent') ?? null,
    });
    res.cookie(SESSION_COOKIE, token, sessionCookieOptions(this.config.cookieSecure, this.sessions.ttlMs));
    return toStaffProfile(req.user);
  }

  @Get('me')
  @ApiCookieAuth()
  @ApiOkResponse({ type: StaffProfileDto })
  @ApiUnauthorizedResponse({ description: 'Not signed in.' })
  me(@CurrentStaff() user: StaffUserEntity): StaffProfile {
    return toStaffProfile(user);
  }

  @Public()
  @Get('session')
  @ApiOkResponse({ description: '{ staff: StaffProfile | null }: the signed-in staff member, if any.' })
  async session(@Req() req: Request): Promise<SessionResponse> {
    const token = readSessionToken(req);
    const user = token ? await this.sessions.resolve(token) : null;
    return { staff: user ? toStaffProfile(user) : null };
  }

  @Public()
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Signed out (also when there was no session).' })
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const token = readSessionToken(req);
    if (token) await this.sessions.revoke(token);
    const { maxAge: _maxAge, ...options } = sessionCookieOptions(this.config.cookieSecure, 0);
    res.clearCookie(SESSION_COOKIE, options);
  }
}
