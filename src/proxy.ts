import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/config/env';

/**
 * Runs before every request: security headers on everything, a fresh CSP nonce for pages,
 * and an optimistic redirect to sign-in for signed-in areas when no session cookie is present.
 * This is never the access check: every page and use-case checks the principal itself.
 */
const SIGNED_IN_AREAS = ['/dashboard', '/patient', '/clinician', '/admin', '/platform', '/settings'];
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

const hasSessionCookie = (request: NextRequest) =>
  request.cookies.getAll().some((c) => SESSION_COOKIES.some((name) => c.name === name || c.name.startsWith(`${name}.`)));

const inArea = (pathname: string, areas: string[]) => areas.some((area) => pathname === area || pathname.startsWith(`${area}/`));

/** Where a sign-in form may lead: our own origin, and Google's sign-in page when Google is configured. */
function formActionSources(): string {
  const config = env();
  const google = config.AUTH_GOOGLE_ID ? new URL(config.AUTH_GOOGLE_ISSUER ?? 'https://accounts.google.com').origin : '';
  return ["'self'", google].filter(Boolean).join(' ');
}

function pagePolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // Radix positions popovers with inline style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action ${formActionSources()}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

// JSON and webhooks render nothing: nothing may load, nothing may frame them.
const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

function securityHeaders(response: NextResponse, request: NextRequest, csp: string, signedInArea: boolean): NextResponse {
  response.headers.set('content-security-policy', csp);
  response.headers.set('x-content-type-options', 'nosniff');
  // Signed-in URLs can name records; never tell another site where the person came from.
  response.headers.set('referrer-policy', signedInArea ? 'no-referrer' : 'strict-origin-when-cross-origin');
  response.headers.set('x-frame-options', 'DENY');
  response.headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()');
  response.headers.set('cross-origin-opener-policy', 'same-origin');
  if (request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https') {
    response.headers.set('strict-transport-security', 'max-age=63072000; includeSubDomains; preload');
  }
  return response;
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const signedInArea = inArea(pathname, SIGNED_IN_AREAS);
  if (pathname.startsWith('/api/')) return securityHeaders(NextResponse.next(), request, API_POLICY, false);

  if (signedInArea && !hasSessionCookie(request)) {
    const signIn = new URL('/sign-in', request.url);
    signIn.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  // NODE_ENV is inlined by Next.js at build time; development needs eval for React's debugging.
  const csp = pagePolicy(nonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', csp);
  return securityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), request, csp, signedInArea);
}

export const config = {
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
