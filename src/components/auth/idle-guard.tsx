'use client';

import { AlertDialog } from 'radix-ui';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { FormAction } from './form-state';
import { SubmitButton } from './submit-button';

/** The server counts activity only when the browser asks for the session; ask at most this often. */
const PING_EVERY_MS = 60_000;
/** How long before the timeout the warning appears. */
const WARN_BEFORE_MS = 60_000;
/** Wait this long past the timeout before checking, so the server's clock has certainly passed it too. */
const GRACE_MS = 5_000;
/** Tabs of the same browser tell each other about activity, so a busy tab keeps a quiet one from warning. */
const CHANNEL_NAME = 'clinixai-activity';

type ActivityMessage = { type: 'activity'; at: number };

const isActivityMessage = (data: unknown): data is ActivityMessage =>
  typeof data === 'object' && data !== null && (data as ActivityMessage).type === 'activity' && typeof (data as ActivityMessage).at === 'number';

function leave(reason: 'idle' | 'ended') {
  // A full page load that replaces the history entry, not a client navigation: nothing of the signed-in page
  // stays in memory, and Back does not bring it up again.
  window.location.replace(`/sign-in?reason=${reason}`);
}

/**
 * Staff inactivity warning. The session token refuses a staff session once it has gone unused for
 * `timeoutMs`; "used" means the browser fetched /api/auth/session, which re-issues the token with a fresh
 * lastActivity. This component fetches it when the person is active (at most once a minute), warns a minute
 * before the limit, and at the limit checks with the server and leaves for the sign-in page.
 */
export function IdleGuard({ timeoutMs, signOut }: { timeoutMs: number; signOut: FormAction }) {
  /** When the server last counted activity, as far as this tab knows (the send time of the last good ping). */
  const lastConfirmed = useRef(0);
  const activeSincePing = useRef(false);
  const inFlight = useRef(false);
  const leaving = useRef(false);
  const warningOpen = useRef(false);
  const channel = useRef<BroadcastChannel | null>(null);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);

  const ping = useCallback(async (atTimeout = false) => {
    if (inFlight.current || leaving.current) return;
    inFlight.current = true;
    const sentAt = Date.now();
    try {
      const response = await fetch('/api/auth/session', { cache: 'no-store', credentials: 'same-origin', headers: { accept: 'application/json' } });
      if (!response.ok) return; // the server is unwell; it still decides on the next request
      const session = (await response.json()) as { user?: unknown } | null;
      if (!session?.user) {
        leaving.current = true;
        leave(atTimeout || Date.now() >= lastConfirmed.current + timeoutMs ? 'idle' : 'ended');
        return;
      }
      lastConfirmed.current = Math.max(lastConfirmed.current, sentAt);
      channel.current?.postMessage({ type: 'activity', at: sentAt } satisfies ActivityMessage);
    } catch {
      // Offline: keep counting down locally; the server refuses the token on its own at the limit.
    } finally {
      inFlight.current = false;
    }
  }, [timeoutMs]);

  const onActivity = useCallback(() => {
    // While the warning is open only "Stay signed in" extends the session: a stray key press should not.
    if (warningOpen.current) return;
    activeSincePing.current = true;
    if (Date.now() - lastConfirmed.current >= PING_EVERY_MS) {
      activeSincePing.current = false;
      void ping();
    }
  }, [ping]);

  const staySignedIn = useCallback(() => {
    warningOpen.current = false;
    setSecondsLeft(null);
    activeSincePing.current = false;
    void ping();
  }, [ping]);

  useEffect(() => {
    // Opening a page is activity, but a server-rendered page cannot refresh the session cookie itself.
    lastConfirmed.current = Date.now();
    void ping();

    if (typeof BroadcastChannel !== 'undefined') {
      channel.current = new BroadcastChannel(CHANNEL_NAME);
      channel.current.onmessage = (event: MessageEvent<unknown>) => {
        if (isActivityMessage(event.data)) lastConfirmed.current = Math.max(lastConfirmed.current, event.data.at);
      };
    }

    const onVisibility = () => {
      if (document.visibilityState === 'visible') onActivity();
    };
    window.addEventListener('pointerdown', onActivity, { capture: true, passive: true });
    window.addEventListener('keydown', onActivity, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisibility);

    // One clock drives pings, the warning and the timeout. Computed from Date.now(), so a tab whose timers
    // the browser slowed down in the background still acts on time when it wakes.
    const timer = window.setInterval(() => {
      if (leaving.current) return;
      const now = Date.now();
      const left = lastConfirmed.current + timeoutMs - now;
      // Activity not yet reported is reported before any warning is considered, so the warning never
      // appears to someone who was working; a ping in flight may still move the limit, so wait for it.
      if (activeSincePing.current && !warningOpen.current && (now - lastConfirmed.current >= PING_EVERY_MS || left <= WARN_BEFORE_MS)) {
        activeSincePing.current = false;
        void ping();
        return;
      }
      if (inFlight.current) return;
      if (left <= -GRACE_MS) {
        // The server has had the last word since the limit passed: an ended session answers null (and its
        // cookie is cleared); a live one means activity this tab did not see, so the count starts again.
        void ping(true);
        return;
      }
      if (left <= WARN_BEFORE_MS) {
        warningOpen.current = true;
        setSecondsLeft(Math.max(0, Math.ceil(left / 1000)));
      } else if (warningOpen.current) {
        warningOpen.current = false;
        setSecondsLeft(null);
      }
    }, 1000);

    return () => {
      window.clearInterval(timer);
      window.removeEventListener('pointerdown', onActivity, { capture: true });
      window.removeEventListener('keydown', onActivity, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
      channel.current?.close();
      channel.current = null;
    };
  }, [onActivity, ping, timeoutMs]);

  return <IdleWarning secondsLeft={secondsLeft} timeoutMinutes={Math.round(timeoutMs / 60_000)} onStay={staySignedIn} signOut={signOut} />;
}

/**
 * The dialog is announced when it opens (alertdialog); after that only 30 and 10 seconds are, not every second:
 * the live region is empty in between, and emptying it announces nothing.
 */
function announcementFor(seconds: number): string {
  if (seconds === 30) return '30 seconds left before you are signed out.';
  if (seconds === 10) return '10 seconds left before you are signed out.';
  return '';
}

type IdleWarningProps = { secondsLeft: number | null; timeoutMinutes: number; onStay: () => void; signOut: FormAction };

function IdleWarning({ secondsLeft, timeoutMinutes, onStay, signOut }: IdleWarningProps) {
  const seconds = secondsLeft ?? 0;

  return (
    <AlertDialog.Root open={secondsLeft !== null} onOpenChange={(open) => !open && onStay()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-50 bg-foreground/50" />
        <AlertDialog.Content
          className="fixed top-1/2 left-1/2 z-50 flex w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 flex-col gap-4 rounded-lg border bg-card p-6 text-card-foreground shadow-lg"
        >
          <AlertDialog.Title className="text-xl font-semibold">
            You will be signed out in {seconds} {seconds === 1 ? 'second' : 'seconds'}
          </AlertDialog.Title>
          <AlertDialog.Description className="text-sm text-muted-foreground">
            To protect patient information, ClinixAI signs staff out after {timeoutMinutes} minutes without activity.
            Anything you have not saved will be lost.
          </AlertDialog.Description>
          <p aria-live="assertive" className="sr-only">
            {announcementFor(seconds)}
          </p>
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <form action={signOut}>
              <SubmitButton variant="outline" pendingLabel="Signing out…" className="w-full sm:w-auto">
                Sign out
              </SubmitButton>
            </form>
            <AlertDialog.Cancel asChild>
              <Button>Stay signed in</Button>
            </AlertDialog.Cancel>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
