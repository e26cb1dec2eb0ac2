import { describe, expect, it } from 'vitest';
import { newPasswordSchema } from './password-policy';

const messagesFor = (password: unknown) => {
  const result = newPasswordSchema.safeParse(password);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('new password rules (NIST SP 800-63B)', () => {
  it('accepts 12 or more characters of any kind, with no composition rules', () => {
    expect(messagesFor('correct horse battery')).toEqual([]);
    expect(messagesFor('alllowercaseletters')).toEqual([]);
    expect(messagesFor('пароль-для-клиники')).toEqual([]);
    expect(messagesFor('🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂')).toEqual([]);
  });

  it('counts characters, not bytes or UTF-16 units', () => {
    expect(messagesFor('🙂🙂🙂🙂🙂🙂')).toContain('Use at least 12 characters.');
  });

  it('refuses short and over-long passwords with a clear message', () => {
    expect(messagesFor('short')).toContain('Use at least 12 characters.');
    expect(messagesFor('x'.repeat(129))).toContain('Use at most 128 characters.');
    expect(messagesFor('x'.repeat(128))).toEqual([]);
  });

  it('refuses common passwords whatever their case', () => {
    expect(messagesFor('qwerty123456')).toContain('This password is too common; choose one that is harder to guess.');
    expect(messagesFor('QWERTY123456')).toContain('This password is too common; choose one that is harder to guess.');
    expect(messagesFor('1q2w3e4r5t6y')).toContain('This password is too common; choose one that is harder to guess.');
  });

  it('refuses a value that is not text', () => {
    expect(messagesFor(12345678901234)).toEqual(['Choose a password.']);
  });
});
