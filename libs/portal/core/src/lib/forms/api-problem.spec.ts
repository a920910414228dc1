import { HttpErrorResponse } from '@angular/common/http';

import { IT, type TranslationKey } from '../i18n/it.dictionary';
import { problemField, problemSummary, toApiProblem } from './api-problem';

const t = (key: TranslationKey) => IT[key];

function httpError(status: number, body: unknown): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: body });
}

describe('toApiProblem', () => {
  it('reads a list of messages', () => {
    const problem = toApiProblem(httpError(400, { statusCode: 400, message: ['subject must not be empty', 42] }));
    expect(problem).toEqual({ status: 400, messages: ['subject must not be empty'] });
  });

  it('reads a single message, or none', () => {
    expect(toApiProblem(httpError(409, { message: 'Ticket is closed' })).messages).toEqual(['Ticket is closed']);
    expect(toApiProblem(httpError(502, '<html>Bad gateway</html>')).messages).toEqual([]);
    expect(toApiProblem(new Error('boom'))).toEqual({ status: 0, messages: [] });
  });
});

describe('problemField', () => {
  it('finds the field a class-validator message starts with', () => {
    expect(problemField('email must be a valid e-mail address', ['email', 'phone'])).toBe('email');
    expect(problemField('emailAddress is odd', ['email'])).toBeNull();
  });
});

describe('problemSummary', () => {
  it('explains a 409 with the reason the API gives', () => {
    const summary = problemSummary({ status: 409, messages: ['Only a closed ticket can be reopened'] }, t);
    expect(summary.heading).toBe('Operazione non possibile nello stato attuale della pratica');
    expect(summary.items).toEqual([
      { text: 'Motivo indicato dal sistema', detail: 'Only a closed ticket can be reopened' },
    ]);
  });

  it('has a plain message when the API cannot be reached', () => {
    expect(problemSummary({ status: 0, messages: [] }, t)).toEqual({ heading: IT['apiError.unavailable'], items: [] });
  });
});
