import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';

/**
 * Where the signed-in user's menu and role switcher will sit. Until sign-in exists it names the role whose
 * area this is and offers the way in; it shows no one's name because no one is signed in.
 */
export function AccountMenuPlaceholder({ roleLabel }: { roleLabel: string }) {
  return (
    <div className="flex items-center gap-3">
      <Badge variant="accent">
        <span className="sr-only">Area: </span>
        {roleLabel}
      </Badge>
      <Button asChild variant="outline" size="sm">
        <Link href="/sign-in">Sign in</Link>
      </Button>
    </div>
  );
}
