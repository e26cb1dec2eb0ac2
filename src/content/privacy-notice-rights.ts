// The second half of the Privacy Notice (retention, rights, security, changes, contact), kept apart so each file stays readable.
import type { PolicySection } from './policy-types';

export const privacyRightsSections: readonly PolicySection[] = [
  {
    id: 'how-long',
    number: '6.',
    title: 'How long it is kept',
    blocks: [
      {
        kind: 'list',
        items: [
          { term: 'Medical records', text: 'for as long as the law that applies to your clinic requires medical records to be kept.' },
          { term: 'Your account', text: 'until you delete it, apart from what your clinic must keep in your medical record.' },
          {
            term: 'Cookies',
            text: ['sessions end after 8 hours; your cookie choice is remembered for 365 days. See the ', { text: 'Cookie Policy', href: '/cookies' }, '.'],
          },
        ],
      },
    ],
  },
  {
    id: 'your-rights',
    number: '7.',
    title: 'Your rights and choices',
    blocks: [
      {
        kind: 'list',
        items: [
          { term: 'Export', text: 'download a copy of your information, in a machine-readable format, from the Privacy page of your account.' },
          { term: 'Who viewed my record', text: 'see each time your record was opened: by whom, in which role and when.' },
          {
            term: 'Correction',
            text: 'ask your clinic to correct your record. Signed notes are corrected by an addendum rather than overwritten, so the record stays trustworthy.',
          },
          {
            term: 'Deletion',
            text: 'delete your account from the Privacy page. What your clinic is required by law to keep in your medical record is kept, with access restricted, until that period ends.',
          },
          { term: 'Cookie choices', text: 'change them at any time with "Cookie settings" at the bottom of every page.' },
          {
            term: 'Objection, restriction and complaints',
            text: [
              'write to ',
              { text: 'privacy@clinixai.pro', href: 'mailto:privacy@clinixai.pro' },
              '. You may also complain to the data-protection authority where you live.',
            ],
          },
        ],
      },
    ],
  },
  {
    id: 'security',
    number: '8.',
    title: 'How it is protected',
    blocks: [
      {
        kind: 'paragraph',
        text: "Connections are encrypted (HTTPS). Passwords are stored as Argon2 hashes. Sessions end after 8 hours. Staff access follows their role, and every access to a patient record is logged. Each clinic's information is kept separate. No third-party scripts run on signed-in pages.",
      },
    ],
  },
  {
    id: 'changes',
    number: '9.',
    title: 'Changes to this notice',
    blocks: [
      {
        kind: 'paragraph',
        text: 'When this notice changes, the date at the top changes with it. If a change affects how your health information is used, we tell you before it takes effect.',
      },
    ],
  },
  {
    id: 'contact',
    number: '10.',
    title: 'Contact',
    blocks: [
      { kind: 'paragraph', text: 'For questions about privacy or to make a request about your information:' },
      {
        kind: 'lines',
        lines: [
          'ClinixAI - Privacy',
          ['Email: ', { text: 'privacy@clinixai.pro', href: 'mailto:privacy@clinixai.pro' }],
        ],
      },
      { kind: 'paragraph', text: 'For questions about your care or your appointments, contact your clinic directly.' },
    ],
  },
];
