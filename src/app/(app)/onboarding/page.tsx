import type { Metadata } from 'next';
import { PageHeader } from '@/components/layout/page-header';
import { JoinClinicForm } from '@/components/patients/join-clinic-form';
import { Card, CardContent } from '@/components/ui/card';
import { requireSignedIn } from '@/server/access/page-guards';
import { listClinicDirectory } from '@/server/clinics/list-clinic-directory';
import { joinClinicAction } from '@/server/patients/patients.actions';

export const metadata: Metadata = { title: 'Join your clinic' };

export default async function OnboardingPage() {
  const principal = await requireSignedIn('/onboarding');
  const { items } = await listClinicDirectory();
  const [givenName, ...rest] = (principal.name ?? '').trim().split(/\s+/);
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title="Join your clinic" description="Choose the clinic where you receive care and tell us who you are. Your clinic sees this profile; nobody else does." />
      <Card className="max-w-prose-wide">
        <CardContent className="pt-6">
          <JoinClinicForm action={joinClinicAction} clinics={items} defaults={{ givenName: givenName || undefined, familyName: rest.join(' ') || undefined, email: principal.email }} />
        </CardContent>
      </Card>
    </div>
  );
}
