import type { CookieEntry, Transport } from './registry-types';

/**
 * What Auth.js (next-auth 5, @auth/core defaultCookies) really sets. Over HTTPS it switches to the
 * __Secure- names (__Host- for the CSRF token) with the Secure attribute; every one is HttpOnly, SameSite=Lax,
 * Path=/. Listed per name, because the published policy lists the two session-token names separately.
 */
type AuthCookieFacts = Pick<CookieEntry, 'name' | 'purposeKey' | 'purpose' | 'duration' | 'lifetime'> &
  Partial<Pick<CookieEntry, 'match' | 'publishedOrder'>>;

const EIGHT_HOURS = { kind: 'max-age', seconds: 8 * 60 * 60, upTo: true } as const;
const FIFTEEN_MINUTES = { kind: 'max-age', seconds: 15 * 60, upTo: false } as const;
const SESSION = { kind: 'session' } as const;

function authCookie(transport: Exclude<Transport, 'any'>, facts: AuthCookieFacts): CookieEntry {
  return {
    kind: 'cookie',
    match: 'exact',
    category: 'necessary',
    party: 'first',
    setBy: 'server',
    provider: 'Auth.js',
    transport,
    httpOnly: true,
    secure: transport === 'https' ? 'always' : 'never',
    sameSite: 'Lax',
    path: '/',
    ...facts,
  };
}

const sessionPurpose = 'Authentication session token (JWT). Keeps you logged in securely.';
const chunkPurpose =
  'Continuation of the session token when it is too large for one cookie (named .0, .1, …); deleted with it.';
// Google sign-in round trip: set when "Continue with Google" starts, deleted when it completes.
const oauthChecks = [
  ['authjs.pkce.code_verifier', 'Google sign-in: a one-time proof (PKCE) that ties the sign-in to this browser.'],
  ['authjs.state', 'Google sign-in: protects the sign-in round trip against forgery (used when the sign-in provider asks for it).'],
  ['authjs.nonce', 'Google sign-in: ties the identity token to this sign-in (used when the sign-in provider asks for it).'],
] as const;

export const authCookies: readonly CookieEntry[] = [
  authCookie('http', { name: 'authjs.session-token', purposeKey: 'authentication-session', purpose: sessionPurpose, duration: '8 hours', lifetime: EIGHT_HOURS, publishedOrder: 1 }),
  authCookie('https', {
    name: '__Secure-authjs.session-token',
    purposeKey: 'authentication-session',
    purpose: 'Secure version of session token (production only). HTTP-only, SameSite=Lax.',
    duration: '8 hours',
    lifetime: EIGHT_HOURS,
    publishedOrder: 2,
  }),
  authCookie('http', { name: 'authjs.session-token', match: 'chunked', purposeKey: 'authentication-session', purpose: chunkPurpose, duration: '8 hours', lifetime: EIGHT_HOURS }),
  authCookie('https', { name: '__Secure-authjs.session-token', match: 'chunked', purposeKey: 'authentication-session', purpose: chunkPurpose, duration: '8 hours', lifetime: EIGHT_HOURS }),
  authCookie('http', {
    name: 'authjs.csrf-token',
    purposeKey: 'csrf-protection',
    purpose: 'CSRF protection token. Prevents cross-site request forgery attacks.',
    duration: 'Session',
    lifetime: SESSION,
    publishedOrder: 3,
  }),
  authCookie('https', {
    name: '__Host-authjs.csrf-token',
    purposeKey: 'csrf-protection',
    purpose: 'Secure version of the CSRF protection token (production only), bound to this exact host.',
    duration: 'Session',
    lifetime: SESSION,
  }),
  authCookie('http', { name: 'authjs.callback-url', purposeKey: 'sign-in-redirect', purpose: 'Stores redirect URL after authentication.', duration: 'Session', lifetime: SESSION, publishedOrder: 4 }),
  authCookie('https', {
    name: '__Secure-authjs.callback-url',
    purposeKey: 'sign-in-redirect',
    purpose: 'Secure version of the redirect URL after authentication (production only).',
    duration: 'Session',
    lifetime: SESSION,
  }),
  ...oauthChecks.flatMap(([name, purpose]) =>
    (['http', 'https'] as const).map((transport) =>
      authCookie(transport, {
        name: transport === 'https' ? `__Secure-${name}` : name,
        purposeKey: 'google-sign-in-checks',
        purpose,
        duration: '15 minutes',
        lifetime: FIFTEEN_MINUTES,
      }),
    ),
  ),
];
