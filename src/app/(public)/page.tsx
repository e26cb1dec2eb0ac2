import type { Metadata } from 'next';
import { Audiences } from '@/components/marketing/audiences';
import { ClosingCall } from '@/components/marketing/closing-call';
import { Hero } from '@/components/marketing/hero';
import { HowItWorks } from '@/components/marketing/how-it-works';
import { AiPrinciples, PrivacyPrinciples } from '@/components/marketing/principles';

export const metadata: Metadata = {
  // The landing page names the product in full; other pages use the "%s · ClinixAI" template.
  title: { absolute: 'ClinixAI · AI-assisted care for small clinics and their patients' },
};

export default function LandingPage() {
  return (
    <>
      <Hero />
      <Audiences />
      <AiPrinciples />
      <PrivacyPrinciples />
      <HowItWorks />
      <ClosingCall />
    </>
  );
}
