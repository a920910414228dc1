import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';

import { CurrentStaff, Roles, type StaffUserEntity } from '@urp/api/auth';
import type { TicketDetail, TicketQueuePage, TicketReceipt } from '@urp/shared/contracts';

import { AssistedTicketDto } from '../dto/assisted-ticket.dto';
import { QueueQueryDto } from '../dto/queue-query.dto';
import {
  AssignDto,
  CloseDto,
  FeedbackDto,
  ForwardDto,
  NoteDto,
  PauseDto,
  PriorityDto,
  ReopenDto,
  ReplyDto,
} from '../dto/ticket-actions.dto';
import { TicketActionsService } from '../services/ticket-actions.service';
import { TicketIntakeService } from '../services/ticket-intake.service';
import { TicketQueueService } from '../services/ticket-queue.service';
import { TicketReaderService } from '../services/ticket-reader.service';

const Id = () => Param('id', new ParseUUIDPipe());

/** The URP operators' queue and ticket page. Office referents see their office's tickets only. */
@ApiTags('tickets')
@ApiCookieAuth()
@Controller('tickets')
export class TicketsController {
  constructor(
    private readonly queue: TicketQueueService,
    private readonly reader: TicketReaderService,
    private readonly intake: TicketIntakeService,
    private readonly actions: TicketActionsService,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'A page of the queue, by SLA due time; pass nextCursor as `after` for the next.' })
  list(@Query() query: QueueQueryDto, @CurrentStaff() staff: StaffUserEntity): Promise<TicketQueuePage> {
    return this.queue.page(query, staff);
  }

  @Post()
  @Roles('operator')
  @ApiCreatedResponse({ description: 'Filed on behalf of a person (counter, phone, post): receipt with code and PIN.' })
  fileOnBehalf(@Body() dto: AssistedTicketDto, @CurrentStaff() staff: StaffUserEntity): Promise<TicketReceipt> {
    return this.intake.file({ ...dto, filedBy: staff.id });
  }

  @Get(':id')
  @ApiOkResponse({ description: 'The ticket with its whole history.' })
  @ApiNotFoundResponse({ description: 'No such ticket (or not visible to this office).' })
  detail(@Id() id: string, @CurrentStaff() staff: StaffUserEntity): Promise<TicketDetail> {
    return this.reader.detail(id, staff);
  }

  @Get(':id/attachments/:attachmentId')
  @ApiOkResponse({ description: 'The attachment file.' })
  async attachment(
    @Id() id: string,
    @Param('attachmentId', new ParseUUIDPipe()) attachmentId: string,
    @CurrentStaff() staff: StaffUserEntity,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.reader.attachment(id, attachmentId, staff);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(file.content, { type: file.contentType });
  }

  @Post(':id/replies')
  @Roles('operator')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Reply recorded (and queued for e-mail when the channel is email).' })
  @ApiConflictResponse({ description: 'The ticket is closed.' })
  reply(@Id() id: string, @Body() dto: ReplyDto, @CurrentStaff() staff: StaffUserEntity): Promise<void> {
    return this.actions.reply(id, staff, dto);
  }

  @Post(':id/notes')
  @Roles('operator')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Internal note added (never shown to the citizen).' })
  note(@Id() id: string, @Body() dto: NoteDto, @CurrentStaff() staff: StaffUserEntity): Promise<void> {
    return this.actions.note(id, staff, dto.body);
  }

  @Post(':id/assign')
  @Roles('operator')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Assigned (or unassigned with null).' })
  assign(@Id() id: string, @Body() dto: AssignDto, @CurrentStaff() staff: StaffUserEntity): Promise<void> {
    return this.actions.assign(id, staff, dto);
  }

  @Post(':id/forward')
  @Roles('operator')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Forwarded to the competent office, which is e-mailed.' })
  forward(@Id() id: string, @Body() dto: ForwardDto, @CurrentStaff() staff: StaffUserEntity): Promise<void> {
    return this.actions.forward(id, staff, dto);
  }

  @Post(':id/pause')
  @Roles('operator')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Clock paused while waiting for the citizen; the reason is shown to them.' })
  pause(@Id() id: string, @Body() dto: PauseDto, @CurrentStaff() staff: StaffUserEntity): Promise<void> {
    return this.actions.pause(id, staff, dto);
  }

  @Post(':id/resume')
  @Roles('operator')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Clock resumed; the deadline moves by the paused time.' })
  resume(@Id() id: string, @CurrentStaff() staff: StaffUserEntity): Promise<void> {
    return this.actions.resume(id, staff);
  }

  @Post(':id/feedback')
  @Roles('operator')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Feedback (riscontro) sent to the citizen; closes the ticket unless close=false.' })
  feedback(@Id() id: string, @Body() dto: FeedbackDto, @CurrentStaff() staff: StaffUserEntity): Promise<void> {
    return this.actions.feedback(id, staff, dto);
  }

  @Post(':id/close')
  @Roles('operator')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Closed with a reason.' })
  close(@Id() id: string, @Body() dto: CloseDto, @CurrentStaff() staff: StaffUserEntity): Promise<void> {
    return this.actions.close(id, staff, dto);
  }

  @Post(':id/reopen')
  @Roles('operator')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Reopened.' })
  reopen(@Id() id: string, @Body() dto: ReopenDto, @CurrentStaff() staff: StaffUserEntity): Promise<void> {
    return this.actions.reopen(id, staff, dto);
  }

  @Post(':id/priority')
  @Roles('operator')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Priority changed.' })
  priority(@Id() id: string, @Body() dto: PriorityDto, @CurrentStaff() staff: StaffUserEntity): Promise<void> {
    return this.actions.priority(id, staff, dto);
  }
}
