import { BadRequestException } from '@nestjs/common';

/** Position in the queue order (sla_sort, id); opaque to clients. */
/** PostgreSQL's text form of a timestamptz, as selected by the queue. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/;

export interface QueueCursor {
  slaSort: string;
  id: string;
}

export function encodeCursor(cursor: QueueCursor): string {
  return Buffer.from(JSON.stringify([cursor.slaSort, cursor.id])).toString('base64url');
}

export function decodeCursor(value: string): QueueCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      (parsed[0] === 'infinity' || TIMESTAMP.test(parsed[0])) &&
      /^[0-9a-f-]{36}$/i.test(parsed[1])
    ) {
      return { slaSort: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadRequestException('after is not a cursor returned by this API');
}
