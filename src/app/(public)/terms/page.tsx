import type { Metadata } from 'next';
import { PolicyDocument } from '@/components/policy/policy-document';
import { termsOfService } from '@/content/terms';

export const metadata: Metadata = {
  title: 'Terms of Service',
  description: 'The terms for using ClinixAI as a patient, as clinic staff or on behalf of a clinic.',
};

export default function TermsPage() {
  return <PolicyDocument document={termsOfService} showContents />;
}
