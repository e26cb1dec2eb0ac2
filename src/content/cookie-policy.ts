// The published Cookie Policy, word for word (source: shared/seed/cookie-policy.txt). Its sentences are
// commitments the platform must keep (DESIGN.md §2): change the text only together with the behaviour,
// and change lastUpdated when the text changes.
import type { PolicyDocumentContent, PolicyTable } from './policy-types';

export type CookieEntry = { name: string; purpose: string; duration: string };

/** The strictly necessary cookies as published. A later issue generates this list from the cookie registry in code. */
export const strictlyNecessaryCookies: readonly CookieEntry[] = [
  { name: 'authjs.session-token', purpose: 'Authentication session token (JWT). Keeps you logged in securely.', duration: '8 hours' },
  {
    name: '__Secure-authjs.session-token',
    purpose: 'Secure version of session token (production only). HTTP-only, SameSite=Lax.',
    duration: '8 hours',
  },
  { name: 'authjs.csrf-token', purpose: 'CSRF protection token. Prevents cross-site request forgery attacks.', duration: 'Session' },
  { name: 'authjs.callback-url', purpose: 'Stores redirect URL after authentication.', duration: 'Session' },
  { name: 'clinixai-cookie-consent', purpose: 'Records your cookie consent preference.', duration: '365 days' },
];

export function cookieTable(caption: string, cookies: readonly CookieEntry[]): PolicyTable {
  return {
    caption,
    columns: ['Cookie Name', 'Purpose', 'Duration'],
    rows: cookies.map((cookie) => [[{ code: cookie.name }], cookie.purpose, cookie.duration]),
  };
}

export const cookiePolicy: PolicyDocumentContent = {
  title: 'Cookie Policy',
  lastUpdatedPrefix: 'Last Updated',
  lastUpdated: { iso: '2026-02-13', label: 'February 13, 2026' },
  sections: [
    {
      id: 'what-are-cookies',
      number: '1.',
      title: 'What Are Cookies',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Cookies are small text files placed on your device when you visit a website. They are widely used to make websites work efficiently, provide information to site owners, and enhance user experience. Similar technologies include local storage, session storage, and web beacons.',
        },
      ],
    },
    {
      id: 'how-we-use-cookies',
      number: '2.',
      title: 'How We Use Cookies',
      blocks: [{ kind: 'paragraph', text: 'The ClinixAI Platform uses the following types of cookies:' }],
      subsections: [
        {
          id: 'strictly-necessary-cookies',
          number: '2.1',
          title: 'Strictly Necessary Cookies',
          blocks: [
            { kind: 'paragraph', text: 'These cookies are essential for the Platform to function and cannot be disabled.' },
            { kind: 'table', table: cookieTable('Strictly necessary cookies', strictlyNecessaryCookies) },
          ],
        },
        {
          id: 'functional-cookies',
          number: '2.2',
          title: 'Functional Cookies',
          blocks: [
            { kind: 'paragraph', text: 'These cookies enable enhanced functionality and personalization:' },
            {
              kind: 'list',
              items: [
                { text: 'Remembering your role preference and dashboard settings' },
                { text: 'Maintaining sidebar and UI state preferences' },
                { text: 'Storing notification preferences' },
              ],
            },
          ],
        },
        {
          id: 'performance-analytics-cookies',
          number: '2.3',
          title: 'Performance/Analytics Cookies',
          blocks: [
            {
              kind: 'paragraph',
              text: 'We may use anonymized analytics to understand how users interact with the Platform. These cookies do not collect personal health data. Currently, we do not use third-party analytics services, but we reserve the right to implement privacy-respecting analytics in the future with appropriate notice.',
            },
          ],
        },
      ],
    },
    {
      id: 'third-party-cookies',
      number: '3.',
      title: 'Third-Party Cookies',
      blocks: [
        {
          kind: 'paragraph',
          text: [
            'When you use Google OAuth to sign in, Google may set its own cookies according to its privacy policy. We have no control over these cookies. We recommend reviewing ',
            { text: "Google's Privacy Policy", href: 'https://policies.google.com/privacy' },
            '.',
          ],
        },
        {
          kind: 'paragraph',
          text: [
            'Stripe, our payment processor, may set cookies when processing payments. Please review ',
            { text: "Stripe's Privacy Policy", href: 'https://stripe.com/privacy' },
            '.',
          ],
        },
      ],
    },
    {
      id: 'managing-cookies',
      number: '4.',
      title: 'Managing Cookies',
      blocks: [
        { kind: 'paragraph', text: 'You can control cookies through:' },
        {
          kind: 'list',
          items: [
            { term: 'Browser Settings', text: 'Most browsers allow you to block or delete cookies through their settings' },
            { term: 'Cookie Consent', text: 'When you first visit the Platform, you can accept or configure cookie preferences' },
          ],
        },
        {
          kind: 'note',
          label: 'Note',
          text: 'Blocking strictly necessary cookies (especially authentication cookies) will prevent you from using the Platform, as they are required for login and security.',
        },
      ],
    },
    {
      id: 'updates',
      number: '5.',
      title: 'Updates to This Policy',
      blocks: [
        {
          kind: 'paragraph',
          text: 'We may update this Cookie Policy from time to time to reflect changes in the cookies we use or for other operational, legal, or regulatory reasons. We encourage you to review this policy periodically.',
        },
      ],
    },
    {
      id: 'contact',
      number: '6.',
      title: 'Contact Us',
      blocks: [
        { kind: 'paragraph', text: 'For questions about our use of cookies:' },
        {
          kind: 'lines',
          lines: [
            'ClinixAI - Privacy',
            ['Email: ', { text: 'privacy@clinixai.pro', href: 'mailto:privacy@clinixai.pro' }],
            ['Website: ', { text: 'https://clinixai.pro', href: 'https://clinixai.pro' }],
          ],
        },
      ],
    },
  ],
};
