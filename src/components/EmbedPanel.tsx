// "Embed this explainer": the three snippets, each with a copy button (wired in the browser by
// islands/page.tsx: `data-copy` names the code it copies).
import { useId } from 'react';
import { CANONICAL_URL } from '../config';
import { embedSnippets, type Snippets } from '../embed/snippets';
import { isLocale, localeDir } from '../routing/lang';
import type { UiCopy } from '../data/uiCopy';

export type EmbedPanelProps = { ui: Pick<UiCopy, 'page' | 'embed'> };

type Kind = keyof Snippets;
const KINDS: readonly Kind[] = ['script', 'iframe', 'amp'];

export const EmbedPanel = ({ ui }: EmbedPanelProps) => {
  const base = useId();
  const snippets = embedSnippets(CANONICAL_URL, {
    title: ui.embed.frameTitle,
    overflow: ui.embed.overflow,
    // This edition's page pins its language.
    edition: isLocale(ui.page.lang) ? localeDir(ui.page.lang) : '',
    lang: ui.page.lang,
  });
  const labels: Record<Kind, string> = { script: ui.embed.script, iframe: ui.embed.iframe, amp: ui.embed.amp };

  return (
    <section className="embed-panel" aria-labelledby="embed-heading">
      <details>
        <summary>
          <h2 id="embed-heading">{ui.embed.heading}</h2>
        </summary>
        <p className="section-intro">{ui.embed.intro}</p>
        {KINDS.map((kind) => {
          const id = `${base}-${kind}`;
          return (
            <div className="embed-panel__snippet" key={kind}>
              <h3 id={`${id}-label`}>{labels[kind]}</h3>
              <pre>
                <code id={id}>{snippets[kind]}</code>
              </pre>
              <button
                type="button"
                className="button embed-panel__copy"
                aria-describedby={`${id}-label`}
                data-copy={id}
              >
                {ui.embed.copyCode}
              </button>
              <p className="embed-panel__status" role="status"></p>
            </div>
          );
        })}
      </details>
    </section>
  );
};
