export * from './lib/citizen.routes';
export * from './lib/coming-soon.page';
export * from './lib/home.page';
export * from './lib/filing/new-request.page';
export * from './lib/tracking/track.page';
export * from './lib/services/citizen-tickets-api.service';
