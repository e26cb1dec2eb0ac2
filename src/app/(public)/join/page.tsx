import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthPage, authLinkClass } from '@/components/auth/auth-page';
import { GoogleSignIn } from '@/components/auth/google-sign-in';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { AcceptInvitationForm } from '@/components/staff/accept-invitation-form';
import { InvitationUnavailable, WrongAccountNotice } from '@/components/staff/invitation-notice';
import { InvitationSummary } from '@/components/staff/invitation-summary';
import { JoinWithPasswordForm } from '@/components/staff/join-with-password-form';
import { currentPrincipal } from '@/server/access/principal';
import { googleSignInEnabled } from '@/server/auth/auth-page-data';
import { signInWithGoogleAction, signOutAction } from '@/server/auth/auth.actions';
import { canAcceptAs } from '@/server/clinics/invitation.policy';
import { unavailableMessages } from '@/server/clinics/invitation-messages';
import { acceptInvitationAction, joinWithPasswordAction } from '@/server/clinics/staff.actions';
import { viewInvitation } from '@/server/clinics/view-invitation';

export const metadata: Metadata = { title: 'Join your clinic', robots: { index: false, follow: false } };

type JoinPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The invitation's landing page. Rendering it reads the invitation only; the forms below spend it. */
export default async function JoinPage({ searchParams }: JoinPageProps) {
  const { token } = await searchParams;
  const value = typeof token === 'string' ? token : '';
  const invitation = await viewInvitation(value);
  if (invitation.state !== 'pending') {
    return (
      <AuthPage title="Join your clinic">
        <InvitationUnavailable message={unavailableMessages[invitation.state]} />
      </AuthPage>
    );
  }

  const principal = await currentPrincipal();
  const here = `/join?token=${value}`;
  return (
    <AuthPage
      title={`Join ${invitation.clinicName}`}
      description="You have been invited to join this clinic’s staff on ClinixAI."
    >
      <InvitationSummary invitation={invitation} />
      {principal && canAcceptAs(principal.email, invitation.email) && (
        <AcceptInvitationForm token={value} clinicName={invitation.clinicName} action={acceptInvitationAction} />
      )}
      {principal && !canAcceptAs(principal.email, invitation.email) && (
        <>
          <WrongAccountNotice signedInAs={principal.email} invitedEmail={invitation.email} />
          <SignOutButton action={signOutAction} />
        </>
      )}
      {!principal && (
        <>
          <p className="text-sm">
            Already have a ClinixAI account?{' '}
            <Link href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`} className={authLinkClass}>
              Sign in to accept
            </Link>
          </p>
          <h2 className="text-lg font-semibold">New to ClinixAI? Create your account</h2>
          <JoinWithPasswordForm token={value} email={invitation.email} action={joinWithPasswordAction} />
          {googleSignInEnabled() && (
            <>
              <p className="text-sm text-muted-foreground">Or use the Google account of {invitation.email}:</p>
              <GoogleSignIn callbackUrl={here} action={signInWithGoogleAction} />
            </>
          )}
        </>
      )}
    </AuthPage>
  );
}
