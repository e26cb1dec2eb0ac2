import fs from 'node:fs';
import path from 'node:path';

/**
 * What the application really serves, read from the file system and the build output, so the
 * authorization matrix covers every route and server action without a hand-kept list.
 */
export interface PageRoute {
  kind: 'page';
  template: string;
}
export interface ApiRoute {
  kind: 'api';
  template: string;
  methods: string[];
}
export interface ServerAction {
  id: string;
  key: string;
  /** A page template whose bundle contains the action; Next.js serves the action there. */
  pagePath: string;
}

const appDir = path.join(process.cwd(), 'src', 'app');
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

function templateOf(relativeDir: string): string {
  const segments = relativeDir
    .split(path.sep)
    .filter((s) => s !== '' && !(s.startsWith('(') && s.endsWith(')')));
  return `/${segments.join('/')}`;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

export function pageRoutes(): PageRoute[] {
  return walk(appDir)
    .filter((file) => /\/page\.tsx?$/.test(file))
    .map((file) => ({ kind: 'page' as const, template: templateOf(path.relative(appDir, path.dirname(file))) }))
    .sort((a, b) => a.template.localeCompare(b.template));
}

export function apiRoutes(): ApiRoute[] {
  return walk(appDir)
    .filter((file) => /\/route\.ts$/.test(file))
    .map((file) => {
      const source = fs.readFileSync(file, 'utf8');
      const methods = HTTP_METHODS.filter((m) => new RegExp(`export\\s+(const|(async\\s+)?function)\\s+(\\{[^}]*\\b${m}\\b[^}]*\\}|${m}\\b)`).test(source));
      return { kind: 'api' as const, template: templateOf(path.relative(appDir, path.dirname(file))), methods };
    })
    .sort((a, b) => a.template.localeCompare(b.template));
}

/** Every server action the build registered, keyed "file#export" (inline page actions included). */
export function serverActions(distDir = '.next-e2e'): ServerAction[] {
  const manifestPath = path.join(process.cwd(), distDir, 'server', 'server-reference-manifest.json');
  type Entry = { filename?: string; exportedName?: string; workers: Record<string, unknown> };
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as { node: Record<string, Entry> };
  return Object.entries(manifest.node)
    .map(([id, entry]) => {
      const worker = Object.keys(entry.workers).find((w) => w.endsWith('/page')) ?? 'app/page';
      const pagePath = templateOf(worker.replace(/^app\//, '').replace(/\/?page$/, '').split('/').join(path.sep));
      return { id, key: `${entry.filename ?? '?'}#${entry.exportedName ?? '?'}`, pagePath };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}
