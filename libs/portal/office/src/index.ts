export * from './lib/office.routes';
export * from './lib/office-home.page';
