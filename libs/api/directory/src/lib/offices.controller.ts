import { Controller, Get } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { OfficeSummary } from '@urp/shared/contracts';

import { OfficeService } from './office.service';

@ApiTags('directory')
@ApiCookieAuth()
@Controller('offices')
export class OfficesController {
  constructor(private readonly offices: OfficeService) {}

  @Get()
  @ApiOkResponse({ description: 'Active offices, by name (e.g. to forward a ticket).' })
  async list(): Promise<OfficeSummary[]> {
    return (await this.offices.listActive()).map(({ id, code, name, email }) => ({ id, code, name, email }));
  }
}
