import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Runs a TypeScript file of src/db/testing in a real second Node process (through tsx), for
 * behaviour that only exists between processes: file locks, crashes, restarts. The child
 * reports on stdout, one line per event; the test reads the lines as they come.
 */
export interface ChildScript {
  readonly process: ChildProcess;
  readonly pid: number;
  /** Every stdout line so far. */
  readonly lines: string[];
  /** Resolves with the first line (already seen or future) that matches; rejects if the child exits first. */
  waitForLine(matches: (line: string) => boolean, purpose: string): Promise<string>;
  /** Resolves when the child has exited, with its code or the signal that ended it. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** What the child wrote to stderr, for failure messages. */
  stderr(): string;
}

export function runChildScript(script: string, args: string[]): ChildScript {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(path.dirname(fileURLToPath(import.meta.url)), script), ...args], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`could not start ${script}`);
  const lines: string[] = [];
  const listeners = new Set<() => void>();
  let stdoutRest = '';
  let stderrText = '';
  let hasExited = false;
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (stdoutRest + chunk).split('\n');
    stdoutRest = parts.pop() ?? '';
    lines.push(...parts);
    for (const listener of listeners) listener();
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderrText += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => {
      hasExited = true;
      for (const listener of listeners) listener();
      resolve({ code, signal });
    });
  });
  const waitForLine = (matches: (line: string) => boolean, purpose: string) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const found = lines.find(matches);
        if (found !== undefined) {
          listeners.delete(check);
          resolve(found);
        } else if (hasExited) {
          listeners.delete(check);
          reject(new Error(`${script} exited before ${purpose}.\nstdout:\n${lines.join('\n')}\nstderr:\n${stderrText}`));
        }
      };
      listeners.add(check);
      check();
    });
  return { process: child, pid: child.pid, lines, waitForLine, exited, stderr: () => stderrText };
}

/** Parses a child's JSON report line. */
export function parseReport<T>(line: string): T {
  return JSON.parse(line) as T;
}
