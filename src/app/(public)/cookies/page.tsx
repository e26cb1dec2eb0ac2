import type { Metadata } from 'next';
import { CookieSettingsPanel } from '@/components/consent/cookie-settings-panel';
import { PolicyDocument } from '@/components/policy/policy-document';
import { PolicyTable } from '@/components/policy/policy-table';
import { cookiePolicy } from '@/content/cookie-policy';
import { cookieDetailsTable, onlyFirstPartyCookies, usesBrowserStorage } from '@/server/consent/policy-tables';

export const metadata: Metadata = {
  title: 'Cookie Policy',
  description: 'The cookies ClinixAI uses, why, for how long, and how to manage them.',
};

export default function CookiesPage() {
  return (
    <PolicyDocument document={cookiePolicy}>
      <section aria-labelledby="cookie-details" className="mt-10">
        <h2 id="cookie-details" className="text-2xl font-semibold tracking-tight">
          Cookie details
        </h2>
        <p className="my-3">
          Every cookie the Platform can set, with its technical attributes. This table and the tables above are generated from the
          same list the Platform sets its cookies from.
          {onlyFirstPartyCookies && ' All of them are first-party cookies of this site.'}
          {!usesBrowserStorage && ' The Platform stores nothing in your browser’s local or session storage.'}
        </p>
        <PolicyTable table={cookieDetailsTable()} id="cookie-details-table" />
      </section>
      <CookieSettingsPanel />
    </PolicyDocument>
  );
}
