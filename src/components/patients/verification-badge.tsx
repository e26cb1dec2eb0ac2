import { Badge } from '@/components/ui/badge';
import type { Verification } from './chart-types';

/** Patient-reported entries stay visibly unconfirmed until a clinician confirms them. */
export function VerificationBadge({ verification }: { verification: Verification }) {
  return verification === 'unconfirmed' ? <Badge variant="warning">Patient-reported, not yet confirmed</Badge> : null;
}
