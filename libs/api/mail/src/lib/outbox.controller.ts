import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';

import { Roles } from '@urp/api/auth';
import type { OutboxMessageView } from '@urp/shared/contracts';

import { OutboxMessageViewDto } from './dto/outbox-message-view.dto';
import { OutboxQueryDto } from './dto/outbox-query.dto';
import { OUTBOX_LIST_LIMIT, OutboxService } from './outbox.service';

@ApiTags('outbox')
@ApiCookieAuth()
@Roles('operator')
@Controller('outbox')
export class OutboxController {
  constructor(private readonly outbox: OutboxService) {}

  @Get()
  @ApiOkResponse({
    type: OutboxMessageViewDto,
    isArray: true,
    description: `Newest first, at most ${OUTBOX_LIST_LIMIT}.`,
  })
  @ApiBadRequestResponse({ description: 'Unknown status.' })
  @ApiForbiddenResponse({ description: 'Only URP operators (and administrators) see the outbox.' })
  list(@Query() query: OutboxQueryDto): Promise<OutboxMessageView[]> {
    return this.outbox.list(query.status);
  }

  @Post(':id/resend')
  @HttpCode(HttpStatus.OK)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: OutboxMessageViewDto, description: 'Queued again with a fresh attempt budget.' })
  @ApiBadRequestResponse({ description: 'The id is not a uuid.' })
  @ApiForbiddenResponse({ description: 'Only URP operators (and administrators) resend mail.' })
  @ApiNotFoundResponse({ description: 'No such message.' })
  @ApiConflictResponse({
    description: 'The message is not held, failed or uncertain, or no SMTP server is configured.',
  })
  resend(@Param('id', ParseUUIDPipe) id: string): Promise<OutboxMessageView> {
    return this.outbox.resend(id);
  }
}
