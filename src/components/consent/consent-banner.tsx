'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { Button } from '@/components/ui/button';
import { useConsent } from './consent-provider';
import { GpcNotice, PolicyChanges } from './gpc-notice';

// The three choices look exactly alike: the same variant, size and width, so none is nudged.
const choiceClass = 'w-full sm:w-auto sm:min-w-36';

/**
 * The first-visit question. It sits in the page flow above the header, never over it, so it cannot hide the
 * focused element, and it is a labelled region screen-reader users can find. Ignoring it means necessary
 * cookies only. After a choice it says what was chosen, and takes focus so keyboard users are not lost.
 */
export function ConsentBanner() {
  const { banner, consent, details, gpc, saving, error, save, dialogOpen, setDialogOpen, hideBanner, confirmationRef } = useConsent();
  // The pressed button is gone once the choice is saved: focus moves to the confirmation that replaced it.
  // (After a choice in the dialog, the dialog itself hands focus over as it closes.)
  useEffect(() => {
    if (banner === 'confirmed' && !dialogOpen) confirmationRef.current?.focus();
  }, [banner, dialogOpen, confirmationRef]);
  if (banner === 'hidden') return null;
  // aria-disabled rather than disabled: a disabled button drops keyboard focus while the request runs.
  const choose = (choice: { functional: boolean; analytics: boolean }) => () => {
    if (!saving) void save(choice, 'banner');
  };
  const functionalNames = details.categories.find((category) => category.id === 'functional')?.items.map((item) => item.name) ?? [];

  return (
    <section aria-labelledby="consent-banner-title" className="border-b bg-accent" data-testid="consent-banner">
      <div className="mx-auto flex max-w-content flex-col gap-3 px-4 py-4 sm:px-6">
        <h2 id="consent-banner-title" className="text-base font-semibold">
          Cookies on ClinixAI
        </h2>
        {banner === 'confirmed' ? (
          <div ref={confirmationRef} tabIndex={-1} className="flex flex-col gap-3 rounded-sm sm:flex-row sm:items-center sm:justify-between">
            <p className="text-sm">
              {consent.categories.functional
                ? 'You accepted functional cookies: ClinixAI will remember your display preferences on this device.'
                : 'You rejected optional cookies: ClinixAI sets only strictly necessary cookies.'}{' '}
              You can change this at any time in Cookie settings at the bottom of every page.
            </p>
            <Button variant="outline" className={choiceClass} onClick={hideBanner}>
              Hide this message
            </Button>
          </div>
        ) : (
          <>
            <PolicyChanges changes={consent.changes} />
            <p className="max-w-prose-wide text-sm">
              We use strictly necessary cookies to sign you in and keep ClinixAI secure. With your permission we also set a functional
              cookie ({functionalNames.join(', ')}) to remember your display preferences. We use no analytics or advertising cookies.{' '}
              <Link href="/cookies" className="font-medium text-primary underline hover:no-underline">
                Read our Cookie Policy
              </Link>
            </p>
            {gpc && <GpcNotice />}
            {error && (
              <p role="alert" className="text-sm font-medium text-destructive">
                {error}
              </p>
            )}
            <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
              <Button className={choiceClass} aria-disabled={saving} onClick={choose({ functional: true, analytics: true })}>
                Accept all
              </Button>
              <Button className={choiceClass} aria-disabled={saving} onClick={choose({ functional: false, analytics: false })}>
                Reject all
              </Button>
              <Button className={choiceClass} aria-disabled={saving} onClick={() => !saving && setDialogOpen(true)}>
                Customize
              </Button>
            </div>
          </>
        )}
      </div>
    </section>
  );
}
