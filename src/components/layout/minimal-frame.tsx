import type { ReactNode } from 'react';
import { SiteFooter } from './site-footer';
import { Wordmark } from './wordmark';

/**
 * The frame of the not-found and error pages. Those render outside the public and app layouts, and an error
 * page must not depend on the parts that may have failed, so it uses only static pieces.
 */
export function MinimalFrame({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b">
        <div className="mx-auto flex h-header max-w-content items-center px-4 sm:px-6">
          <Wordmark />
        </div>
      </header>
      <main id="main-content" tabIndex={-1} className="flex flex-1 items-center">
        <div className="mx-auto flex w-full max-w-prose-wide flex-col items-start gap-4 px-4 py-16 sm:px-6">{children}</div>
      </main>
      <SiteFooter compact />
    </div>
  );
}
