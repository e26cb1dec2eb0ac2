import { describe, expect, it } from 'vitest';
import { decodeUiPreferences, encodeUiPreferences } from './ui-preferences-cookie';
import { uiPreferencesSchema } from './ui-preferences.schemas';

const preferences = {
  sidebarCollapsed: true,
  rolePreference: { role: 'clinician' as const, clinicId: '3f1c9a52-0d7e-4c4b-9a8e-6f1b2c3d4e5f' },
  dashboard: { showTomorrow: true, rows: 10 },
  notifications: { inApp: true },
};

describe('UI preferences', () => {
  it('round-trips through the cookie value', () => {
    expect(decodeUiPreferences(encodeUiPreferences(preferences))).toEqual(preferences);
  });

  it('ignores cookie values that are not valid preferences', () => {
    expect(decodeUiPreferences(undefined)).toBeNull();
    expect(decodeUiPreferences('!!!')).toBeNull();
    expect(decodeUiPreferences(Buffer.from('{"sidebarCollapsed":"yes"}').toString('base64url'))).toBeNull();
  });

  it('names the offending field', () => {
    const result = uiPreferencesSchema.safeParse({ sidebarCollapsed: 'yes', rolePreference: { role: 'king', clinicId: null } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['sidebarCollapsed', 'rolePreference.role']);
  });

  it('refuses unknown fields and anything over the size cap', () => {
    expect(uiPreferencesSchema.safeParse({ theme: 'dark' }).success).toBe(false);
    const dashboard = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`setting${i}`, 'x'.repeat(90)]));
    const result = uiPreferencesSchema.safeParse({ dashboard });
    expect(result.error?.issues[0]?.message).toMatch(/at most 1024 bytes/);
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`s${i}`, true]));
    expect(uiPreferencesSchema.safeParse({ dashboard: many }).error?.issues[0]?.path).toEqual(['dashboard']);
  });
});
