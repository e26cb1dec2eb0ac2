import fs from 'node:fs';
import path from 'node:path';

/**
 * The public pages, discovered from the file system so that a new page under src/app/(public)
 * is checked without anyone remembering to list it. Route groups "(name)" add no URL segment;
 * private folders "_name" and parallel slots "@name" are not pages; dynamic segments "[id]"
 * need data, so their pages are left to the specs of their feature.
 */
export function publicPagePaths(): string[] {
  const root = path.join(process.cwd(), 'src', 'app', '(public)');
  const found: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isFile() && /^page\.(tsx|ts|jsx|js|mdx)$/.test(entry.name)) found.push(`/${segments.join('/')}`);
      if (!entry.isDirectory() || /^[_@[]/.test(entry.name)) continue;
      const group = /^\(.*\)$/.test(entry.name);
      walk(path.join(dir, entry.name), group ? segments : [...segments, entry.name]);
    }
  };
  if (fs.existsSync(root)) walk(root, []);
  // The pages the product promises must be checked even if their file went missing.
  return [...new Set(['/', '/privacy', '/terms', '/contact', '/cookies', ...found])].sort();
}

/** The signed-in dashboards, one per role, with the demo account that holds the role. */
export const roleDashboards = [
  { path: '/patient', email: 'patient@riverside.example' },
  { path: '/clinician', email: 'dr.lee@riverside.example' },
  { path: '/admin', email: 'admin@riverside.example' },
  { path: '/platform', email: 'platform@clinixai.example' },
] as const;
