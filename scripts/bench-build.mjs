// The bench's own Next.js build, in a separate directory so it never touches the build that
// `npm start` serves, and without leaving the project's files changed behind it.
import fs from 'node:fs';
import path from 'node:path';
import { startChild, stop } from './bench-processes.mjs';

const root = process.cwd();
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

/**
 * Builds into its own directory so the bench never touches the build `npm start` serves.
 * `next build` rewrites tsconfig.json and next-env.d.ts to mention the build directory;
 * those files belong to the project, so they are put back when only that changed.
 * @param {string} distDir
 * @param {number} timeoutMs
 */
export async function build(distDir, timeoutMs) {
  const guarded = ['tsconfig.json', 'next-env.d.ts'].map(snapshot);
  const child = startChild('next build', [nextBin, 'build'], { ...process.env, CLINIXAI_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' }, { inherit: true });
  const timer = setTimeout(() => void stop(child), timeoutMs);
  const code = await child.exited;
  clearTimeout(timer);
  const restored = guarded.filter((file) => restoreIfOnlyDistDirChanged(file, distDir));
  if (restored.length > 0) process.stdout.write(`(put back ${restored.map((f) => f.name).join(' and ')} after next build rewrote them for ${distDir})\n`);
  if (code !== 0) throw new Error(`next build exited with ${code ?? 'a signal (timeout?)'}`);
}

/** @param {string} name */
function snapshot(name) {
  const file = path.join(root, name);
  return { name, file, before: fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined };
}

/**
 * Restores a snapshot only if the file's changes all mention the bench build directory,
 * so an edit someone else made meanwhile is never overwritten.
 * @param {{ name: string, file: string, before: string | undefined }} snap
 * @param {string} distDir
 */
function restoreIfOnlyDistDirChanged(snap, distDir) {
  if (snap.before === undefined || !fs.existsSync(snap.file)) return false;
  const now = fs.readFileSync(snap.file, 'utf8');
  if (now === snap.before) return false;
  const benchOnly = snap.name.endsWith('.json') ? jsonSameWithout(now, snap.before, distDir) : now.includes(distDir);
  if (benchOnly) fs.writeFileSync(snap.file, snap.before);
  else process.stdout.write(`(${snap.name} changed during the build, not only by it: left as it is; check git diff)\n`);
  return benchOnly;
}

/**
 * @param {string} now
 * @param {string} before
 * @param {string} distDir
 */
function jsonSameWithout(now, before, distDir) {
  try {
    const parsed = JSON.parse(now);
    if (Array.isArray(parsed.include)) parsed.include = parsed.include.filter((/** @type {string} */ p) => !p.startsWith(`${distDir}/`));
    return JSON.stringify(parsed) === JSON.stringify(JSON.parse(before));
  } catch {
    return false;
  }
}
