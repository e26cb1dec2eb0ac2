import Link from 'next/link';
import type { InlineNode, RichText as RichTextValue } from '@/content/policy-types';

const linkClass = 'font-medium text-primary underline hover:no-underline';

function Inline({ node }: { node: InlineNode }) {
  if (typeof node === 'string') return node;
  if ('code' in node) return <code className="rounded-sm bg-muted px-1 py-0.5 font-mono text-[0.875em] break-all">{node.code}</code>;
  if ('strong' in node) return <strong className="font-semibold">{node.strong}</strong>;
  // Internal paths go through the router; mail and other sites are plain anchors (no prefetch, no tracking).
  if (node.href.startsWith('/')) {
    return (
      <Link href={node.href} className={linkClass}>
        {node.text}
      </Link>
    );
  }
  return (
    <a href={node.href} className={linkClass}>
      {node.text}
    </a>
  );
}

export function RichText({ value }: { value: RichTextValue }) {
  if (typeof value === 'string') return value;
  return value.map((node, index) => <Inline key={index} node={node} />);
}
