import type { ReactNode } from 'react';
import { RoleShell } from '@/components/layout/role-shell';

export default function ClinicianLayout({ children }: { children: ReactNode }) {
  return <RoleShell role="clinician">{children}</RoleShell>;
}
