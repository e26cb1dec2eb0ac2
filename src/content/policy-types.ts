// The shape of the long legal texts (Cookie Policy, Privacy Notice, Terms). Keeping them as data lets one
// renderer give them the same headings, anchors and accessible tables, and lets code (the cookie registry,
// consent versioning) read the same facts the published text states.

/** A run of text: plain, a link, inline code (cookie names) or emphasis. */
export type InlineNode = string | { text: string; href: string } | { code: string } | { strong: string };
export type RichText = string | readonly InlineNode[];

export type PolicyTable = {
  /** Read by screen readers before the table; also names the scrollable region on narrow screens. */
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly RichText[])[];
};

export type PolicyBlock =
  | { kind: 'paragraph'; text: RichText }
  | { kind: 'list'; items: readonly { term?: string; text: RichText }[] }
  | { kind: 'table'; table: PolicyTable }
  | { kind: 'note'; label: string; text: RichText }
  /** Lines of an address block, each on its own line (contact details). */
  | { kind: 'lines'; lines: readonly RichText[] };

export type PolicySection = {
  /** The anchor (#id) of the section's heading. */
  id: string;
  /** The section number as published ("2.", "2.1"); omitted for unnumbered sections. */
  number?: string;
  title: string;
  blocks: readonly PolicyBlock[];
  subsections?: readonly PolicySection[];
};

export type PolicyDocumentContent = {
  title: string;
  /** The published date, as ISO date and as printed. */
  lastUpdated: { iso: string; label: string };
  /** How the date line is introduced ("Last Updated" in the Cookie Policy as published). */
  lastUpdatedPrefix: string;
  summary?: RichText;
  sections: readonly PolicySection[];
};
