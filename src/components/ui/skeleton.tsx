import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

/** A loading placeholder; hidden from assistive technology, so the surrounding region should say it is busy (aria-busy). */
export function Skeleton({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden="true"
      className={cn('rounded-md bg-muted motion-safe:animate-pulse', className)}
      {...props}
    />
  );
}
