// Links that leave the explainer. On the page they open in place; inside an embed they open a
// new tab, so a reader never navigates the publisher's frame away from the story.
import { createContext, useContext, type ReactNode } from 'react';

export type LinkTarget = 'self' | 'blank';

export const LinkTargetContext = createContext<LinkTarget>('self');

export type ExternalLinkProps = {
  href: string;
  children: ReactNode;
  className?: string;
  hrefLang?: string;
};

export const ExternalLink = ({ href, children, className, hrefLang }: ExternalLinkProps) => {
  const target = useContext(LinkTargetContext);
  return target === 'blank' ? (
    <a href={href} className={className} hrefLang={hrefLang} target="_blank" rel="noopener">
      {children}
    </a>
  ) : (
    <a href={href} className={className} hrefLang={hrefLang}>
      {children}
    </a>
  );
};
