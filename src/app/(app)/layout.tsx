import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// The signed-in area is personal: keep it out of search engines even where a page is reachable without a session.
export const metadata: Metadata = { robots: { index: false, follow: false } };

// Each layout below checks the session itself and renders the shell: the role areas with requireRolePage (a
// 404 for another role renders outside the shell), /dashboard and /settings with requireSignedIn.
export default function SignedInLayout({ children }: { children: ReactNode }) {
  return children;
}
