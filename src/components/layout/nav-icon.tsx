import {
  Activity,
  Building2,
  Calculator,
  CalendarDays,
  ChartColumn,
  ClipboardList,
  Clock,
  CreditCard,
  FileSignature,
  FileText,
  HeartPulse,
  LayoutDashboard,
  Layers,
  Mail,
  MessageSquare,
  Pill,
  ScrollText,
  ShieldCheck,
  Stethoscope,
  UserCog,
  Users,
  type LucideIcon,
} from 'lucide-react';
import type { NavIconName } from '@/config/navigation';

// A Record over the union makes the compiler insist that every icon name the configuration may use has a component.
const icons: Record<NavIconName, LucideIcon> = {
  Activity,
  Building2,
  Calculator,
  CalendarDays,
  ChartColumn,
  ClipboardList,
  Clock,
  CreditCard,
  FileSignature,
  FileText,
  HeartPulse,
  LayoutDashboard,
  Layers,
  Mail,
  MessageSquare,
  Pill,
  ScrollText,
  ShieldCheck,
  Stethoscope,
  UserCog,
  Users,
};

/** A decorative icon: the text beside it (visible or screen-reader only) carries the meaning. */
export function NavIcon({ name, className }: { name: NavIconName; className?: string }) {
  const Icon = icons[name];
  return <Icon aria-hidden="true" className={className} />;
}
