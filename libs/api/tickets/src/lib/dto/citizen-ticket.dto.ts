import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsOptional, IsString, MaxLength } from 'class-validator';

import type { CitizenTicketRequest } from '@urp/shared/contracts';

import { FilingFieldsDto } from './filing-fields.dto';
import { FormBoolean } from './transforms';

/** The public form (multipart/form-data; files in `attachments`). */
export class CitizenTicketDto extends FilingFieldsDto implements CitizenTicketRequest {
  @ApiProperty({ description: 'Consent to the privacy notice: must be true.' })
  @FormBoolean()
  @Equals(true, { message: 'privacyConsent must be accepted to file a request' })
  privacyConsent!: boolean;

  @ApiPropertyOptional({ description: 'Leave empty (anti-spam field hidden from people).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string;
}
