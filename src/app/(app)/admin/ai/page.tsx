import type { Metadata } from 'next';
import { PageHeader } from '@/components/layout/page-header';
import { AiToggle } from '@/components/encounters/ai-toggle';
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
      <Card>
        <CardContent className="pt-6">
          <AiToggle status={status} set={setClinicAiAction} />
        </CardContent>
      </Card>
    </div>
  );
}
