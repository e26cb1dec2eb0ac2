import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * PGlite has no lock between processes: two processes on one data directory lose
 * writes silently. We hold an exclusive lock file for the life of the process.
 * A lock left by a dead process (kill -9, power loss) is taken over, because the PID
 * it names is no longer alive on this host.
 */
export class DataDirLockedError extends Error {
  constructor(readonly lockPath: string, readonly holderPid: number) {
    super(
      `The embedded database in ${path.dirname(lockPath)} is already in use by another ClinixAI process (PID ${holderPid}). ` +
        'Stop that process, or point CLINIXAI_DATA_DIR at another directory.',
    );
    this.name = 'DataDirLockedError';
  }
}

interface LockContent {
  pid: number;
  host: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockPath: string): LockContent | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Partial<LockContent>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') return { pid: parsed.pid, host: parsed.host };
  } catch {
    // An unreadable or half-written lock file is treated as stale.
  }
  return undefined;
}

/** Takes the lock or throws DataDirLockedError. Returns the function that releases it. */
export function acquireDataDirLock(lockPath: string): () => void {
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const mine: LockContent = { pid: process.pid, host: os.hostname() };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(mine), { flag: 'wx', mode: 0o600 });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        const holder = readHolder(lockPath);
        if (holder?.pid === process.pid) fs.rmSync(lockPath, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockPath);
      const stale = !holder || (holder.host === mine.host && holder.pid !== process.pid && !isAlive(holder.pid));
      if (!stale) throw new DataDirLockedError(lockPath, holder.pid);
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirLockedError(lockPath, readHolder(lockPath)?.pid ?? -1);
}
