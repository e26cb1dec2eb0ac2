// `npm start`: build when the sources are newer than the last build, then serve.
// Migrations and the demo seed run inside the server at start-up (src/instrumentation.ts).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const distDir = process.env.CLINIXAI_DIST_DIR ?? '.next';
const buildId = path.join(root, distDir, 'BUILD_ID');
const inputs = ['src', 'public', 'next.config.ts', 'package.json', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'];

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/**
 * Runs a child and resolves with its exit status. A supervisor that stops `npm start` with a
 * signal must stop the build or the server too, not leave it running as an orphan.
 */
let stopping = false;
function run(args, stdio) {
  const child = spawn(process.execPath, args, { stdio, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const forward = (signal) => {
    stopping = true;
    child.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, forward);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      for (const name of ['SIGINT', 'SIGTERM']) process.off(name, forward);
      resolve(stopping ? 0 : (code ?? 1));
    });
  });
}

const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
if (builtAt === 0 || inputs.some((entry) => newestMtime(entry) > builtAt)) {
  process.stdout.write('Building ClinixAI (the first start takes a minute or two)...\n');
  const status = await run([path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], ['ignore', 'inherit', 'inherit']);
  if (stopping) process.exit(0);
  if (status !== 0) {
    process.stderr.write('\nThe build failed; see the messages above.\n');
    process.exit(status || 1);
  }
}

process.exit(await run([path.join(root, 'scripts', 'serve.mjs')], 'inherit'));
