import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import { CurrentStaff, Roles, type StaffUserEntity } from '@urp/api/auth';
import type { TicketQueuePage } from '@urp/shared/contracts';

import { QueueQueryDto } from '../dto/queue-query.dto';
import { OfficeAnswerDto, TakeInChargeDto } from '../dto/ticket-actions.dto';
import { OfficeWorkflowService } from '../services/office-workflow.service';
import { TicketQueueService } from '../services/ticket-queue.service';

/** The office referent's area: what was forwarded to their office. */
@ApiTags('office')
@ApiCookieAuth()
@Roles('office_referent')
@Controller()
export class OfficeTicketsController {
  constructor(
    private readonly queue: TicketQueueService,
    private readonly workflow: OfficeWorkflowService,
  ) {}

  @Get('office/tickets')
  @ApiOkResponse({ description: "The office's tickets, by SLA due time." })
  list(@Query() query: QueueQueryDto, @CurrentStaff() staff: StaffUserEntity): Promise<TicketQueuePage> {
    return this.queue.page({ ...query, officeId: staff.roles.includes('admin') ? query.officeId : undefined }, staff);
  }

  @Post('tickets/:id/take-in-charge')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Taken in charge (presa in carico) by the office.' })
  @ApiConflictResponse({ description: 'Not waiting to be taken in charge.' })
  takeInCharge(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: TakeInChargeDto,
    @CurrentStaff() staff: StaffUserEntity,
  ): Promise<void> {
    return this.workflow.takeInCharge(id, staff, dto);
  }

  @Post('tickets/:id/office-answer')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: "The office's answer, for the URP to turn into feedback to the citizen." })
  answer(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: OfficeAnswerDto,
    @CurrentStaff() staff: StaffUserEntity,
  ): Promise<void> {
    return this.workflow.answer(id, staff, dto);
  }
}
