import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';

import type { AppConfig } from '../config/app-config';
import { createValidationPipe } from './validation-pipe';

export const API_PREFIX = 'api';

/** HTTP concerns shared by the real server and the integration tests, so both behave alike. */
export function configureHttpApp(app: INestApplication, config: AppConfig): void {
  const express = app as NestExpressApplication;
  express.useLogger(app.get(Logger));
  if (config.trustProxy) express.set('trust proxy', 1);
  express.disable('x-powered-by');
  app.setGlobalPrefix(API_PREFIX);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Angular writes component styles into <style> elements at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: config.cookieSecure ? [] : null,
        },
      },
      hsts: config.cookieSecure,
    }),
  );
  app.use(cookieParser());
  app.useGlobalPipes(createValidationPipe());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('URP front office API')
      .setDescription(
        'API of the URP (Ufficio Relazioni con il Pubblico) front office: citizen intake, the operators\' ticket queue, ' +
          'office referents, counter appointments and the Carta dei servizi indicators. Staff authenticate with the ' +
          'session cookie set by POST /api/auth/login.',
      )
      .setVersion(process.env['npm_package_version'] ?? '0.1.0')
      .addCookieAuth('urp_session')
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });
}
