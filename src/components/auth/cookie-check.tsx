'use client';

import { CookieIcon } from 'lucide-react';
import Link from 'next/link';
import { useSyncExternalStore } from 'react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';

/**
 * Strictly necessary, and listed in the cookie registry: written and deleted at once, only to learn whether
 * the browser accepts cookies from this site. It holds no information.
 */
export const COOKIE_CHECK_NAME = 'clinixai-cookie-check';

function cookiesBlocked(): boolean {
  if (navigator.cookieEnabled === false) return true;
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${COOKIE_CHECK_NAME}=1; Path=/; SameSite=Lax; Max-Age=60${secure}`;
  const accepted = document.cookie.split('; ').some((pair) => pair.startsWith(`${COOKIE_CHECK_NAME}=`));
  document.cookie = `${COOKIE_CHECK_NAME}=; Path=/; SameSite=Lax; Max-Age=0${secure}`;
  return !accepted;
}

// Checked once per page load: the answer does not change while the page is open. The server cannot know,
// so it renders nothing and the browser fills the answer in after hydration.
let checked: boolean | undefined;
const subscribe = () => () => {};
const snapshot = () => (checked ??= cookiesBlocked());
const serverSnapshot = () => false;

/** Tells the person plainly when their browser blocks cookies, because signing in cannot work without them. */
export function CookieCheck() {
  const blocked = useSyncExternalStore(subscribe, snapshot, serverSnapshot);
  if (!blocked) return null;
  return (
    <Alert role="alert" variant="warning">
      <CookieIcon aria-hidden="true" />
      <AlertTitle>Your browser is blocking cookies</AlertTitle>
      <AlertDescription>
        <p>
          ClinixAI needs its strictly necessary cookies to sign you in and keep you signed in. Allow cookies for this
          site in your browser settings, then reload this page. We set no advertising or tracking cookies.
        </p>
        <p>
          <Link href="/cookies" className="font-medium underline hover:no-underline">
            Read our Cookie Policy
          </Link>
        </p>
      </AlertDescription>
    </Alert>
  );
}
