import { chainVerifier, type ChainResult } from './consent-log-chain';
import { consentLogRows } from './consent-log.repo';

/** Walks the whole consent log in order and reports OK with the head hash, or the first broken row. */
export async function verifyConsentLog(): Promise<ChainResult> {
  const verifier = chainVerifier();
  for await (const batch of consentLogRows()) {
    for (const row of batch) {
      if (!verifier.check(row)) return verifier.result();
    }
  }
  return verifier.result();
}
