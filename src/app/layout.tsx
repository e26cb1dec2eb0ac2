import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SkipLink } from '@/components/layout/skip-link';
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
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SkipLink />
        {children}
      </body>
    </html>
  );
}
