/**
 * Next.js calls register() once per server process before serving requests. Start-up
 * (configuration, database, migrations, demo seed) happens here, and never during `next build`.
 */
export async function register() {
  // Next.js replaces NEXT_RUNTIME at build time; NEXT_PHASE tells a build worker from a server.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { boot } = await import('./server/platform/boot');
  await boot();
}
