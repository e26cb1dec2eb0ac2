'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

type NavLinkProps = Omit<ComponentProps<typeof Link>, 'href'> & {
  href: string;
  /** Classes added when the link points at the current page. */
  activeClassName?: string;
  /** Also treat pages below href as current (a section link), not only href itself. */
  matchNested?: boolean;
};

/** A link that tells assistive technology (aria-current="page") and sighted users when it is the current page. */
export function NavLink({ href, className, activeClassName, matchNested = false, ...props }: NavLinkProps) {
  const pathname = usePathname();
  const path = href.split('#')[0] ?? href;
  // A same-page anchor ("/#how-it-works") is a place on a page, never the page itself.
  const isCurrent = !href.includes('#') && (pathname === path || (matchNested && pathname.startsWith(`${path}/`)));
  return (
    <Link
      href={href}
      aria-current={isCurrent ? 'page' : undefined}
      className={cn(className, isCurrent && activeClassName)}
      {...props}
    />
  );
}
