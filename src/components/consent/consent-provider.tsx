'use client';

import { createContext, useContext, useRef, useState, useSyncExternalStore, type ReactNode, type RefObject } from 'react';
import { browserSendsGpc, clearStorageKeys, postConsent, postUiPreferences } from './consent-api';
import type { ConsentDetailsData, ConsentState, ConsentSurface, UiPreferences } from './consent-types';

type Choice = { functional: boolean; analytics: boolean };

interface ConsentContextValue {
  consent: ConsentState;
  details: ConsentDetailsData;
  /** A Global Privacy Control signal is honoured (from the server's Sec-GPC or the browser's own flag). */
  gpc: boolean;
  dialogOpen: boolean;
  setDialogOpen: (open: boolean) => void;
  saving: boolean;
  error: string | null;
  save: (choice: Choice, surface: ConsentSurface) => Promise<boolean>;
  /** ask: no valid choice yet; confirmed: just chosen in the banner, which now says so; hidden: nothing to show. */
  banner: 'ask' | 'confirmed' | 'hidden';
  hideBanner: () => void;
  confirmationRef: RefObject<HTMLDivElement | null>;
  /** Where focus goes when the dialog closes (WAI-ARIA: back to what opened it). */
  restoreFocus: () => void;
  uiPreferences: UiPreferences;
  updateUiPreferences: (update: Partial<UiPreferences>) => void;
}

const ConsentContext = createContext<ConsentContextValue | null>(null);

export function useConsent(): ConsentContextValue {
  const value = useContext(ConsentContext);
  if (!value) throw new Error('useConsent() needs the ConsentProvider of the root layout');
  return value;
}

const noSubscription = () => () => {};
const serverHasNoGpcFlag = () => false;

/**
 * Holds the visitor's consent as the server read it from the request, and the one settings dialog every
 * "Cookie settings" button opens. Choices go to the server, which sets the cookies and answers with the new
 * state; nothing here reads or writes a cookie.
 */
export function ConsentProvider(props: { initialConsent: ConsentState; details: ConsentDetailsData; initialUiPreferences: UiPreferences | null; children: ReactNode }) {
  const { initialConsent, details, children } = props;
  const [consent, setConsent] = useState(initialConsent);
  // A server render after a navigation or refresh knows best (another tab may have changed the choice).
  const serverKey = `${initialConsent.status}|${initialConsent.updatedAt}|${initialConsent.gpc}`;
  const [seenServerKey, setSeenServerKey] = useState(serverKey);
  if (seenServerKey !== serverKey) {
    setSeenServerKey(serverKey);
    setConsent(initialConsent);
  }
  const browserGpc = useSyncExternalStore(noSubscription, browserSendsGpc, serverHasNoGpcFlag);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const confirmationRef = useRef<HTMLDivElement>(null);
  // Radix returns focus only to its own Dialog.Trigger; this dialog is opened from buttons all over the page.
  const openerRef = useRef<HTMLElement | null>(null);
  const [uiPreferences, setUiPreferences] = useState<UiPreferences>(props.initialUiPreferences ?? {});

  async function save(choice: Choice, surface: ConsentSurface): Promise<boolean> {
    const wasAsking = consent.status !== 'current';
    setSaving(true);
    setError(null);
    try {
      const next = await postConsent(choice, surface);
      if (!next.categories.functional) clearStorageKeys(details.functionalStorageKeys);
      // Preferences kept in memory so far may now be remembered.
      else if (Object.keys(uiPreferences).length > 0) void postUiPreferences(uiPreferences).catch(() => false);
      setConsent(next);
      setConfirmed(wasAsking);
      if (!wasAsking) setAnnouncement(`Cookie settings saved at ${new Date().toLocaleTimeString()}.`);
      return true;
    } catch {
      setError('Your choice could not be saved. Check your connection and try again.');
      return false;
    } finally {
      setSaving(false);
    }
  }

  function updateUiPreferences(update: Partial<UiPreferences>) {
    const next = { ...uiPreferences, ...update };
    setUiPreferences(next);
    // Without functional consent the preferences live in this page only; the server would refuse to store them.
    if (consent.categories.functional) void postUiPreferences(next).catch(() => false);
  }

  const banner = consent.status !== 'current' ? 'ask' : confirmed ? 'confirmed' : 'hidden';
  const value: ConsentContextValue = {
    consent,
    details,
    gpc: consent.gpc || browserGpc,
    dialogOpen,
    setDialogOpen: (open) => {
      if (open) {
        setError(null);
        openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      }
      setDialogOpen(open);
    },
    saving,
    error,
    save,
    banner,
    hideBanner: () => setConfirmed(false),
    confirmationRef,
    restoreFocus: () => {
      // A choice made from the banner replaced its buttons with a confirmation: focus goes there instead.
      const target = confirmationRef.current ?? (openerRef.current?.isConnected ? openerRef.current : null);
      target?.focus();
    },
    uiPreferences,
    updateUiPreferences,
  };
  return (
    <ConsentContext.Provider value={value}>
      {children}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </ConsentContext.Provider>
  );
}
