// `npm start`: build when the sources are newer than the last build, then serve.
// Migrations and the demo seed run inside the server at start-up (src/instrumentation.ts).
import { spawnSync } from 'node:child_process';
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

const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
if (builtAt === 0 || inputs.some((entry) => newestMtime(entry) > builtAt)) {
  process.stdout.write('Building ClinixAI (the first start takes a minute or two)...\n');
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) {
    process.stderr.write('\nThe build failed; see the messages above.\n');
    process.exit(build.status ?? 1);
  }
}

const server = spawnSync(process.execPath, [path.join(root, 'scripts', 'serve.mjs')], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
process.exit(server.status ?? 0);
