// "Embed this explainer": the three snippets, each with a copy button.
import { useId, useState } from 'react';
import type { StoryCopy } from '../data/story';
import { CANONICAL_URL } from '../config';
import { embedSnippets, type Snippets } from '../embed/snippets';
import { isLocale, localeDir } from '../i18n';

export type EmbedPanelProps = { ui: StoryCopy['ui'] };

type Kind = keyof Snippets;
const KINDS: readonly Kind[] = ['script', 'iframe', 'amp'];

/** Copies through the Clipboard API, or by selecting the code where that is refused. */
const copyText = async (text: string, code: HTMLElement | null): Promise<boolean> => {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!code) return false;
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return false;
  }
};

export const EmbedPanel = ({ ui }: EmbedPanelProps) => {
  const base = useId();
  const snippets = embedSnippets(CANONICAL_URL, {
    title: ui.embedFrameTitle,
    overflow: ui.embedOverflow,
    // This edition's page pins its language.
    edition: isLocale(ui.lang) ? localeDir(ui.lang) : '',
    lang: ui.lang,
  });
  const labels: Record<Kind, string> = { script: ui.embedScript, iframe: ui.embedIframe, amp: ui.embedAmp };
  const [status, setStatus] = useState<{ kind: Kind; ok: boolean } | null>(null);

  return (
    <section className="embed-panel" aria-labelledby="embed-heading">
      <details>
        <summary>
          <h2 id="embed-heading">{ui.embedHeading}</h2>
        </summary>
        <p className="section-intro">{ui.embedIntro}</p>
        {KINDS.map((kind) => {
          const id = `${base}-${kind}`;
          return (
            <div className="embed-panel__snippet" key={kind}>
              <h3 id={`${id}-label`}>{labels[kind]}</h3>
              <pre aria-labelledby={`${id}-label`}>
                <code id={id}>{snippets[kind]}</code>
              </pre>
              <button
                type="button"
                className="button embed-panel__copy"
                aria-describedby={`${id}-label`}
                onClick={() =>
                  void copyText(snippets[kind], document.getElementById(id)).then((ok) => setStatus({ kind, ok }))
                }
              >
                {ui.copyCode}
              </button>
              <p className="embed-panel__status" role="status">
                {status?.kind === kind && (status.ok ? ui.copied : ui.copyFailed)}
              </p>
            </div>
          );
        })}
      </details>
    </section>
  );
};
