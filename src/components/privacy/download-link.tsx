import { Download } from 'lucide-react';
import { Button } from '@/components/ui/button';

/**
 * A plain link to a download route: the server answers with Content-Disposition: attachment, so the
 * browser saves the file and the page stays put. Works without JavaScript and with the keyboard.
 */
export function DownloadLink({ href, children }: { href: string; children: string }) {
  return (
    <Button asChild variant="outline">
      <a href={href} download>
        <Download aria-hidden="true" />
        {children}
      </a>
    </Button>
  );
}
