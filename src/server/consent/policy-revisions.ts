/**
 * The history of material changes to the Cookie Policy. When the registry's material content changes, the
 * computed POLICY_VERSION changes, everyone is asked again, and policy-version.test.ts fails until a
 * revision with that version and a short "what changed" note (shown in the banner) is added here.
 */
export interface PolicyRevision {
  version: string;
  effective: { iso: string; label: string };
  /** Shown to people whose recorded consent was given under an earlier version. Short and plain. */
  changes: readonly string[];
}

export const policyRevisions: readonly PolicyRevision[] = [
  {
    version: 'dbba5f3e5cfb',
    effective: { iso: '2026-11-27', label: 'November 27, 2026' },
    changes: [
      'We now ask before setting a functional cookie (clinixai-ui) that remembers your display preferences.',
      'The cookie list now names every cookie we set, including those used during Google sign-in.',
    ],
  },
];

/** The Cookie Policy's "Last Updated" date: the newest revision's (wording-only edits move it too, by hand). */
export const COOKIE_POLICY_LAST_UPDATED = { iso: '2026-11-27', label: 'November 27, 2026' } as const;

/**
 * The notes for everything that changed after `version`. For a version this list does not know (older than
 * the history, or forged), the newest revision's notes: the person is asked again in any case.
 */
export function changesSince(version: string): string[] {
  const index = policyRevisions.findIndex((revision) => revision.version === version);
  const newer = index === -1 ? policyRevisions.slice(-1) : policyRevisions.slice(index + 1);
  return newer.flatMap((revision) => revision.changes);
}
