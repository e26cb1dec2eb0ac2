import type { Metadata, Viewport } from 'next';
import { cookies, headers } from 'next/headers';
import type { ReactNode } from 'react';
import { ConsentBanner } from '@/components/consent/consent-banner';
import { ConsentDialog } from '@/components/consent/consent-dialog';
import { ConsentProvider } from '@/components/consent/consent-provider';
import { HydrationMarker } from '@/components/layout/hydration-marker';
import { SkipLink } from '@/components/layout/skip-link';
import { consentDetails } from '@/server/consent/consent-details';
import { readConsent } from '@/server/consent/read-consent';
import './globals.css';

// Every page is rendered per request so Next.js can put the proxy's fresh CSP nonce on its scripts;
// a prerendered page would carry no nonce and its scripts would be blocked.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'ClinixAI', template: '%s · ClinixAI' },
  description:
    'ClinixAI helps small clinics run their care with AI assistance: guided intake, prepared charts, AI-drafted notes that clinicians review and sign, and a patient portal that puts privacy first.',
  applicationName: 'ClinixAI',
  // No automatic phone/address/email linking: it would rewrite clinical text (dosages, times) into links.
  formatDetection: { telephone: false, address: false, email: false },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b1220' },
  ],
};

// No next/font and no third-party scripts: the system font stack in globals.css means no request leaves the installation.
// The consent banner is rendered here, from the consent cookie the server verified: the cookie is HttpOnly,
// so no script needs to read it, and a visitor with a valid choice never sees the banner flash.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const [jar, requestHeaders] = await Promise.all([cookies(), headers()]);
  const { view, uiPreferences } = readConsent({ cookie: (name) => jar.get(name)?.value, header: (name) => requestHeaders.get(name) });
  return (
    <html lang="en">
      <body>
        <ConsentProvider initialConsent={view} details={consentDetails()} initialUiPreferences={uiPreferences}>
          <SkipLink />
          <ConsentBanner />
          {children}
          <ConsentDialog />
        </ConsentProvider>
        <HydrationMarker />
      </body>
    </html>
  );
}
