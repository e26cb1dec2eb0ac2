import type { ReactNode } from 'react';
import { RoleShell } from '@/components/layout/role-shell';

export default function ClinicAdminLayout({ children }: { children: ReactNode }) {
  return <RoleShell role="clinic_admin">{children}</RoleShell>;
}
