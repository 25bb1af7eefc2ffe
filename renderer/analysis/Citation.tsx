import type { Citation as CitationData } from '../../shared/catalog';

/** The seed document the catalogue's `seed` citations point to (shared/seed/virtualization-vs-containerization.md). */
const seedTitle = 'Virtualization vs Containerization (seed document)';

/** Where a statement comes from: the source, its section, and a link for public sources when `linked`. */
export function Citation({ citation, linked }: { citation: CitationData; linked: boolean }) {
  const source = citation.source === 'seed' ? seedTitle : citation.source;
  return (
    <cite className="hwa-citation">
      {linked && citation.url ? (
        <a href={citation.url} target="_blank" rel="noreferrer">
          {source}
        </a>
      ) : (
        source
      )}
      {`, ${citation.section}`}
    </cite>
  );
}
