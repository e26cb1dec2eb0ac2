import { and, eq, gt, like } from 'drizzle-orm';
import { db } from '@/db/instance';
import { verificationTokens } from '@/db/schema/auth';

/** Stores the token's hash; the plain token exists only in the emailed link. */
export async function storeToken(identifier: string, tokenHash: string, expires: Date): Promise<void> {
  const database = await db();
  await database.transaction(async (tx) => {
    // One live link per purpose and address: asking again invalidates the previous link.
    await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, identifier));
    await tx.insert(verificationTokens).values({ identifier, token: tokenHash, expires });
  });
}

/**
 * Deletes and returns the token's identifier in one statement, so a link works exactly once.
 * Looked up by hash alone: the link carries no email address.
 */
export async function consumeToken(identifierPrefix: string, tokenHash: string, now: Date): Promise<string | undefined> {
  const rows = await (await db())
    .delete(verificationTokens)
    .where(
      and(
        like(verificationTokens.identifier, `${identifierPrefix}%`),
        eq(verificationTokens.token, tokenHash),
        gt(verificationTokens.expires, now),
      ),
    )
    .returning({ identifier: verificationTokens.identifier });
  return rows[0]?.identifier;
}
