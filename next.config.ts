import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A separate build directory lets tests and benchmarks build without touching the one `npm start` serves.
  distDir: process.env.CLINIXAI_DIST_DIR ?? '.next',
  // Native and WASM packages must be loaded by Node at run time, not bundled:
  // PGlite ships its own WASM and data files, argon2 a native binary, pino worker threads.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pg', 'pino'],
  typedRoutes: false,
};

export default nextConfig;
