// Verifies the audit trail's hash chains on the configured database (DATABASE_URL, or the embedded
// database in CLINIXAI_DATA_DIR): every row is recomputed in TypeScript, clinic by clinic, and checked
// against its stored hash and its link to the row before it.
//
//   npm run audit:verify
//
// Prints the rows checked and each clinic's head hash. Exit status: 0 intact, 1 broken, 2 could not
// check. The embedded database allows one process at a time: stop the platform first (PostgreSQL can
// be checked while it runs). Keep the printed head hashes somewhere else: removing a clinic's newest
// rows can only be detected against them.
import { closeDatabase } from '../src/db/instance.ts';
import { verifyAuditLog } from '../src/server/audit/verify-audit-log.ts';

const describeBreak = (broken) =>
  broken.reason === 'hash-mismatch'
    ? `row seq ${broken.seq} does not match its hash (edited)`
    : `row seq ${broken.seq} does not link to the row before it (a row was removed, inserted or re-hashed)`;

let status = 2;
try {
  const result = await verifyAuditLog();
  process.stdout.write(`Audit trail: ${result.rowsChecked} row(s) checked in ${result.chains.length} chain(s).\n`);
  for (const chain of result.chains) {
    const label = chain.clinicId ? `${chain.clinicName ?? 'unknown clinic'} (${chain.clinicId})` : 'platform (no clinic)';
    if (chain.broken) process.stdout.write(`BROKEN  ${label}: ${describeBreak(chain.broken)}; ${chain.rows} row(s) before it verify.\n`);
    else process.stdout.write(`OK      ${label}: ${chain.rows} row(s), head hash ${chain.headHash}\n`);
  }
  status = result.ok ? 0 : 1;
  process.stdout.write(result.ok ? 'OK: every chain is intact.\n' : 'BROKEN: the audit trail was tampered with.\n');
} catch (error) {
  process.stderr.write(`Could not verify the audit trail: ${error instanceof Error ? error.message : String(error)}\n`);
} finally {
  await closeDatabase().catch(() => undefined);
}
process.exit(status);
