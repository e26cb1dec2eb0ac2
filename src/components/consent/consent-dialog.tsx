'use client';

import { X } from 'lucide-react';
import Link from 'next/link';
import { Dialog } from 'radix-ui';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { CategorySwitch } from './category-switch';
import { useConsent } from './consent-provider';
import { GpcNotice, PolicyChanges } from './gpc-notice';

/**
 * The cookie settings: a WAI-ARIA modal dialog (Radix moves focus in, keeps Tab inside, closes on Escape and
 * returns focus to what opened it). Withdrawing takes one click, like giving: "Reject all".
 */
export function ConsentDialog() {
  const { consent, details, gpc, dialogOpen, setDialogOpen, saving, error, save, restoreFocus } = useConsent();
  // The draft starts from the choice in effect each time the dialog opens; nothing optional is pre-ticked.
  const [functional, setFunctional] = useState(consent.categories.functional);
  const [openedWith, setOpenedWith] = useState(dialogOpen);
  if (openedWith !== dialogOpen) {
    setOpenedWith(dialogOpen);
    if (dialogOpen) setFunctional(consent.categories.functional);
  }

  async function choose(choice: { functional: boolean; analytics: boolean }) {
    if (saving) return;
    if (await save(choice, 'settings')) setDialogOpen(false);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void choose({ functional, analytics: false });
  };

  return (
    <Dialog.Root open={dialogOpen} onOpenChange={setDialogOpen}>
      <Dialog.Portal>
        {/* Dims the page in both schemes: the dark scheme's foreground is light, so it dims with its background instead. */}
        <Dialog.Overlay className="fixed inset-0 z-50 bg-foreground/50 dark:bg-background/80" />
        <Dialog.Content
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            restoreFocus();
          }}
          className="fixed inset-x-0 bottom-0 z-50 flex max-h-[92dvh] flex-col gap-4 overflow-y-auto rounded-t-xl border bg-background p-4 shadow-lg sm:inset-x-auto sm:top-1/2 sm:bottom-auto sm:left-1/2 sm:w-full sm:max-w-xl sm:-translate-x-1/2 sm:-translate-y-1/2 sm:rounded-xl sm:p-6"
        >
          <div className="flex items-start justify-between gap-4">
            <Dialog.Title className="text-xl font-semibold tracking-tight">Cookie settings</Dialog.Title>
            <Dialog.Close asChild>
              <Button variant="ghost" size="icon" className="-mt-1 -mr-2">
                <X aria-hidden="true" />
                <span className="sr-only">Close without saving</span>
              </Button>
            </Dialog.Close>
          </div>
          <Dialog.Description className="text-sm text-muted-foreground">
            Choose which cookies ClinixAI may set on this device. You can change your choice at any time from Cookie settings at
            the bottom of every page.
          </Dialog.Description>
          <PolicyChanges changes={consent.changes} />
          {gpc && <GpcNotice />}
          <form onSubmit={submit} className="grid gap-3">
            {details.categories.map((category) => (
              <CategorySwitch
                key={category.id}
                category={category}
                checked={category.id === 'functional' ? functional : false}
                onCheckedChange={category.id === 'functional' ? setFunctional : () => undefined}
              />
            ))}
            {error && (
              <p role="alert" className="text-sm font-medium text-destructive">
                {error}
              </p>
            )}
            <div className="grid gap-2 sm:grid-cols-3">
              <Button aria-disabled={saving} onClick={() => choose({ functional: false, analytics: false })}>
                Reject all
              </Button>
              <Button aria-disabled={saving} onClick={() => choose({ functional: true, analytics: true })}>
                Accept all
              </Button>
              <Button type="submit" aria-disabled={saving}>
                Save my choices
              </Button>
            </div>
          </form>
          <p className="text-xs text-muted-foreground">
            Cookie Policy version <code className="font-mono">{details.policyVersion}</code>, last updated{' '}
            <time dateTime={details.lastUpdated.iso}>{details.lastUpdated.label}</time>.{' '}
            <Link href="/cookies" className="font-medium text-primary underline hover:no-underline" onClick={() => setDialogOpen(false)}>
              Read the Cookie Policy
            </Link>
          </p>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
