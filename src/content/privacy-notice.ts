// The Privacy Notice. Like the Cookie Policy, every statement here is a promise about behaviour: keep it true
// (processors, retention, rights) when the platform changes, and change lastUpdated with the text.
import { privacyRightsSections } from './privacy-notice-rights';
import type { PolicyDocumentContent } from './policy-types';

export const privacyNotice: PolicyDocumentContent = {
  title: 'Privacy Notice',
  lastUpdatedPrefix: 'Last updated',
  lastUpdated: { iso: '2026-11-27', label: 'November 27, 2026' },
  summary:
    'ClinixAI is the platform your clinic uses for appointments, visit preparation, clinical notes, prescriptions, messages and payments. This notice explains what information about you the platform holds, why, who can see it and how you stay in control. In short: your health information is used for your care, stays with your clinic, is never sold or used for advertising, and you can see who opened your record.',
  sections: [
    {
      id: 'who-is-responsible',
      number: '1.',
      title: 'Who is responsible for your information',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Your clinic decides how your health information is used for your care and is responsible for your medical record (in data-protection terms, the controller of that record). ClinixAI runs the platform for the clinic and handles that information only to provide the service the clinic has asked for. For your account itself, such as your sign-in details and your cookie choices, ClinixAI is responsible.',
        },
        {
          kind: 'paragraph',
          text: "Each clinic's information is kept apart from every other clinic's. Staff of one clinic cannot see the patients of another.",
        },
      ],
    },
    {
      id: 'what-we-hold',
      number: '2.',
      title: 'What information the platform holds',
      blocks: [
        {
          kind: 'list',
          items: [
            {
              term: 'Account',
              text: 'your name, email address and password. The password is stored only as a one-way Argon2 hash that no one can read back. If you choose "Continue with Google", we also keep the account identifier Google gives us.',
            },
            {
              term: 'Health information',
              text: 'your answers to the pre-visit intake, visit notes, vital signs, diagnoses, medications, allergies, prescriptions and the messages you exchange with your care team.',
            },
            {
              term: 'Appointments and payments',
              text: 'which visits you booked, with whom and when, what you paid and whether the payment went through. Your card details are entered on Stripe\'s pages and never reach ClinixAI.',
            },
            {
              term: 'Access records',
              text: 'each time someone opens or changes your record, we record who it was, the role they acted in, what they did, when, and whether it was allowed. This is how we can show you who viewed your record.',
            },
            {
              term: 'Technical information',
              text: [
                'server logs of requests (time, type of page, result) that contain no health information, and the cookies described in our ',
                { text: 'Cookie Policy', href: '/cookies' },
                '.',
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'why-we-use-it',
      number: '3.',
      title: 'Why it is used',
      blocks: [
        {
          kind: 'list',
          items: [
            { term: 'To provide your care', text: 'booking, preparing your visit, clinical notes, prescriptions, follow-up and messages with your care team.' },
            { term: 'To run your account and keep it safe', text: 'signing you in, ending sessions after 8 hours, protecting against attacks and misuse.' },
            { term: 'To take payments', text: 'through Stripe, for visits your clinic charges for.' },
            { term: 'To meet legal duties', text: 'keeping medical records for as long as the law requires, and recording who accessed them.' },
          ],
        },
        {
          kind: 'paragraph',
          text: 'We do not sell your information, do not use it for advertising and do not use third-party analytics services.',
        },
      ],
    },
    {
      id: 'ai-assistance',
      number: '4.',
      title: 'AI assistance, and who decides',
      blocks: [
        {
          kind: 'paragraph',
          text: 'ClinixAI helps your care team prepare: it structures your intake answers, highlights answers that may need urgent attention and drafts a visit note. Every draft is labelled as AI-drafted, and a clinician reviews, edits and signs it. No decision about your care is made by software alone.',
        },
        {
          kind: 'paragraph',
          text: 'The built-in assistant runs inside the platform; your information does not leave it. If your clinic chooses to connect an external AI language model, only the minimum text needed for a draft is sent to the provider your clinic chose, after your name and other direct identifiers have been removed. ClinixAI does not use your information to train AI models.',
        },
      ],
    },
    {
      id: 'who-processes-it',
      number: '5.',
      title: 'Who can see it and who processes it',
      blocks: [
        {
          kind: 'list',
          items: [
            {
              term: 'Your clinic',
              text: 'staff see what their role needs: the clinicians caring for you see your chart; clinic administrators manage schedules, staff and payments and see statistics that contain no patient details.',
            },
            {
              term: 'ClinixAI',
              text: 'operates and secures the platform. Platform administrators manage clinics and plans, not patient records.',
            },
            {
              term: 'Stripe (payments)',
              text: [
                "when you pay for a visit you are taken to Stripe's payment page, and Stripe processes your card under ",
                { text: "Stripe's Privacy Policy", href: 'https://stripe.com/privacy' },
                '. We receive the amount and whether it was paid, never your card number.',
              ],
            },
            {
              term: 'Google (optional sign-in)',
              text: [
                'only if you choose "Continue with Google". Google tells us your email address and name, and may set its own cookies under ',
                { text: "Google's Privacy Policy", href: 'https://policies.google.com/privacy' },
                '. No Google script runs on our pages.',
              ],
            },
            { term: 'Email delivery', text: 'appointment and account emails are sent through the email service your clinic has set up.' },
            { term: 'An AI model provider', text: 'only if your clinic connects one, and only as described in section 4.' },
            { term: 'Authorities', text: 'only where the law requires us or your clinic to disclose information.' },
          ],
        },
      ],
    },
    ...privacyRightsSections,
  ],
};
