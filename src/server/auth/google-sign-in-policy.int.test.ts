import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useDatabaseForTesting } from '@/db/instance';
import { accounts, users } from '@/db/schema/auth';
import { createTestDatabase } from '@/db/testing/test-database';
import { mayUseGoogleIdentity } from './google-sign-in-policy';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  const [user] = await handle.db.insert(users).values({ email: 'linked@example.org', name: 'Linked Person' }).returning();
  await handle.db.insert(accounts).values({ userId: user!.id, type: 'oidc', provider: 'google', providerAccountId: 'google-linked-1' });
});

const nobodySignedIn = async () => undefined;

describe('who may use a Google identity', () => {
  it('allows any identity whose email Google verified', async () => {
    expect(await mayUseGoogleIdentity({ emailVerified: true, providerAccountId: 'google-new', signedInUserId: nobodySignedIn })).toBe(true);
  });

  it('refuses an unverified email that is neither linked nor being linked by a signed-in person', async () => {
    expect(await mayUseGoogleIdentity({ emailVerified: false, providerAccountId: 'google-new', signedInUserId: nobodySignedIn })).toBe(false);
  });

  it('allows an unverified email already linked, or linked now by a signed-in person', async () => {
    expect(await mayUseGoogleIdentity({ emailVerified: false, providerAccountId: 'google-linked-1', signedInUserId: nobodySignedIn })).toBe(true);
    expect(await mayUseGoogleIdentity({ emailVerified: false, providerAccountId: 'google-new', signedInUserId: async () => 'some-user' })).toBe(true);
  });
});
