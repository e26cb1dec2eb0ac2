import { describe, expect, it } from 'vitest';
import { normalizedName, recordPrefixOf, registerPatientSchema } from './registration.schemas';

describe('normalizedName', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(normalizedName(' Luis ', 'Hernández')).toBe(normalizedName('luis', 'HERNANDEZ'));
    expect(normalizedName('Daniel', "O'Brien")).toBe(normalizedName('daniel', 'o brien'));
    expect(normalizedName('Mei  Lin', 'Tan')).toBe('mei lin tan');
    expect(normalizedName('Jordan', 'Rivera')).not.toBe(normalizedName('Jordan', 'Rivers'));
  });
});

describe('recordPrefixOf', () => {
  it('uses the initials of the clinic slug', () => {
    expect(recordPrefixOf('riverside-family-clinic')).toBe('RFC');
    expect(recordPrefixOf('harbor')).toBe('HAR');
    expect(recordPrefixOf('---')).toBe('PT');
  });
});

describe('registerPatientSchema', () => {
  it('names every bad field', () => {
    const result = registerPatientSchema.safeParse({ givenName: '', familyName: 'x'.repeat(101), dateOfBirth: '2999-01-01', sexAtBirth: 'robot', email: 'no' });
    expect(result.success).toBe(false);
    const fields = Object.keys(result.error!.flatten().fieldErrors).sort();
    expect(fields).toEqual(['dateOfBirth', 'email', 'familyName', 'givenName', 'sexAtBirth']);
  });

  it('reads the duplicate confirmation from a checkbox', () => {
    const base = { givenName: 'A', familyName: 'B', dateOfBirth: '1990-01-01', sexAtBirth: 'female' };
    expect(registerPatientSchema.parse({ ...base, confirmDuplicate: 'on' }).confirmDuplicate).toBe(true);
    expect(registerPatientSchema.parse(base).confirmDuplicate).toBe(false);
  });
});
