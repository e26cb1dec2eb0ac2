'use client';

import { UserX } from 'lucide-react';
import { useId, useState } from 'react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { PendingDeletionNotice } from './pending-deletion-notice';
import { DeleteAccountForm } from './delete-account-form';
import type { DeletionActions, DeletionStatusView } from './deletion-types';

/**
 * "Delete my account" in the privacy center. The confirmation form stays folded until asked for, so the
 * destructive step is never the first thing a keyboard or screen-reader user meets on the page.
 */
export function DeleteAccountCard({ status, actions }: { status: DeletionStatusView; actions: DeletionActions }) {
  const [open, setOpen] = useState(false);
  const formId = useId();
  return (
    <Card id="delete-account">
      <CardHeader>
        <UserX aria-hidden="true" className="size-6 text-destructive" />
        <CardTitle as="h2">Delete my account</CardTitle>
        <CardDescription>
          Your account, sign-in methods, memberships, settings and messages are erased {status.graceDays} days after you
          confirm; until then you can cancel here. Clinical records that a clinic must keep by law stay with that clinic,
          no longer linked to you, and are marked as retained. We email you when it is done.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {status.pending ? (
          <PendingDeletionNotice pending={status.pending} cancel={actions.cancel} />
        ) : open ? (
          <DeleteAccountForm id={formId} status={status} actions={actions} onClose={() => setOpen(false)} />
        ) : (
          <Button variant="outline" aria-expanded={false} aria-controls={formId} onClick={() => setOpen(true)}>
            Delete my account…
          </Button>
        )}
      </CardContent>
    </Card>
  );
}
