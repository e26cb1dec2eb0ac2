import { openDatabase } from '../client';

/**
 * Child process for lock tests: tries to open the embedded database in a data directory and
 * reports one JSON line. With "hold" it keeps the database open until it receives SIGTERM.
 * Usage: open-data-dir-child.ts <dataDir> [hold]
 */
const [dataDir, mode] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: open-data-dir-child.ts <dataDir> [hold]');

try {
  const handle = await openDatabase({ engine: 'pglite', dataDir });
  await handle.ping();
  if (mode === 'hold') {
    // Listening before reporting: the test may send SIGTERM as soon as it reads the report.
    process.on('SIGTERM', () => {
      void handle.close().then(() => process.exit(0));
    });
    // Keeps the event loop alive while the test works against the held directory.
    setInterval(() => undefined, 60_000);
  } else {
    await handle.close();
  }
  process.stdout.write(`${JSON.stringify({ opened: true, pid: process.pid })}\n`);
} catch (error) {
  const failure = error instanceof Error ? { name: error.name, message: error.message } : { name: 'unknown', message: String(error) };
  process.stdout.write(`${JSON.stringify({ opened: false, ...failure })}\n`);
  process.exitCode = 2;
}
