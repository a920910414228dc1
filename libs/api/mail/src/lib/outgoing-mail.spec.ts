import { InvalidOutgoingMailError, isMailAddress, normaliseOutgoingMail, type OutgoingMail } from './outgoing-mail';

const valid: OutgoingMail = {
  to: 'mario.rossi@example.it',
  subject: 'La sua segnalazione',
  text: 'Gentile cittadino, ...',
  kind: 'reply',
};

function problemsOf(mail: OutgoingMail): string[] {
  try {
    normaliseOutgoingMail(mail);
  } catch (error) {
    if (error instanceof InvalidOutgoingMailError) return error.problems;
    throw error;
  }
  return [];
}

describe('isMailAddress', () => {
  it.each(['a@b.it', 'mario.rossi+urp@comune.genova.it', "o'neil@example.com"])('accepts %s', (address) => {
    expect(isMailAddress(address)).toBe(true);
  });

  it.each([
    '',
    'mario',
    'mario@localhost',
    'Mario <m@x.it>',
    'a@b.it, c@d.it',
    'a@b.it\r\nBcc: x@y.it',
    'a b@c.it',
    'a@b..it',
  ])('rejects %j', (address) => {
    expect(isMailAddress(address)).toBe(false);
  });
});

describe('normaliseOutgoingMail', () => {
  it('fills in the optional parts', () => {
    expect(normaliseOutgoingMail({ ...valid, to: ' mario.rossi@example.it ' })).toEqual({
      to: 'mario.rossi@example.it',
      cc: [],
      subject: 'La sua segnalazione',
      text: 'Gentile cittadino, ...',
      html: null,
      ticketId: null,
      kind: 'reply',
      inReplyTo: null,
      references: [],
    });
  });

  it('folds line breaks out of the subject', () => {
    expect(normaliseOutgoingMail({ ...valid, subject: 'Re: buca\r\nin via Roma' }).subject).toBe(
      'Re: buca in via Roma',
    );
  });

  it('names every problem at once', () => {
    const problems = problemsOf({
      to: 'not-an-address',
      cc: ['ok@example.it', 'bad'],
      subject: ' ',
      text: '',
      kind: 'Reply!',
      ticketId: '42',
      inReplyTo: 'abc@def',
      references: ['<ok@x.it>', 'nope'],
    });
    expect(problems).toEqual([
      'to: "not-an-address" is not an e-mail address',
      'cc[1]: "bad" is not an e-mail address',
      'subject must not be empty',
      'text must not be empty',
      'kind: "Reply!" must be lower-case letters, digits, "-" or "_"',
      'ticketId: "42" is not a uuid',
      'inReplyTo: "abc@def" is not a Message-ID like <id@domain>',
      'references[1]: "nope" is not a Message-ID like <id@domain>',
    ]);
  });

  it('gives a 400-style error whose message lists the problems', () => {
    expect(() => normaliseOutgoingMail({ ...valid, to: 'x' })).toThrow(
      'Invalid outgoing e-mail: to: "x" is not an e-mail address',
    );
    try {
      normaliseOutgoingMail({ ...valid, to: 'x' });
    } catch (error) {
      expect((error as InvalidOutgoingMailError).getStatus()).toBe(400);
    }
  });

  it('limits the number of recipients', () => {
    const cc = Array.from({ length: 50 }, (_, i) => `u${i}@example.it`);
    expect(problemsOf({ ...valid, cc })).toEqual(['at most 50 recipients (got 51)']);
  });
});
