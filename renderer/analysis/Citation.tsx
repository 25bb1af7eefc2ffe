import type { Citation as CitationData } from '../../shared/catalog';

/**
 * Where a statement comes from: the source's title, publisher, locator and address (a link when `linked`),
 * or "Practitioner judgement" with its reasoning.
 */
export function Citation({ citation, linked }: { citation: CitationData; linked: boolean }) {
  if (citation.judgement) {
    return (
      <cite className="hwa-citation">
        Practitioner judgement: {citation.section}
      </cite>
    );
  }
  return (
    <cite className="hwa-citation">
      {citation.source} ({citation.publisher}), {citation.section}
      {citation.url ? <> · {linked ? <a href={citation.url} target="_blank" rel="noreferrer">{citation.url}</a> : citation.url}</> : null}
    </cite>
  );
}
