// "Share this step": every step's card has the button. With the Web Share API (phones, some
// desktops) it opens the system's share sheet; otherwise it copies the step's address to the
// clipboard and says so beside the button (a live region). The address is the canonical page's
// (in an embed too, so a shared link never points into a publisher's frame), in the reader's
// edition, at the step: `…/#step-id`. No third-party request, no share widget.
import { CANONICAL_URL } from '../config';

export type ShareOptions = {
  /** Where the buttons are (the story). */
  root: HTMLElement;
  /** The edition's folder ('' for the default, 'ko/'). */
  dir: string;
  /** The page's title, given to the share sheet. */
  title: string;
  copied: string;
  /** Shown when the clipboard refuses: followed by the address, to copy by hand. */
  failed: string;
};

/** The canonical address of step `id` in the edition in `dir`. */
export const stepLink = (dir: string, id: string) => `${CANONICAL_URL}${dir}#${encodeURIComponent(id)}`;

export const startShare = ({ root, dir, title, copied, failed }: ShareOptions) => {
  const onClick = (e: Event) => {
    const button = (e.target as Element | null)?.closest<HTMLButtonElement>('[data-share]');
    const id = button?.dataset.share;
    if (!button || !id) return;
    const url = stepLink(dir, id);
    const status = button.parentElement?.querySelector('.step__share-status');
    const say = (text: string) => {
      if (status) status.textContent = text;
    };
    const heading = document.getElementById(`${id}-heading`)?.textContent ?? '';
    if (typeof navigator.share === 'function') {
      // Cancelling the sheet rejects: nothing to say then.
      navigator.share({ title, text: heading, url }).catch(() => {});
      return;
    }
    const copy = navigator.clipboard?.writeText(url) ?? Promise.reject(new Error('no clipboard'));
    copy.then(
      () => say(copied),
      () => say(`${failed} ${url}`),
    );
  };
  root.addEventListener('click', onClick);
  return () => root.removeEventListener('click', onClick);
};
