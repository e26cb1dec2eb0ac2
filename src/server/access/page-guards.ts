import { notFound, redirect } from 'next/navigation';
import { currentPrincipal, type Principal } from './principal';
import { roleHome, type Role } from '@/config/roles';

/**
 * Guards for server-rendered pages. Anonymous visitors go to sign-in and come back;
 * a signed-in user whose active role is not the page's role gets a 404, the same answer as
 * for something that does not exist, so a page never confirms what another role can see.
 */
export async function requireSignedIn(callbackPath: string): Promise<Principal> {
  const principal = await currentPrincipal();
  if (!principal) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return principal;
}

export async function requireRolePage(role: Role, callbackPath: string): Promise<Principal> {
  const principal = await requireSignedIn(callbackPath);
  if (principal.active?.role !== role) notFound();
  return principal;
}

/** Where "/dashboard" sends a signed-in user. */
export function homeOf(principal: Principal): string | null {
  return principal.active ? roleHome[principal.active.role] : null;
}
