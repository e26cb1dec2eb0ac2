import Link from 'next/link';
import { Button } from '@/components/ui/button';

export function ClosingCall() {
  return (
    <section aria-labelledby="closing-title" className="mx-auto max-w-content px-4 py-16 sm:px-6 md:py-20">
      <div className="flex flex-col items-start gap-6 rounded-xl bg-accent p-8 text-accent-foreground md:flex-row md:items-center md:justify-between md:p-12">
        <div className="flex flex-col gap-2">
          <h2 id="closing-title" className="text-3xl font-semibold tracking-tight">
            Ready when your clinic is
          </h2>
          <p className="max-w-xl">
            Patients: create an account to book with your clinic. Clinic staff: sign in with the account your clinic set
            up for you.
          </p>
        </div>
        <div className="flex flex-wrap gap-3">
          <Button asChild size="lg">
            <Link href="/sign-up">Create an account</Link>
          </Button>
          <Button asChild size="lg" variant="outline">
            <Link href="/sign-in">Sign in</Link>
          </Button>
        </div>
      </div>
    </section>
  );
}
