'use client';

import { CircleCheck } from 'lucide-react';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Replaces a form once it has done its job. Focus moves to the heading so screen-reader users hear that
 * the form is gone and what happens next.
 */
export function SuccessPanel({ title, children }: { title: string; children: ReactNode }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <div role="status" className="flex flex-col gap-3">
      <div className="flex items-center gap-3">
        <span aria-hidden="true" className="flex size-9 shrink-0 items-center justify-center rounded-full bg-success text-success-foreground">
          <CircleCheck className="size-5" />
        </span>
        <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
          {title}
        </h2>
      </div>
      <div className="flex flex-col gap-2 text-sm">{children}</div>
    </div>
  );
}
