/**
 * What the sign-in page says about the address it was opened with: Auth.js errors (?error=, ?code=),
 * and the outcomes of signing out, resetting a password and the inactivity timeout.
 * No message says whether an account exists.
 */
export type SignInNotice = { tone: 'error' | 'info' | 'success'; title: string; message: string; suggestReset?: boolean };

type Params = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const generic: SignInNotice = {
  tone: 'error',
  title: 'You are not signed in',
  message: 'Signing in did not work this time. Please try again; if it keeps happening, contact us.',
};

function credentialsNotice(code: string | undefined): SignInNotice {
  if (code === 'rate_limited') {
    return { tone: 'error', title: 'Too many attempts', message: 'Too many attempts. Wait 15 minutes before trying again, or reset your password.', suggestReset: true };
  }
  if (code === 'email_unverified') {
    return {
      tone: 'error',
      title: 'Confirm your email address first',
      message: 'Open the link we emailed you when you signed up. If it has expired, choose a new password through “Forgot your password?”: that confirms your address too.',
    };
  }
  return { tone: 'error', title: 'You are not signed in', message: 'That email and password do not match an account.' };
}

function errorNotice(error: string, code: string | undefined): SignInNotice {
  switch (error) {
    case 'CredentialsSignin':
      return credentialsNotice(code);
    case 'google_email_unverified':
      return {
        tone: 'error',
        title: 'Google did not confirm this email address',
        message:
          'Google says the email address of that Google account is not verified, so we cannot use it to sign you in. Sign in with your email and password instead; you can link Google later from your settings.',
      };
    case 'OAuthAccountNotLinked':
      return {
        tone: 'error',
        title: 'Sign in with your password',
        message: 'Sign in with your email and password this time; you can link Google later from your settings.',
      };
    case 'SessionRequired':
      return { tone: 'info', title: 'Sign in to continue', message: 'That page needs you to be signed in.' };
    default:
      // Configuration, AccessDenied, Verification and anything unexpected: nothing to act on but retrying.
      return generic;
  }
}

export function signInNotice(params: Params, idleMinutes: number): SignInNotice | null {
  const error = first(params.error);
  if (error) return errorNotice(error, first(params.code));
  if (first(params.reason) === 'idle') {
    return {
      tone: 'info',
      title: 'You were signed out',
      message: `For your patients’ privacy, staff are signed out after ${idleMinutes} minutes without activity. Sign in again to continue.`,
    };
  }
  if (first(params.reason) === 'ended') {
    return { tone: 'info', title: 'Your session has ended', message: 'Sign in again to continue.' };
  }
  if (first(params.reset) === 'done') {
    return { tone: 'success', title: 'Your password was changed', message: 'Sign in with your new password. Every other session of your account was signed out.' };
  }
  const signedOut = first(params.signedOut);
  if (signedOut === 'all') {
    return { tone: 'success', title: 'You are signed out everywhere', message: 'Every session of your account has ended, on this device and any other.' };
  }
  if (signedOut) return { tone: 'success', title: 'You are signed out', message: 'See you next time.' };
  return null;
}
