import Link from 'next/link';
import { authLinkClass } from '@/components/auth/auth-page';

/** A link that can no longer be used: what happened, and the way forward. */
export function InvitationUnavailable({ message }: { message: string }) {
  return (
    <div className="flex flex-col gap-3 text-sm">
      <h2 className="text-lg font-semibold">This invitation cannot be used</h2>
      <p>{message}</p>
      <p>
        Already joined? <Link href="/sign-in" className={authLinkClass}>Sign in</Link>
      </p>
    </div>
  );
}

/** Signed in with another address than the invited one: accepting would attach the role to the wrong person. */
export function WrongAccountNotice({ signedInAs, invitedEmail }: { signedInAs: string; invitedEmail: string }) {
  return (
    <div className="flex flex-col gap-2 text-sm">
      <h2 className="text-lg font-semibold">This invitation is for another address</h2>
      <p>
        You are signed in as <strong className="break-all">{signedInAs}</strong>, but the invitation was sent to{' '}
        <strong className="break-all">{invitedEmail}</strong>. Sign out, then open the link from the email again and sign in (or create
        an account) with that address.
      </p>
    </div>
  );
}
