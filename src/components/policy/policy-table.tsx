import type { PolicyTable as PolicyTableValue } from '@/content/policy-types';
import { RichText } from './rich-text';

/**
 * A data table with a caption and column headers. On narrow screens it scrolls sideways inside a region that
 * can take keyboard focus, so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function PolicyTable({ table, id }: { table: PolicyTableValue; id: string }) {
  const captionId = `${id}-caption`;
  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} className="my-4 overflow-x-auto rounded-lg border">
      <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
        <caption id={captionId} className="sr-only">
          {table.caption}
        </caption>
        <thead className="bg-muted">
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col" className="px-4 py-3 font-semibold text-foreground">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            <tr key={rowIndex} className="border-t align-top">
              {row.map((cell, cellIndex) =>
                // The first cell names the row (the cookie), so it is the row header.
                cellIndex === 0 ? (
                  <th key={cellIndex} scope="row" className="px-4 py-3 font-normal [&_code]:break-normal [&_code]:whitespace-nowrap">
                    <RichText value={cell} />
                  </th>
                ) : (
                  <td key={cellIndex} className="px-4 py-3 text-muted-foreground">
                    <RichText value={cell} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
