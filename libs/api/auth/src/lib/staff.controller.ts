import { Controller, Get } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { StaffProfile } from '@urp/shared/contracts';

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
}
