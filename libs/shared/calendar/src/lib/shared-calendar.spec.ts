import { sharedCalendar } from './shared-calendar';

describe('sharedCalendar', () => {
  it('should work', () => {
    expect(sharedCalendar()).toEqual('shared-calendar');
  });
});
