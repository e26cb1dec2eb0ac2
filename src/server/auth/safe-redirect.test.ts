import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safe-redirect';

const base = 'http://localhost:3000';

describe('safeRedirect (callbackUrl after sign-in)', () => {
  it('keeps same-origin paths, with their query', () => {
    expect(safeRedirect('/patient/appointments?tab=past', base)).toBe('http://localhost:3000/patient/appointments?tab=past');
    expect(safeRedirect('http://localhost:3000/admin', base)).toBe('http://localhost:3000/admin');
  });

  it.each([
    'https://evil.example/phish',
    '//evil.example/phish',
    '/\\evil.example',
    'javascript:alert(1)',
    'http://localhost:3001/',
    'http://localhost:3000.evil.example/',
    '',
  ])('sends %j to the dashboard instead', (url) => {
    expect(safeRedirect(url, base)).toBe('http://localhost:3000/dashboard');
  });
});
