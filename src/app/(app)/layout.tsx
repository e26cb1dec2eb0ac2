import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// The signed-in area is personal: keep it out of search engines even where a page is reachable without a session.
export const metadata: Metadata = { robots: { index: false, follow: false } };

// Each role's layout below renders the shell with its own navigation; the session check joins here with sign-in.
export default function SignedInLayout({ children }: { children: ReactNode }) {
  return children;
}
