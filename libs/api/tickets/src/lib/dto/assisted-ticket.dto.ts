import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsBoolean, IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

import { type AssistedTicketRequest, PHONE_PATTERN, TICKET_LIMITS } from '@urp/shared/contracts';
import { ASSISTED_CHANNELS, type AssistedChannel, TICKET_KINDS, type TicketKind } from '@urp/shared/domain';

import { Trimmed, TrimmedOptional } from './transforms';

export class AssistedTicketDto implements AssistedTicketRequest {
  @ApiProperty({ enum: TICKET_KINDS })
  @IsIn(TICKET_KINDS, { message: `kind must be one of: ${TICKET_KINDS.join(', ')}` })
  kind!: TicketKind;

  @ApiProperty({ enum: ASSISTED_CHANNELS })
  @IsIn(ASSISTED_CHANNELS, { message: `channel must be one of: ${ASSISTED_CHANNELS.join(', ')}` })
  channel!: AssistedChannel;

  @ApiProperty()
  @Trimmed()
  @IsString()
  @Length(1, TICKET_LIMITS.subjectMaxLength)
  subject!: string;

  @ApiProperty()
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

  @ApiPropertyOptional()
  @TrimmedOptional()
  @IsOptional()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  email?: string;

  @ApiPropertyOptional()
  @TrimmedOptional()
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number (digits, spaces, +)' })
  phone?: string;

  @ApiProperty({ description: 'The person consented to the privacy notice (read or handed over).' })
  @IsBoolean()
  @Equals(true, { message: 'privacyConsent must be accepted to file a request' })
  privacyConsent!: boolean;
}
