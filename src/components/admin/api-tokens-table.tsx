'use client';

import { useActionState } from 'react';
import { LocalTime } from '@/components/auth/local-time';
import { SubmitButton } from '@/components/auth/submit-button';
import { Badge } from '@/components/ui/badge';
import type { TokenFormAction, TokenFormState } from './api-token-form-state';

export type ApiTokenItem = {
  id: string;
  name: string;
  acting: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  status: 'active' | 'expired' | 'revoked';
};

const headClass = 'border-b px-3 py-2 font-medium text-muted-foreground';
const cellClass = 'border-b px-3 py-3 align-middle';
const looks = { active: 'success', expired: 'secondary', revoked: 'outline' } as const;

function RevokeButton({ token, action }: { token: ApiTokenItem; action: TokenFormAction }) {
  const [state, dispatch, pending] = useActionState<TokenFormState, FormData>(action, null);
  return (
    <form action={dispatch} className="flex flex-col items-start gap-1">
      <input type="hidden" name="id" value={token.id} />
      <SubmitButton variant="outline" size="sm" pending={pending} pendingLabel="Revoking…">
        Revoke<span className="sr-only"> {token.name}</span>
      </SubmitButton>
      {state && !state.ok && <p role="alert" className="text-sm font-medium text-destructive">{state.error.message}</p>}
    </form>
  );
}

export function ApiTokensTable({ tokens, revoke }: { tokens: readonly ApiTokenItem[]; revoke: TokenFormAction }) {
  if (tokens.length === 0) return <p className="text-sm text-muted-foreground">You have no API tokens.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[44rem] border-collapse text-left text-sm">
        <caption className="sr-only">Your API tokens</caption>
        <thead>
          <tr>
            <th scope="col" className={headClass}>Name</th>
            <th scope="col" className={headClass}>Acts as</th>
            <th scope="col" className={headClass}>Status</th>
            <th scope="col" className={headClass}>Expires</th>
            <th scope="col" className={headClass}>Last used</th>
            <th scope="col" className={headClass}><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id}>
              <th scope="row" className={`${cellClass} font-medium`}>{t.name}</th>
              <td className={cellClass}>{t.acting}</td>
              <td className={cellClass}><Badge variant={looks[t.status]}>{t.status}</Badge></td>
              <td className={cellClass}><LocalTime iso={t.expiresAt} /></td>
              <td className={cellClass}>{t.lastUsedAt ? <LocalTime iso={t.lastUsedAt} /> : 'Never'}</td>
              <td className={cellClass}>{t.status === 'active' && <RevokeButton token={t} action={revoke} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
