import { DrizzleAdapter } from '@auth/drizzle-adapter';
import type { Adapter } from 'next-auth/adapters';
import { db } from '@/db/instance';
import { accounts, users, verificationTokens } from '@/db/schema/auth';

/** Auth.js stores Google identities and links them to users through this adapter. */
export async function authAdapter(): Promise<Adapter> {
  return DrizzleAdapter(await db(), {
    usersTable: users,
    accountsTable: accounts,
    verificationTokensTable: verificationTokens,
  });
}
