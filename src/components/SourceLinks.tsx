// Inline links to a claim's sources, by outlet name.
import { sources, type SourceId } from '../data/sources';
import { ExternalLink } from './links';

export type SourceLinksProps = {
  /** Source ids, in the order to list them. */
  ids: readonly SourceId[];
  /** Words before the list, e.g. "Sources". */
  label: string;
  className?: string;
};

export const SourceLinks = ({ ids, label, className = 'source-links' }: SourceLinksProps) => (
  <p className={className}>
    <span className="source-links__label">{label}: </span>
    {ids.map((id, i) => (
      <span key={id}>
        {i > 0 && ', '}
        <ExternalLink href={sources[id].url} hrefLang="en">
          {sources[id].outlet}
        </ExternalLink>
      </span>
    ))}
  </p>
);
