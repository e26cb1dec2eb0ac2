import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';

type AuthPageProps = {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  /** Links under the card: "New here? Create an account" and the like. */
  footer?: ReactNode;
};

/** The frame of the sign-in, sign-up and password pages: one narrow column with the page's only h1. */
export function AuthPage({ title, description, children, footer }: AuthPageProps) {
  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6 px-4 py-10 sm:py-16">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">{title}</h1>
        {description && <div className="text-muted-foreground">{description}</div>}
      </div>
      <Card className="gap-5 p-5 sm:p-6">{children}</Card>
      {footer && <div className="flex flex-col gap-2 text-sm text-muted-foreground">{footer}</div>}
    </div>
  );
}

/** A link styled for running text on the auth pages. */
export const authLinkClass = 'font-medium text-primary underline hover:no-underline';
