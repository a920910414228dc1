import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, Matches } from 'class-validator';

import type { TrackingRequest } from '@urp/shared/contracts';

import { Trimmed, TrimmedOptional } from './transforms';

export class TrackingDto implements TrackingRequest {
  @ApiProperty({ example: 'URP-2026-000123' })
  @Trimmed()
  @Matches(/^URP-\d{4}-\d{6,}$/i, { message: 'code must look like URP-2026-000123' })
  code!: string;

  @ApiPropertyOptional()
  @TrimmedOptional()
  @IsOptional()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  email?: string;

  @ApiPropertyOptional({ example: '12345678' })
  @TrimmedOptional()
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'pin must be the 8 digits printed on the receipt' })
  pin?: string;
}
