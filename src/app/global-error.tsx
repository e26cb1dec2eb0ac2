'use client';

import Link from 'next/link';
import './globals.css';

/**
 * The last resort, used when the root layout itself fails, so it brings its own <html> and <body>.
 * Like error.tsx it never shows the error's message, stack or digest.
 */
export default function GlobalError({ retry }: { retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <title>Something went wrong · ClinixAI</title>
        <main id="main-content" className="flex min-h-dvh items-center">
          <div className="mx-auto flex max-w-prose-wide flex-col items-start gap-4 px-4 py-16 sm:px-6">
            <p className="text-lg font-semibold">ClinixAI</p>
            <h1 className="text-3xl font-semibold tracking-tight">Something went wrong</h1>
            <p className="text-lg text-muted-foreground">ClinixAI could not show this page. Please try again in a moment.</p>
            <div className="flex flex-wrap gap-3">
              <button
                type="button"
                onClick={() => retry()}
                className="inline-flex min-h-10 items-center rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground hover:bg-primary-hover"
              >
                Try again
              </button>
              <Link href="/" className="inline-flex min-h-10 items-center rounded-md px-2 text-sm font-medium text-primary underline">
                Go to the home page
              </Link>
            </div>
          </div>
        </main>
      </body>
    </html>
  );
}
