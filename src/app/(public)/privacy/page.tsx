import type { Metadata } from 'next';
import { PolicyDocument } from '@/components/policy/policy-document';
import { privacyNotice } from '@/content/privacy-notice';

export const metadata: Metadata = {
  title: 'Privacy Notice',
  description: 'What information ClinixAI holds about you, why, who processes it, and how to export it, delete it or see who viewed your record.',
};

export default function PrivacyPage() {
  return <PolicyDocument document={privacyNotice} showContents />;
}
