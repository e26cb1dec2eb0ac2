'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { MinimalFrame } from '@/components/layout/minimal-frame';
import { Button } from '@/components/ui/button';

/**
 * Shown when a page fails. It deliberately ignores the error it receives: neither the message, the stack nor
 * the digest reaches the screen, because they can carry internal or patient details. The server has logged it.
 */
export default function ErrorPage({ retry }: { retry: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Moving focus to the heading tells screen-reader users that the page they were on has been replaced.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <MinimalFrame>
      <h1 ref={headingRef} tabIndex={-1} className="text-3xl font-semibold tracking-tight focus:outline-none">
        Something went wrong
      </h1>
      <p className="text-lg text-muted-foreground">
        This page could not be shown. Please try again; if it keeps
        happening, contact us.
      </p>
      <div className="flex flex-wrap gap-3">
        <Button onClick={() => retry()}>Try again</Button>
        <Button asChild variant="outline">
          <Link href="/">Go to the home page</Link>
        </Button>
      </div>
    </MinimalFrame>
  );
}
