import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import Google from 'next-auth/providers/google';
import { cookies, headers } from 'next/headers';
import { consentAtSignIn } from '@/server/consent/consent-at-sign-in';
import { isHttpsRequest } from '@/server/consent/cookie-writes';
import { notifyNewSignIn } from '@/server/notifications/notify-new-sign-in';
import { logger } from '@/server/platform/logger';
import { env } from '@/config/env';
import { runtimeSecrets } from '@/server/platform/runtime-secrets';
import { authAdapter } from './auth-adapter.repo';
import { safeRedirect } from './safe-redirect';
import { mayUseGoogleIdentity } from './google-sign-in-policy';
import { liveSessionUserId, remainingSessionSeconds } from './session-cookie';
import { absoluteExpiry } from './session-policy';
import { refreshSessionToken, type ActiveRole } from './session-token';
import { signInWithPassword } from './sign-in-with-password';
import { revokeSession } from './users.repo';

class RateLimited extends CredentialsSignin {
  override code = 'rate_limited';
}
class EmailUnverified extends CredentialsSignin {
  override code = 'email_unverified';
}

/** The client IP as scripts/serve.mjs saw it (it overwrites any value a client sends). */
const clientIp = (request: Request) => request.headers.get('x-clinixai-client-ip') ?? 'unknown';

/** Cookies of the request being served: from the Request for route handlers, else from next/headers. */
async function cookieReader(request: Request | undefined): Promise<(name: string) => string | undefined> {
  if (request && 'cookies' in request) {
    const jar = (request as Request & { cookies: { get(name: string): { value: string } | undefined } }).cookies;
    return (name) => jar.get(name)?.value;
  }
  try {
    const jar = await cookies();
    return (name) => jar.get(name)?.value;
  } catch {
    return () => undefined; // outside a request (start-up, scripts): no session to read
  }
}

async function buildConfig(request: Request | undefined): Promise<NextAuthConfig> {
  const config = env();
  const secret = runtimeSecrets().authSecret;
  const maxAge = await remainingSessionSeconds(await cookieReader(request), secret);
  const idleTimeoutMs = config.CLINIXAI_IDLE_TIMEOUT_MINUTES * 60_000;
  const google =
    config.AUTH_GOOGLE_ID && config.AUTH_GOOGLE_SECRET
      ? [
          Google({
            clientId: config.AUTH_GOOGLE_ID,
            clientSecret: config.AUTH_GOOGLE_SECRET,
            // Without an explicit issuer the provider always goes to Google (DESIGN.md, known traps).
            issuer: config.AUTH_GOOGLE_ISSUER ?? 'https://accounts.google.com',
            // Linking is allowed only for verified emails: enforced in the signIn callback below.
            allowDangerousEmailAccountLinking: true,
          }),
        ]
      : [];
  return {
    secret,
    // Without AUTH_URL the platform runs locally; scripts/serve.mjs strips X-Forwarded-* unless AUTH_TRUST_HOST.
    trustHost: true,
    adapter: await authAdapter(),
    session: { strategy: 'jwt', maxAge },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        authorize: async (credentials, request) => {
          const outcome = await signInWithPassword(credentials, clientIp(request));
          if (outcome.ok) return outcome.user;
          if (outcome.reason === 'rate_limited') throw new RateLimited();
          if (outcome.reason === 'email_unverified') throw new EmailUnverified();
          return null;
        },
      }),
      ...google,
    ],
    callbacks: {
      signIn: async ({ account, profile }) => {
        if (account?.provider !== 'google') return true;
        const allowed = await mayUseGoogleIdentity({
          emailVerified: profile?.email_verified === true,
          providerAccountId: account.providerAccountId,
          signedInUserId: async () => liveSessionUserId(await cookieReader(undefined), secret),
        });
        return allowed || '/sign-in?error=google_email_unverified';
      },
      jwt: ({ token, user, trigger, session }) => {
        const requested = trigger === 'update' ? (session as { active?: ActiveRole } | undefined)?.active : undefined;
        return refreshSessionToken(token, user?.id, requested, Date.now(), idleTimeoutMs);
      },
      session: ({ session, token }) => {
        session.user.id = token.uid ?? '';
        session.sessionId = token.sid ?? '';
        session.signedInAt = token.signedInAt ?? 0;
        session.expiresAtAbsolute = absoluteExpiry(token.signedInAt ?? 0).toISOString();
        session.active = token.active ?? null;
        session.idleTimeoutMs = token.active && token.active.role !== 'patient' ? idleTimeoutMs : 0;
        return session;
      },
      redirect: ({ url, baseUrl }) => safeRedirect(url, baseUrl),
    },
    events: {
      // Consent follows the person (Cookie Policy): the device's choice becomes the account's, or a device
      // without one takes the account's choice from another device.
      signIn: async ({ user, account }) => {
        if (!user.id) return;
        try {
          const [jar, requestHeaders] = await Promise.all([cookies(), headers()]);
          // A device this account has not used before gets the "new sign-in" notice (never fails the sign-in).
          await notifyNewSignIn({ userId: user.id, userAgent: requestHeaders.get('user-agent'), ip: requestHeaders.get('x-clinixai-client-ip'), method: account?.provider === 'google' ? 'google' : 'password' });
          const request = { cookie: (name: string) => jar.get(name)?.value, header: (name: string) => requestHeaders.get(name) };
          const writes = await consentAtSignIn(user.id, request, isHttpsRequest(requestHeaders));
          for (const { name, value, ...options } of writes) jar.set(name, value, options);
        } catch (error) {
          // Never block a sign-in over the consent log; the next choice made while signed in links it.
          logger().warn({ errorType: error instanceof Error ? error.name : typeof error }, 'could not link device consent at sign-in');
        }
      },
      signOut: async (message) => {
        const token = 'token' in message ? message.token : null;
        if (token?.uid && token.sid && token.signedInAt) {
          await revokeSession(token.uid, token.sid, absoluteExpiry(token.signedInAt));
        }
      },
    },
  };
}

export const { handlers, auth, signIn, signOut, unstable_update: updateSession } = NextAuth(buildConfig);
