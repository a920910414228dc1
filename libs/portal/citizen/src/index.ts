export * from './lib/citizen.routes';
export * from './lib/coming-soon.page';
export * from './lib/home.page';
