import { Link2 } from 'lucide-react';
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@/components/ui/card';
import type { FormAction } from './form-state';
import { GoogleSignIn } from './google-sign-in';

/**
 * Links a Google account to the signed-in account. Signing in to Google here proves both sides,
 * so it works even when Google has not verified that address (sign-in with it alone would not).
 */
export function GoogleLinkCard({ linked, action }: { linked: boolean; action: FormAction }) {
  return (
    <Card>
      <CardHeader>
        <Link2 aria-hidden="true" className="size-6 text-primary" />
        <CardTitle as="h2">Google sign-in</CardTitle>
        <CardDescription>
          {linked
            ? 'A Google account is linked: you can sign in with "Continue with Google".'
            : 'Link your Google account to sign in with "Continue with Google" as well as your password.'}
        </CardDescription>
      </CardHeader>
      {linked ? (
        <CardContent>
          <p className="text-sm font-medium">Google account linked.</p>
        </CardContent>
      ) : (
        <CardFooter>
          <GoogleSignIn callbackUrl="/settings?linked=google" action={action} label="Link Google account" />
        </CardFooter>
      )}
    </Card>
  );
}
