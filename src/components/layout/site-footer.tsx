import Link from 'next/link';
import { CookieSettingsButton } from '@/components/consent/cookie-settings-button';
import { policyLinks } from '@/config/navigation';
import { cn } from '@/lib/cn';

const linkClass = 'inline-flex min-h-6 items-center rounded-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline';

/**
 * The footer on every page, public and signed-in: the policies and the cookie settings must be reachable
 * from anywhere (the Cookie Policy promises a Cookie settings link on every page).
 */
export function SiteFooter({ compact = false }: { compact?: boolean }) {
  return (
    <footer className={cn('border-t bg-muted text-sm', compact ? 'py-4' : 'py-8')}>
      <div className="mx-auto flex max-w-content flex-col gap-4 px-4 sm:px-6 md:flex-row md:items-start md:justify-between">
        <div className="flex flex-col gap-1">
          <p className="font-semibold text-foreground">ClinixAI</p>
          {!compact && (
            <p className="max-w-md text-muted-foreground">
              Not for emergencies. If you think you or someone else needs urgent help, call your local emergency number.
            </p>
          )}
        </div>
        <nav aria-label="Policies and contact">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {policyLinks.map((link) => (
              <li key={link.href}>
                {/* No prefetch: these links sit on every page, in view on short ones, and are rarely followed;
                    prefetching them cost a server render of four pages per page view. */}
                <Link href={link.href} prefetch={false} className={linkClass}>
                  {link.label}
                </Link>
              </li>
            ))}
            <li>
              <CookieSettingsButton className={linkClass} />
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
