import { EyeOff, FileSignature, Link2, Lock, ScrollText, ServerCog, type LucideIcon } from 'lucide-react';

type Principle = { icon: LucideIcon; title: string; text: string };

const aiPrinciples: readonly Principle[] = [
  {
    icon: FileSignature,
    title: 'AI drafts, clinicians sign',
    text: 'Every AI-written note is labelled as a draft. A clinician reviews it, edits it and signs it; nothing reaches the record or the patient before that.',
  },
  {
    icon: Link2,
    title: 'Every sentence has a source',
    text: 'Each sentence of a draft links to the intake answer, vital sign or chart entry it came from. Anything without a source is flagged, not presented as fact.',
  },
  {
    icon: ServerCog,
    title: 'Works without the cloud',
    text: 'The clinical engine runs inside the platform, offline. A clinic may add a language model for more fluent drafts; it then receives only the minimum, with direct identifiers removed.',
  },
];

const privacyPrinciples: readonly Principle[] = [
  {
    icon: Lock,
    title: 'Your data stays with your clinic',
    text: 'Records are separated by clinic, staff see what their role needs, and nothing is sold or used for advertising.',
  },
  {
    icon: ScrollText,
    title: 'Every access is recorded',
    text: 'Each time a record is opened, the audit log notes who, in which role and when, and patients can see who viewed their record.',
  },
  {
    icon: EyeOff,
    title: 'No trackers',
    text: 'No third-party scripts or analytics run on the platform. Without your consent, only the cookies needed to sign in securely are set.',
  },
];

function PrincipleList({ principles }: { principles: readonly Principle[] }) {
  return (
    <ul className="mt-8 grid gap-8 md:grid-cols-3">
      {principles.map((principle) => (
        <li key={principle.title} className="flex flex-col gap-2">
          <span aria-hidden="true" className="flex size-10 items-center justify-center rounded-md bg-accent text-accent-foreground">
            <principle.icon className="size-5" />
          </span>
          <h3 className="text-lg font-semibold">{principle.title}</h3>
          <p className="text-muted-foreground">{principle.text}</p>
        </li>
      ))}
    </ul>
  );
}

export function AiPrinciples() {
  return (
    <section aria-labelledby="ai-title" className="border-y bg-muted">
      <div className="mx-auto max-w-content px-4 py-16 sm:px-6 md:py-20">
        <h2 id="ai-title" className="text-3xl font-semibold tracking-tight">
          AI that prepares the work, and leaves the decisions to clinicians
        </h2>
        <PrincipleList principles={aiPrinciples} />
      </div>
    </section>
  );
}

export function PrivacyPrinciples() {
  return (
    <section aria-labelledby="privacy-title" className="mx-auto max-w-content px-4 py-16 sm:px-6 md:py-20">
      <h2 id="privacy-title" className="text-3xl font-semibold tracking-tight">
        Privacy first, by design
      </h2>
      <PrincipleList principles={privacyPrinciples} />
    </section>
  );
}
