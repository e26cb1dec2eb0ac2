// Maps a request path to the route template Next.js matched ("/patients/[id]"),
// using the routes manifest of the build, so logs never contain ids from URLs.
import fs from 'node:fs';
import path from 'node:path';

export function routeTemplateMatcher(projectDir, dev) {
  let manifest = { staticRoutes: [], dynamicRoutes: [] };
  const file = path.join(projectDir, process.env.CLINIXAI_DIST_DIR ?? '.next', 'routes-manifest.json');
  if (!dev && fs.existsSync(file)) manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  const statics = new Set(manifest.staticRoutes.map((r) => r.page));
  const dynamics = manifest.dynamicRoutes.map((r) => ({ page: r.page, regex: new RegExp(r.regex) }));
  return (pathname) => {
    const clean = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
    if (statics.has(clean)) return clean;
    if (clean.startsWith('/_next/')) return '/_next/*';
    for (const route of dynamics) if (route.regex.test(clean)) return route.page;
    return '(unmatched)';
  };
}
