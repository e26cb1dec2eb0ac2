import type { Metadata } from 'next';
import { CookieSettingsNotice } from '@/components/policy/cookie-settings-notice';
import { PolicyDocument } from '@/components/policy/policy-document';
import { cookiePolicy } from '@/content/cookie-policy';

export const metadata: Metadata = {
  title: 'Cookie Policy',
  description: 'The cookies ClinixAI uses, why, for how long, and how to manage them.',
};

export default function CookiesPage() {
  return (
    <PolicyDocument document={cookiePolicy}>
      <CookieSettingsNotice />
    </PolicyDocument>
  );
}
