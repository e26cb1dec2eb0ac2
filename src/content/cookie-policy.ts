// The published Cookie Policy (source: shared/seed/cookie-policy.txt). Its sentences are commitments the platform
// must keep (DESIGN.md §2): change the text only together with the behaviour. The cookie tables are not
// written here: they are generated from the cookie registry (src/server/consent/cookie-registry.ts), the same
// list the platform sets cookies from, so the policy cannot drift from what the browser receives.
import { COOKIE_POLICY_LAST_UPDATED } from '@/server/consent/policy-revisions';
import { cookiesIn, cookieTable } from '@/server/consent/policy-tables';
import { POLICY_VERSION } from '@/server/consent/policy-version';
import type { ConsentCategory } from '@/server/consent/registry-types';
import type { PolicyBlock, PolicyDocumentContent } from './policy-types';

/** A generated table, or nothing for a category with no cookies (analytics today). */
const tableOf = (caption: string, category: ConsentCategory): PolicyBlock[] =>
  cookiesIn(category).length > 0 ? [{ kind: 'table', table: cookieTable(caption, cookiesIn(category)) }] : [];

export const cookiePolicy: PolicyDocumentContent = {
  title: 'Cookie Policy',
  lastUpdatedPrefix: 'Last Updated',
  lastUpdated: { ...COOKIE_POLICY_LAST_UPDATED },
  summary: ['Policy version ', { code: POLICY_VERSION }, '.'],
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
            ...tableOf('Strictly necessary cookies', 'necessary'),
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
            ...tableOf('Functional cookies', 'functional'),
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
            ...tableOf('Performance and analytics cookies', 'analytics'),
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
