import { Building2, Mail, ShieldCheck, TriangleAlert } from 'lucide-react';
import type { Metadata } from 'next';
import { PageHeader } from '@/components/layout/page-header';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';

export const metadata: Metadata = {
  title: 'Contact',
  description: 'How to reach ClinixAI: privacy@clinixai.pro for privacy questions, contact@clinixai.pro for everything else.',
};

const channels = [
  {
    icon: ShieldCheck,
    title: 'Privacy and your data',
    description: 'Questions about your information, requests to export or delete it, or anything in our Privacy Notice or Cookie Policy.',
    email: 'privacy@clinixai.pro',
  },
  {
    icon: Mail,
    title: 'General questions',
    description: 'Help with your account, feedback about ClinixAI, or bringing ClinixAI to your clinic.',
    email: 'contact@clinixai.pro',
  },
] as const;

export default function ContactPage() {
  return (
    <div className="mx-auto flex max-w-content flex-col gap-8 px-4 py-12 sm:px-6">
      <PageHeader title="Contact us" description="Write to the address that fits your question, and it reaches the right people sooner." />
      <Alert variant="warning" className="max-w-prose-wide">
        <TriangleAlert aria-hidden="true" />
        <AlertTitle>In an emergency, do not write to us</AlertTitle>
        <AlertDescription>
          <p>Call your local emergency number. Messages to ClinixAI and to your clinic are not watched around the clock.</p>
        </AlertDescription>
      </Alert>
      <div className="grid gap-6 md:grid-cols-2">
        {channels.map((channel) => (
          <Card key={channel.email}>
            <CardHeader>
              <channel.icon aria-hidden="true" className="size-6 text-primary" />
              <CardTitle as="h2">{channel.title}</CardTitle>
              <CardDescription>{channel.description}</CardDescription>
            </CardHeader>
            <CardContent>
              <a href={`mailto:${channel.email}`} className="text-base font-medium text-primary underline hover:no-underline">
                {channel.email}
              </a>
            </CardContent>
          </Card>
        ))}
      </div>
      <Card className="bg-muted">
        <CardHeader>
          <Building2 aria-hidden="true" className="size-6 text-primary" />
          <CardTitle as="h2">Questions about your care</CardTitle>
          <CardDescription>
            Appointments, results, prescriptions and your medical record are looked after by your clinic. Contact your
            clinic directly, or send your care team a message once you are signed in. ClinixAI staff cannot give medical advice.
          </CardDescription>
        </CardHeader>
      </Card>
    </div>
  );
}
