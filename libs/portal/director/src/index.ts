export * from './lib/director.routes';
export * from './lib/director-dashboard.page';
