import { Controller, Get } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { StaffProfile, StaffSummary } from '@urp/shared/contracts';

import { StaffProfileDto } from './dto/staff-profile.dto';
import { Roles } from './roles.decorator';
import { StaffService, toStaffProfile } from './staff.service';

@ApiTags('staff')
@ApiCookieAuth()
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @Roles('admin')
  @ApiOkResponse({ type: StaffProfileDto, isArray: true, description: 'Every staff account, by name.' })
  @ApiForbiddenResponse({ description: 'Only administrators manage staff accounts.' })
  async list(): Promise<StaffProfile[]> {
    return (await this.staff.list()).map(toStaffProfile);
  }

  @Get('operators')
  @Roles('operator')
  @ApiOkResponse({ description: 'Active URP operators, to assign tickets to.' })
  async operators(): Promise<StaffSummary[]> {
    return (await this.staff.list())
      .filter((s) => s.active && (s.roles.includes('operator') || s.roles.includes('admin')))
      .map((s) => ({ id: s.id, displayName: s.displayName }));
  }
}
