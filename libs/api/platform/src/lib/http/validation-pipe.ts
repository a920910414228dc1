import { ValidationPipe } from '@nestjs/common';

/**
 * Rejects unknown fields and wrong types with a 400 that lists each problem by field, before any
 * handler (and so any write) runs.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
  });
}
