import { Badge, type BadgeProps } from '@/components/ui/badge';

type Status = 'pending' | 'accepted' | 'revoked' | 'expired' | 'active' | 'deactivated';

const looks: Record<Status, { label: string; variant: BadgeProps['variant'] }> = {
  pending: { label: 'Pending', variant: 'accent' },
  accepted: { label: 'Accepted', variant: 'success' },
  revoked: { label: 'Withdrawn', variant: 'outline' },
  expired: { label: 'Expired', variant: 'secondary' },
  active: { label: 'Active', variant: 'success' },
  deactivated: { label: 'Deactivated', variant: 'secondary' },
};

/** A status in words (colour only repeats it, so it is never the only signal). */
export function StatusBadge({ status }: { status: Status }) {
  const look = looks[status];
  return <Badge variant={look.variant}>{look.label}</Badge>;
}
