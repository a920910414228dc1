import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';

import type { AppConfig } from '../config/app-config';

/** JSON logs, one line per event; secrets and personal data in headers are never written. */
export function buildLoggerOptions(config: AppConfig): Params {
  return {
    // Named wildcard: Express 5 rejects the bare '*' the library uses by default.
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      autoLogging: {
        ignore: (req: IncomingMessage) => req.url === '/api/health',
      },
      serializers: {
        req: (req: { method: string; url: string; id: unknown }) => ({ id: req.id, method: req.method, url: req.url }),
      },
    },
  };
}
