import { safeReturnUrl, staffHomePath } from './auth-paths';

describe('staffHomePath', () => {
  it.each([
    [['operator'], '/operatore'],
    [['admin'], '/operatore'],
    [['office_referent'], '/ufficio'],
    [['director'], '/direzione'],
    [['director', 'operator'], '/operatore'],
    [[], '/'],
  ] as const)('roles %j land on %s', (roles, path) => {
    expect(staffHomePath({ roles: [...roles] })).toBe(path);
  });
});

describe('safeReturnUrl', () => {
  it('keeps paths of this site', () => {
    expect(safeReturnUrl('/ufficio?x=1')).toBe('/ufficio?x=1');
  });

  it.each([undefined, '', 'https://evil.example', '//evil.example', '/\\evil.example', '/accedi?returnUrl=/x'])(
    'refuses %j',
    (url) => {
      expect(safeReturnUrl(url)).toBeNull();
    },
  );
});
