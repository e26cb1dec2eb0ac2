import type { ReactNode } from 'react';
import type { PolicyDocumentContent, PolicySection as PolicySectionValue } from '@/content/policy-types';
import { PolicyBlock } from './policy-block';
import { RichText } from './rich-text';

function sectionHeading(section: PolicySectionValue): string {
  return section.number ? `${section.number} ${section.title}` : section.title;
}

function PolicySection({ section, level }: { section: PolicySectionValue; level: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={section.id} className={level === 2 ? 'mt-10' : 'mt-6'}>
      <Heading id={section.id} className={level === 2 ? 'text-2xl font-semibold tracking-tight' : 'text-lg font-semibold'}>
        {sectionHeading(section)}
      </Heading>
      {section.blocks.map((block, index) => (
        <PolicyBlock key={index} block={block} id={`${section.id}-${index}`} />
      ))}
      {section.subsections?.map((subsection) => (
        <PolicySection key={subsection.id} section={subsection} level={3} />
      ))}
    </section>
  );
}

/** A table of contents, for long documents where readers come for one section. */
function Contents({ sections }: { sections: readonly PolicySectionValue[] }) {
  return (
    <nav aria-label="On this page" className="mt-8 rounded-lg border bg-muted p-4 text-sm">
      <p className="mb-2 font-semibold">On this page</p>
      <ol className="grid gap-1 sm:grid-cols-2">
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} className="text-primary underline hover:no-underline">
              {sectionHeading(section)}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Renders a policy (Cookie Policy, Privacy Notice, Terms) with one h1, numbered h2/h3 sections and anchors. */
export function PolicyDocument({
  document,
  showContents = false,
  children,
}: {
  document: PolicyDocumentContent;
  showContents?: boolean;
  /** Page-specific content after the policy text (for example the cookie settings). */
  children?: ReactNode;
}) {
  return (
    <article className="mx-auto max-w-prose-wide px-4 py-12 leading-relaxed sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">{document.title}</h1>
      <p className="mt-2 text-muted-foreground">
        {document.lastUpdatedPrefix}: <time dateTime={document.lastUpdated.iso}>{document.lastUpdated.label}</time>
      </p>
      {document.summary && (
        <p className="mt-6 text-lg">
          <RichText value={document.summary} />
        </p>
      )}
      {showContents && <Contents sections={document.sections} />}
      {document.sections.map((section) => (
        <PolicySection key={section.id} section={section} level={2} />
      ))}
      {children}
    </article>
  );
}
