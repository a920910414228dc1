import { availableActions } from './available-actions';

describe('availableActions', () => {
  it('offers the feedback first for a complaint, and pause while the clock runs', () => {
    expect(availableActions({ status: 'office_answered', kind: 'complaint', paused: false })).toEqual([
      'feedback',
      'reply',
      'note',
      'forward',
      'assign',
      'priority',
      'pause',
      'close',
    ]);
  });

  it('offers resume instead of pause while waiting for the citizen, and no feedback for an inquiry', () => {
    const actions = availableActions({ status: 'waiting_citizen', kind: 'inquiry', paused: true });
    expect(actions).toContain('resume');
    expect(actions).not.toContain('pause');
    expect(actions).not.toContain('feedback');
    expect(actions[0]).toBe('reply');
  });

  it('offers only reopen and notes on a closed ticket', () => {
    expect(availableActions({ status: 'closed', kind: 'complaint', paused: false })).toEqual(['reopen', 'note']);
  });
});
