// Verifies the consent log's hash chain on the configured database (DATABASE_URL, or the embedded
// database in CLINIXAI_DATA_DIR) and prints OK with the head hash, or the first broken row.
//
//   node --import tsx scripts/verify-consent-log.mjs
//
// Exit status: 0 intact, 1 broken, 2 could not check. The embedded database allows one process at a
// time: stop the platform first (PostgreSQL can be checked while it runs). Keep the printed head hash
// somewhere else: removing the newest rows can only be detected against it.
import { closeDatabase } from '../src/db/instance.ts';
import { verifyConsentLog } from '../src/server/consent/verify-consent-log.ts';

let status = 2;
try {
  const result = await verifyConsentLog();
  if (result.ok) {
    process.stdout.write(`OK: ${result.rows} consent record(s), chain intact. Head hash: ${result.headHash}\n`);
    status = 0;
  } else {
    const what = result.reason === 'hash-mismatch' ? 'its content does not match its hash (edited)' : 'it does not link to the row before it (a row was removed, inserted or re-hashed)';
    process.stdout.write(`BROKEN at seq ${result.seq}: ${what}. ${result.rowsBefore} record(s) before it verify.\n`);
    status = 1;
  }
} catch (error) {
  process.stderr.write(`Could not verify the consent log: ${error instanceof Error ? error.message : String(error)}\n`);
} finally {
  await closeDatabase().catch(() => undefined);
}
process.exit(status);
