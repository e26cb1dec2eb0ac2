import { ArrowRight } from 'lucide-react';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { DraftNoteExample } from './draft-note-example';

export function Hero() {
  return (
    <section aria-labelledby="hero-title" className="border-b bg-muted">
      <div className="mx-auto grid max-w-content items-center gap-12 px-4 py-16 sm:px-6 md:py-24 lg:grid-cols-[1.1fr_1fr]">
        <div className="flex flex-col gap-6">
          <p className="text-sm font-semibold tracking-wide text-primary uppercase">For small clinics and their patients</p>
          <h1 id="hero-title" className="text-4xl font-semibold tracking-tight sm:text-5xl">
            Care prepared by AI. Decided by your clinicians.
          </h1>
          <p className="max-w-xl text-lg text-muted-foreground">
            ClinixAI runs a small clinic&apos;s day: booking, a guided pre-visit intake, a chart that is ready before the
            patient walks in, an AI-drafted note the clinician reviews and signs, prescriptions with safety checks, messages
            and payments. Patients see their visits, summaries and medications, and stay in control of their data.
          </p>
          <div className="flex flex-wrap gap-3">
            <Button asChild size="lg">
              <Link href="/sign-up">
                Create an account
                <ArrowRight aria-hidden="true" />
              </Link>
            </Button>
            <Button asChild size="lg" variant="outline">
              <Link href="/sign-in">Sign in</Link>
            </Button>
          </div>
        </div>
        <DraftNoteExample />
      </div>
    </section>
  );
}
