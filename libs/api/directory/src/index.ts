export * from './lib/directory.module';
export * from './lib/directory.schema';
export * from './lib/office.entity';
export * from './lib/office.service';
