import { HeartPulse } from 'lucide-react';
import Link from 'next/link';
import { cn } from '@/lib/cn';

/** The ClinixAI logo and name, linking home; its accessible name is the product name followed by "home". */
export function Wordmark({ href = '/', className }: { href?: string; className?: string }) {
  return (
    <Link
      href={href}
      className={cn('inline-flex items-center gap-2 rounded-md text-lg font-semibold tracking-tight no-underline', className)}
    >
      <span aria-hidden="true" className="flex size-8 items-center justify-center rounded-md bg-primary text-primary-foreground">
        <HeartPulse className="size-5" />
      </span>
      <span>
        Clinix<span className="text-primary">AI</span>
        <span className="sr-only"> home</span>
      </span>
    </Link>
  );
}
