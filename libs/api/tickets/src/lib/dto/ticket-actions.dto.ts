import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, ValidateIf } from 'class-validator';

import {
  type AssignRequest,
  type CannedReplyRequest,
  type CloseRequest,
  type FeedbackRequest,
  type ForwardRequest,
  type NoteRequest,
  type OfficeAnswerRequest,
  type PauseRequest,
  type PriorityRequest,
  type ReopenRequest,
  type ReplyRequest,
  type TakeInChargeRequest,
  TICKET_LIMITS,
} from '@urp/shared/contracts';
import {
  CLOSE_REASONS,
  type CloseReason,
  REPLY_CHANNELS,
  type ReplyChannel,
  TICKET_PRIORITIES,
  type TicketPriority,
} from '@urp/shared/domain';

import { Trimmed, TrimmedOptional } from './transforms';

const BODY = TICKET_LIMITS.bodyMaxLength;
const REASON = TICKET_LIMITS.reasonMaxLength;

export class ReplyDto implements ReplyRequest {
  @ApiProperty() @Trimmed() @IsString() @Length(1, BODY) body!: string;
  @ApiPropertyOptional({ enum: REPLY_CHANNELS, default: 'email' })
  @IsOptional()
  @IsIn(REPLY_CHANNELS, { message: `channel must be one of: ${REPLY_CHANNELS.join(', ')}` })
  channel?: ReplyChannel;
}

export class NoteDto implements NoteRequest {
  @ApiProperty() @Trimmed() @IsString() @Length(1, BODY) body!: string;
}

export class AssignDto implements AssignRequest {
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @ValidateIf((_o, value) => value !== null)
  @IsUUID('all', { message: 'assigneeId must be a staff id or null' })
  assigneeId!: string | null;
}

export class ForwardDto implements ForwardRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'officeId must be an office id' }) officeId!: string;
  @ApiPropertyOptional() @TrimmedOptional() @IsOptional() @IsString() @Length(1, REASON) message?: string;
}

export class PauseDto implements PauseRequest {
  @ApiProperty() @Trimmed() @IsString() @Length(1, REASON) reason!: string;
}

export class CloseDto implements CloseRequest {
  @ApiProperty({ enum: CLOSE_REASONS })
  @IsIn(CLOSE_REASONS, { message: `reason must be one of: ${CLOSE_REASONS.join(', ')}` })
  reason!: CloseReason;
  @ApiPropertyOptional() @TrimmedOptional() @IsOptional() @IsString() @Length(1, REASON) note?: string;
}

export class ReopenDto implements ReopenRequest {
  @ApiProperty() @Trimmed() @IsString() @Length(1, REASON) reason!: string;
}

export class PriorityDto implements PriorityRequest {
  @ApiProperty({ enum: TICKET_PRIORITIES })
  @IsIn(TICKET_PRIORITIES, { message: `priority must be one of: ${TICKET_PRIORITIES.join(', ')}` })
  priority!: TicketPriority;
}

export class FeedbackDto implements FeedbackRequest {
  @ApiProperty() @Trimmed() @IsString() @Length(1, BODY) body!: string;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() close?: boolean;
}

export class TakeInChargeDto implements TakeInChargeRequest {
  @ApiPropertyOptional() @TrimmedOptional() @IsOptional() @IsString() @Length(1, REASON) note?: string;
}

export class OfficeAnswerDto implements OfficeAnswerRequest {
  @ApiProperty() @Trimmed() @IsString() @Length(1, BODY) body!: string;
}

export class CannedReplyDto implements CannedReplyRequest {
  @ApiProperty() @Trimmed() @IsString() @Length(1, TICKET_LIMITS.subjectMaxLength) title!: string;
  @ApiProperty() @Trimmed() @IsString() @Length(1, BODY) body!: string;
}
