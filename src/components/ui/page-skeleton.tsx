import { Skeleton } from './skeleton';

/**
 * The placeholder a page shows while its server data loads (a route's loading.tsx): a heading bar and two blocks,
 * inside a busy region whose hidden text tells a screen reader what is coming.
 */
export function PageSkeleton({ label }: { label: string }) {
  return (
    <div className="flex flex-col gap-4" aria-busy="true" aria-live="polite">
      <p className="sr-only">{label}</p>
      <Skeleton className="h-10 w-64" />
      <Skeleton className="h-40 w-full" />
      <Skeleton className="h-24 w-full" />
    </div>
  );
}
