import { PageSkeleton } from '@/components/ui/page-skeleton';

export default function MyMedicationsLoading() {
  return <PageSkeleton label="Loading your medications…" />;
}
