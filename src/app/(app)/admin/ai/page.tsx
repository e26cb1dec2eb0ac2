import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { AiToggle } from '@/components/encounters/ai-toggle';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Card, CardContent } from '@/components/ui/card';
import { requireRolePage } from '@/server/access/page-guards';
import { setClinicAiAction } from '@/server/encounters/ai.actions';
import { getClinicAi } from '@/server/encounters/ai-settings';
import { notFoundPage } from '@/server/encounters/not-found-page';

export const metadata: Metadata = { title: 'AI drafting' };

export default async function AdminAiPage() {
  const principal = await requireRolePage('clinic_admin', '/admin/ai');
  const status = await notFoundPage(() => getClinicAi(principal));
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader title="AI drafting" description="Choose whether visit notes may be rewritten by the configured language model. No patient data leaves the installation while it is off." />
      {!status.planIncludesAi && (
        <Alert variant="warning">
          <AlertTitle>Not included in the {status.planName} plan</AlertTitle>
          <AlertDescription>
            <p>
              AI rewriting of notes is not part of the clinic’s current plan, so drafts come from the deterministic engine only
              {status.enabled ? ', even though the switch below is still on' : ''}. The Pro plan includes it (<Link className="font-medium underline hover:no-underline" href="/admin/billing">Subscription &amp; payments</Link>).
            </p>
          </AlertDescription>
        </Alert>
      )}
      <Card>
        <CardContent className="pt-6">
          <AiToggle status={status} set={setClinicAiAction} />
        </CardContent>
      </Card>
    </div>
  );
}
