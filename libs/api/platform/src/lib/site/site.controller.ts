import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { SiteInfo } from '@urp/shared/contracts';

import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { Public } from '../http/public.decorator';

@ApiTags('site')
@Controller('site')
export class SiteController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Get()
  @ApiOkResponse({ description: 'Municipality and URP contacts shown by the portal.' })
  site(): SiteInfo {
    return this.config.site;
  }
}
