// The Terms of Service. Plain language on purpose: patients read these, not only lawyers.
import type { PolicyDocumentContent } from './policy-types';

const p = (text: string) => ({ kind: 'paragraph' as const, text });

export const termsOfService: PolicyDocumentContent = {
  title: 'Terms of Service',
  lastUpdatedPrefix: 'Last updated',
  lastUpdated: { iso: '2026-11-27', label: 'November 27, 2026' },
  summary: [
    "These terms apply when you use ClinixAI, whether as a patient, as a member of a clinic's staff or on behalf of a clinic. Please read them with our ",
    { text: 'Privacy Notice', href: '/privacy' },
    ' and ',
    { text: 'Cookie Policy', href: '/cookies' },
    '.',
  ],
  sections: [
    {
      id: 'emergencies',
      number: '1.',
      title: 'Not for emergencies',
      blocks: [
        p('ClinixAI is not an emergency service. Messages and intake answers may not be read straight away. If you think you or someone else needs urgent medical help, call your local emergency number.'),
      ],
    },
    {
      id: 'the-service',
      number: '2.',
      title: 'The service and your care',
      blocks: [
        p('ClinixAI is software. Your care is provided by your clinic and its clinicians, who remain responsible for it. AI features prepare and draft; a clinician reviews, edits and signs every clinical note, and decision support informs a clinician\'s judgement rather than replacing it.'),
        p('Information shown to you on the platform, such as a visit summary, comes from your clinic. If something looks wrong or unclear, ask your clinic.'),
      ],
    },
    {
      id: 'your-account',
      number: '3.',
      title: 'Your account',
      blocks: [
        {
          kind: 'list',
          items: [
            { text: 'Give accurate information and keep it up to date.' },
            { text: 'Keep your password to yourself. Do not share your account; each person needs their own.' },
            { text: 'Tell us at once at privacy@clinixai.pro if you think someone else has used your account.' },
            { text: 'For your protection, sessions end after 8 hours and you will be asked to sign in again.' },
            { text: 'If you are not old enough to accept these terms where you live, a parent or guardian must accept them for you.' },
          ],
        },
      ],
    },
    {
      id: 'clinics',
      number: '4.',
      title: 'Clinics and their staff',
      blocks: [
        p('A clinic using ClinixAI is responsible for who on its staff has access and in which role, for the accuracy of its schedules, visit types and prices, for any external AI provider it chooses to connect, and for keeping medical records as the law that applies to it requires. Staff may use the platform only for the care and administration of the clinic\'s own patients.'),
      ],
    },
    {
      id: 'payments',
      number: '5.',
      title: 'Payments',
      blocks: [
        p('Prices for visits are set by your clinic and shown before you pay. Payments are processed by Stripe on its own pages; ClinixAI never sees your card number. Refunds follow your clinic\'s policy. Clinic subscriptions are billed through Stripe and can be changed or cancelled by the clinic\'s administrator at any time.'),
      ],
    },
    {
      id: 'acceptable-use',
      number: '6.',
      title: 'Acceptable use',
      blocks: [
        p('You must not:'),
        {
          kind: 'list',
          items: [
            { text: 'try to reach information you are not entitled to, including another patient\'s or another clinic\'s;' },
            { text: 'probe, scan or test the platform\'s security without our written permission;' },
            { text: 'copy data from the platform by automated means, or upload anything harmful;' },
            { text: 'pretend to be someone else, or use messages to harass anyone.' },
          ],
        },
      ],
    },
    {
      id: 'your-information',
      number: '7.',
      title: 'Your information',
      blocks: [
        {
          kind: 'paragraph',
          text: [
            'What you enter remains yours and your clinic\'s. We use it only to provide the service, as described in our ',
            { text: 'Privacy Notice', href: '/privacy' },
            '. You can export your information and delete your account at any time.',
          ],
        },
      ],
    },
    {
      id: 'availability',
      number: '8.',
      title: 'Availability and changes to the service',
      blocks: [
        p('We work to keep ClinixAI available and secure, but it may occasionally be unavailable, for example during maintenance. Features may change as the platform develops; we will not remove your access to your own information without notice.'),
      ],
    },
    {
      id: 'ending',
      number: '9.',
      title: 'Suspension and ending',
      blocks: [
        p('You may stop using ClinixAI and delete your account at any time. We may suspend an account that breaks these terms or puts others at risk, and will tell you why unless the law prevents it. Medical records your clinic must keep are kept as the Privacy Notice describes.'),
      ],
    },
    {
      id: 'liability',
      number: '10.',
      title: 'Responsibility',
      blocks: [
        p('We are responsible for providing the platform with reasonable care and skill. We are not responsible for medical decisions, which are made by your clinic, nor for losses we could not reasonably foresee. Nothing in these terms limits any responsibility that the law does not allow to be limited, or your rights as a consumer.'),
      ],
    },
    {
      id: 'changes',
      number: '11.',
      title: 'Changes to these terms',
      blocks: [
        p('When these terms change, the date at the top changes with them. We tell you in advance of any change that materially affects you.'),
      ],
    },
    {
      id: 'contact',
      number: '12.',
      title: 'Contact',
      blocks: [
        {
          kind: 'paragraph',
          text: [
            'Questions about these terms: ',
            { text: 'contact@clinixai.pro', href: 'mailto:contact@clinixai.pro' },
            '. Privacy questions and requests: ',
            { text: 'privacy@clinixai.pro', href: 'mailto:privacy@clinixai.pro' },
            '.',
          ],
        },
      ],
    },
  ],
};
