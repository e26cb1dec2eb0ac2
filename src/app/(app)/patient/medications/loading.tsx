import { Skeleton } from '@/components/ui/skeleton';

export default function MyMedicationsLoading() {
  return (
    <div className="flex max-w-3xl flex-col gap-6" aria-busy="true" aria-live="polite">
      <p className="sr-only">Loading your medications…</p>
      <Skeleton className="h-10 w-72" />
      <Skeleton className="h-40 w-full" />
      <Skeleton className="h-24 w-full" />
    </div>
  );
}
