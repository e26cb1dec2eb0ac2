import { describe, expect, it } from 'vitest';
import type { ConsentRecord } from './consent.schemas';
import { policyRevisions } from './policy-revisions';
import { POLICY_VERSION } from './policy-version';
import { consentViewFor } from './read-consent';

const record: ConsentRecord = {
  schema: 1,
  policyVersion: POLICY_VERSION,
  consentId: '3f1c9a52-0d7e-4c4b-9a8e-6f1b2c3d4e5f',
  givenAt: '2026-05-01T10:00:00.000Z',
  updatedAt: '2026-05-01T10:00:00.000Z',
  categories: { necessary: true, functional: true, analytics: false },
  method: 'banner',
};

describe('consent view', () => {
  it('shows no consent for a missing or invalid cookie, with the banner to ask', () => {
    expect(consentViewFor({ status: 'invalid', reason: 'tampered' }, false)).toEqual({
      status: 'none',
      categories: { necessary: true, functional: false, analytics: false },
      method: null,
      consentId: null,
      givenAt: null,
      updatedAt: null,
      gpc: false,
      policyVersion: POLICY_VERSION,
      changes: [],
    });
  });

  it('applies a current choice', () => {
    expect(consentViewFor({ status: 'current', record }, false)).toMatchObject({ status: 'current', categories: record.categories, consentId: record.consentId });
  });

  it('asks again after a policy change, with what changed, applying necessary only meanwhile', () => {
    const view = consentViewFor({ status: 'outdated', record: { ...record, policyVersion: '000000000000' } }, false);
    expect(view).toMatchObject({ status: 'outdated', categories: { functional: false }, changes: policyRevisions.at(-1)?.changes });
  });

  it('shows GPC as honoured when the request or the recorded choice carries it', () => {
    expect(consentViewFor({ status: 'missing' }, true).gpc).toBe(true);
    expect(consentViewFor({ status: 'current', record: { ...record, method: 'gpc' } }, false).gpc).toBe(true);
  });
});
