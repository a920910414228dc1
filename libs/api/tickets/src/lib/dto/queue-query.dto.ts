import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

import { TICKET_LIMITS, type TicketQueueQuery } from '@urp/shared/contracts';
import {
  TICKET_CHANNELS,
  TICKET_KINDS,
  TICKET_STATUSES,
  type TicketChannel,
  type TicketKind,
  type TicketStatus,
} from '@urp/shared/domain';

const QueryBoolean = () => Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));

export class QueueQueryDto implements TicketQueueQuery {
  @ApiPropertyOptional({ enum: TICKET_KINDS }) @IsOptional() @IsIn(TICKET_KINDS) kind?: TicketKind;
  @ApiPropertyOptional({ enum: TICKET_CHANNELS }) @IsOptional() @IsIn(TICKET_CHANNELS) channel?: TicketChannel;
  @ApiPropertyOptional({ enum: [...TICKET_STATUSES, 'all'] })
  @IsOptional()
  @IsIn([...TICKET_STATUSES, 'all'])
  status?: TicketStatus | 'all';
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() officeId?: string;
  @ApiPropertyOptional() @IsOptional() @QueryBoolean() @IsBoolean() overdue?: boolean;
  @ApiPropertyOptional() @IsOptional() @QueryBoolean() @IsBoolean() assignedToMe?: boolean;
  @ApiPropertyOptional({ default: 50, maximum: TICKET_LIMITS.queuePageMax })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(TICKET_LIMITS.queuePageMax)
  limit?: number;
  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}
