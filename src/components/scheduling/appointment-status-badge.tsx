import { Badge, type BadgeProps } from '@/components/ui/badge';
import { statusLabels, type AppointmentStatus } from './scheduling-types';

const variants: Record<AppointmentStatus, BadgeProps['variant']> = {
  booked: 'accent',
  arrived: 'warning',
  completed: 'success',
  cancelled: 'outline',
  no_show: 'secondary',
};

/** The status in words; colour only repeats it. */
export function AppointmentStatusBadge({ status }: { status: AppointmentStatus }) {
  return <Badge variant={variants[status]}>{statusLabels[status]}</Badge>;
}
