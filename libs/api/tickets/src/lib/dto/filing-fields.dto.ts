import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

import { PHONE_PATTERN, TICKET_LIMITS } from '@urp/shared/contracts';
import { TICKET_KINDS, type TicketKind } from '@urp/shared/domain';

import { Trimmed, TrimmedOptional } from './transforms';

/** What every filing carries, from the public form or from an operator filing on someone's behalf. */
export abstract class FilingFieldsDto {
  @ApiProperty({ enum: TICKET_KINDS })
  @IsIn(TICKET_KINDS, { message: `kind must be one of: ${TICKET_KINDS.join(', ')}` })
  kind!: TicketKind;

  @ApiProperty({ maxLength: TICKET_LIMITS.subjectMaxLength })
  @Trimmed()
  @IsString()
  @Length(1, TICKET_LIMITS.subjectMaxLength)
  subject!: string;

  @ApiProperty({ maxLength: TICKET_LIMITS.bodyMaxLength })
  @Trimmed()
  @IsString()
  @Length(1, TICKET_LIMITS.bodyMaxLength)
  body!: string;

  @ApiPropertyOptional()
  @TrimmedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(TICKET_LIMITS.nameMaxLength)
  name?: string;

  @ApiPropertyOptional({ description: 'E-mail and/or phone: at least one.' })
  @TrimmedOptional()
  @IsOptional()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional()
  @TrimmedOptional()
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number (digits, spaces, +)' })
  phone?: string;
}
