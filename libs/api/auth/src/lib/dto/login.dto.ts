import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

import { type LoginRequest, PASSWORD_MAX_LENGTH, USERNAME_MAX_LENGTH } from '@urp/shared/contracts';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'operatore' })
  @IsString()
  @MinLength(1)
  @MaxLength(USERNAME_MAX_LENGTH)
  username!: string;

  // No minimum here: a short password is simply wrong, not a malformed request.
  @ApiProperty({ example: 'a long passphrase' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}
