import fs from 'node:fs';

/** The request log scripts/serve.mjs writes to stdout, as tests/e2e/support/web-server.mjs saved it. */
export function serverLogPath(): string {
  const file = process.env.CLINIXAI_E2E_SERVER_LOG;
  if (!file) throw new Error('CLINIXAI_E2E_SERVER_LOG is set by playwright.config.ts');
  return file;
}

export function readServerLog(): string {
  return fs.existsSync(serverLogPath()) ? fs.readFileSync(serverLogPath(), 'utf8') : '';
}

export interface RequestLogLine {
  msg: string;
  method?: string;
  route?: string;
  status?: number;
  [key: string]: unknown;
}

/** The JSON request lines of the log; other output (the start-up banner) is skipped. */
export function requestLines(log: string): RequestLogLine[] {
  return log
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as RequestLogLine)
    .filter((line) => line.msg === 'request');
}
