import { env } from '@/config/env';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for our own routes (Auth.js protects its routes with a double-submit token):
 * a state-changing request carrying cookies must come from a page of our own origin.
 * Browsers always send Origin on cross-site POSTs and cannot forge it or Host.
 */
export function isSameOriginRequest(request: Request): boolean {
  if (SAFE_METHODS.has(request.method)) return true;
  const origin = request.headers.get('origin');
  if (!origin) return false;
  let originUrl: URL;
  try {
    originUrl = new URL(origin);
  } catch {
    return false;
  }
  const configured = env().AUTH_URL;
  if (configured) return originUrl.origin === new URL(configured).origin;
  const host = request.headers.get('host');
  return host !== null && originUrl.host === host;
}
