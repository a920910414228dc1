import { BusinessCalendar } from '@urp/shared/calendar';

import { slaDueAt, type SlaState } from './sla-policy';

const settings = { firstReplyHours: 48, complaintFeedbackDays: 30 };
const base: SlaState = {
  kind: 'inquiry',
  receivedAt: new Date('2026-03-10T08:00:00Z'),
  pausedMs: 0,
  pausedSince: null,
  firstRepliedAt: null,
  feedbackSentAt: null,
  closed: false,
};

describe('slaDueAt', () => {
  it('gives a first reply 48 hours of absolute time', () => {
    expect(slaDueAt(base, settings)?.toISOString()).toBe('2026-03-12T08:00:00.000Z');
  });

  it('gives a complaint 30 days at the same Rome wall-clock time across the DST change', () => {
    // 09:00 CET on 10 March is 09:00 CEST on 9 April: 07:00Z, not 08:00Z.
    expect(slaDueAt({ ...base, kind: 'complaint' }, settings)?.toISOString()).toBe('2026-04-09T07:00:00.000Z');
  });

  it('extends the deadline by the paused time and stops while paused', () => {
    const twoDays = 2 * 86_400_000;
    expect(slaDueAt({ ...base, kind: 'complaint', pausedMs: twoDays }, settings)?.toISOString()).toBe(
      '2026-04-11T07:00:00.000Z',
    );
    expect(slaDueAt({ ...base, pausedSince: new Date('2026-03-11T00:00:00Z') }, settings)).toBeNull();
  });

  it('counts only working days in working-hours mode: Friday 10:00 is due Tuesday 10:00', () => {
    const workingCalendar = new BusinessCalendar({ patronDay: { month: 6, day: 24 } });
    const friday = new Date('2026-11-20T09:00:00Z'); // 10:00 in Rome
    expect(slaDueAt({ ...base, receivedAt: friday }, { ...settings, workingCalendar })?.toISOString()).toBe(
      '2026-11-24T09:00:00.000Z',
    );
  });

  it('has no running clock once met or closed', () => {
    expect(slaDueAt({ ...base, firstRepliedAt: new Date() }, settings)).toBeNull();
    expect(slaDueAt({ ...base, kind: 'complaint', firstRepliedAt: new Date() }, settings)).not.toBeNull();
    expect(slaDueAt({ ...base, kind: 'complaint', feedbackSentAt: new Date() }, settings)).toBeNull();
    expect(slaDueAt({ ...base, closed: true }, settings)).toBeNull();
  });
});
