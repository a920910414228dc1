export * from './lib/api-mail.module';
