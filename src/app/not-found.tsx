import type { Metadata } from 'next';
import Link from 'next/link';
import { MinimalFrame } from '@/components/layout/minimal-frame';
import { Button } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Page not found' };

// Says nothing about why: "not found" is also the answer for records the visitor may not see (DESIGN.md §4, rule 1).
export default function NotFound() {
  return (
    <MinimalFrame>
      <p className="text-sm font-semibold text-primary">404</p>
      <h1 className="text-3xl font-semibold tracking-tight">Page not found</h1>
      <p className="text-lg text-muted-foreground">
        There is nothing at this address. Check the link, or start again from the home page.
      </p>
      <div className="flex flex-wrap gap-3">
        <Button asChild>
          <Link href="/">Go to the home page</Link>
        </Button>
        <Button asChild variant="outline">
          <Link href="/contact">Contact us</Link>
        </Button>
      </div>
    </MinimalFrame>
  );
}
