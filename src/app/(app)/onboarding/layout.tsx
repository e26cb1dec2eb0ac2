import type { ReactNode } from 'react';
import { RoleShell } from '@/components/layout/role-shell';
import { requireSignedIn } from '@/server/access/page-guards';
import { shellPropsOf } from '@/server/auth/auth-page-data';

// Any signed-in person may join a clinic as its patient, with or without a role yet.
export default async function OnboardingLayout({ children }: { children: ReactNode }) {
  const principal = await requireSignedIn('/onboarding');
  const shell = await shellPropsOf(principal);
  return <RoleShell {...shell}>{children}</RoleShell>;
}
