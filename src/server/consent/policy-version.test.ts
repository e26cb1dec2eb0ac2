import { describe, expect, it } from 'vitest';
import { cookieEntries, registry, thirdParties } from './cookie-registry';
import { materialContent, POLICY_VERSION, policyVersionOf } from './policy-version';
import { changesSince, policyRevisions } from './policy-revisions';
import type { CookieEntry } from './registry-types';

const versionOf = (entries = registry, parties = thirdParties) => policyVersionOf(materialContent(entries, parties));
const uiCookie = cookieEntries.find((entry) => entry.name === 'clinixai-ui') as CookieEntry;

describe('policy version', () => {
  it('is a short fingerprint of the registry', () => {
    expect(POLICY_VERSION).toMatch(/^[0-9a-f]{12}$/);
    expect(versionOf()).toBe(POLICY_VERSION);
  });

  it('has a revision with a "what changed" note (add one to policy-revisions.ts when this fails)', () => {
    const newest = policyRevisions.at(-1);
    expect(newest?.version, 'the newest revision names the computed POLICY_VERSION').toBe(POLICY_VERSION);
    expect(newest?.changes.length).toBeGreaterThan(0);
  });

  it('does not change with wording, durations, names or order', () => {
    const reworded = registry.map((entry) => ({ ...entry, purpose: `${entry.purpose} Reworded.`, duration: 'about a while' }));
    expect(versionOf(reworded)).toBe(POLICY_VERSION);
    const renamed = registry.map((entry) => (entry === uiCookie ? { ...uiCookie, name: 'clinixai-preferences' } : entry));
    expect(versionOf(renamed)).toBe(POLICY_VERSION);
    expect(versionOf([...registry].reverse(), [...thirdParties].reverse())).toBe(POLICY_VERSION);
  });

  it('changes with a new purpose, a new category in use or a new third party', () => {
    expect(versionOf([...registry, { ...uiCookie, purposeKey: 'theme' }])).not.toBe(POLICY_VERSION);
    expect(versionOf([...registry, { ...uiCookie, category: 'analytics', purposeKey: 'usage-statistics' }])).not.toBe(POLICY_VERSION);
    expect(versionOf(registry, [...thirdParties, { name: 'Mapbox', purposeKey: 'maps', privacyPolicy: 'https://example.com' }])).not.toBe(POLICY_VERSION);
    expect(versionOf([...registry, { ...uiCookie, party: 'third' }])).not.toBe(POLICY_VERSION);
  });

  it('tells what changed since an older version, and the newest notes for an unknown one', () => {
    expect(changesSince(POLICY_VERSION)).toEqual([]);
    expect(changesSince('000000000000')).toEqual(policyRevisions.at(-1)?.changes);
  });
});
