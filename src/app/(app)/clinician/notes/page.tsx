import type { Metadata } from 'next';
import Link from 'next/link';
import { NotesTable } from '@/components/encounters/notes-table';
import { PageHeader } from '@/components/layout/page-header';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { requireRolePage } from '@/server/access/page-guards';
import { listNotes } from '@/server/encounters/list-notes';
import { RECENTLY_SIGNED_DAYS } from '@/server/encounters/note-lists.schemas';
import { notFoundPage } from '@/server/encounters/not-found-page';

export const metadata: Metadata = { title: 'Notes to sign' };

export default async function NotesToSignPage() {
  const principal = await requireRolePage('clinician', '/clinician/notes');
  const now = new Date();
  const [unsigned, signed] = await notFoundPage(() => Promise.all([listNotes(principal, 'unsigned', now), listNotes(principal, 'signed', now)]));
  const count = unsigned.items.length;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Notes to sign"
        description={
          <>
            {count === 0 ? 'No drafts are waiting for your signature.' : `${count} ${count === 1 ? 'draft is' : 'drafts are'} waiting for your signature, oldest visit first.`}{' '}
            Visit times are on the clinic&apos;s calendar ({unsigned.timeZone}).
          </>
        }
        actions={
          <Link className="text-sm font-medium text-primary underline underline-offset-4" href="/clinician/alerts">
            Intake alerts
          </Link>
        }
      />
      <Card>
        <CardHeader>
          <CardTitle as="h2">Waiting for your signature</CardTitle>
        </CardHeader>
        <CardContent>
          <NotesTable
            items={unsigned.items}
            kind="unsigned"
            timeZone={unsigned.timeZone}
            caption="Draft notes waiting for your signature, oldest visit first"
            empty="Nothing to sign. Notes you draft on a visit screen appear here until you sign them."
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle as="h2">Signed in the last {RECENTLY_SIGNED_DAYS} days</CardTitle>
        </CardHeader>
        <CardContent>
          <NotesTable
            items={signed.items}
            kind="signed"
            timeZone={signed.timeZone}
            caption={`Notes you signed in the last ${RECENTLY_SIGNED_DAYS} days, most recent first`}
            empty={`You have not signed any notes in the last ${RECENTLY_SIGNED_DAYS} days.`}
          />
        </CardContent>
      </Card>
    </div>
  );
}
