import type { PolicyBlock as PolicyBlockValue } from '@/content/policy-types';
import { PolicyTable } from './policy-table';
import { RichText } from './rich-text';

export function PolicyBlock({ block, id }: { block: PolicyBlockValue; id: string }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p className="my-3">
          <RichText value={block.text} />
        </p>
      );
    case 'list':
      return (
        <ul className="my-3 list-disc space-y-1.5 pl-6 marker:text-muted-foreground">
          {block.items.map((item, index) => (
            <li key={index}>
              {item.term && <strong className="font-semibold">{item.term}: </strong>}
              <RichText value={item.text} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return <PolicyTable table={block.table} id={id} />;
    case 'note':
      return (
        <p className="my-4 rounded-lg border-l-4 border-primary bg-accent px-4 py-3 text-accent-foreground">
          <strong className="font-semibold">{block.label}: </strong>
          <RichText value={block.text} />
        </p>
      );
    case 'lines':
      return (
        <address className="my-3 not-italic">
          {block.lines.map((line, index) => (
            <span key={index} className="block">
              <RichText value={line} />
            </span>
          ))}
        </address>
      );
  }
}
