import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import { Roles } from '@urp/api/auth';
import type { CannedReply } from '@urp/shared/contracts';

import { CannedReplyDto } from '../dto/ticket-actions.dto';
import { CannedReplyService } from '../services/canned-reply.service';

@ApiTags('canned replies')
@ApiCookieAuth()
@Roles('operator')
@Controller('canned-replies')
export class CannedRepliesController {
  constructor(private readonly replies: CannedReplyService) {}

  @Get()
  @ApiOkResponse({ description: 'Reply texts operators can start from.' })
  list(): Promise<CannedReply[]> {
    return this.replies.list();
  }

  @Post()
  create(@Body() dto: CannedReplyDto): Promise<CannedReply> {
    return this.replies.create(dto);
  }

  @Put(':id')
  update(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: CannedReplyDto): Promise<CannedReply> {
    return this.replies.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Retired.' })
  retire(@Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.replies.retire(id);
  }
}
