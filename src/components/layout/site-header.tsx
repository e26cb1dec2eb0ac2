import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { publicNavigation } from '@/config/navigation';
import { NavLink } from './nav-link';
import { Wordmark } from './wordmark';

/** Header of the public site. On narrow screens the links move to a second row instead of hiding behind a menu. */
export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b bg-background/95 backdrop-blur supports-[backdrop-filter]:bg-background/85">
      <div className="mx-auto flex max-w-content flex-wrap items-center gap-x-2 gap-y-1 px-4 py-2 sm:gap-x-6 sm:px-6 md:h-header md:flex-nowrap md:py-0">
        <Wordmark />
        <nav aria-label="Main" className="order-last -mx-2 w-full overflow-x-auto md:order-none md:mx-0 md:w-auto">
          <ul className="flex items-center gap-1">
            {publicNavigation.map((item) => (
              <li key={item.href}>
                <NavLink
                  href={item.href}
                  className="inline-flex min-h-10 items-center rounded-md px-2 text-sm font-medium whitespace-nowrap text-muted-foreground no-underline hover:text-foreground hover:underline"
                  activeClassName="text-foreground underline"
                >
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-1 sm:gap-2">
          <Button asChild variant="ghost" size="sm">
            <Link href="/sign-in">Sign in</Link>
          </Button>
          <Button asChild size="sm">
            <Link href="/sign-up">Create an account</Link>
          </Button>
        </div>
      </div>
    </header>
  );
}
