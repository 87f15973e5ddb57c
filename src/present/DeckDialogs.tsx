// Presentation mode's two dialogs: the keys it answers to, and a list of every slide to go to.
import type { Dispatch, SetStateAction } from 'react';
import type { StoryCopy } from '../data/story';
import type { T } from '../data/copy/text';
import { closing, Dialog, type DialogId } from './Dialog';
import { slideHeading } from './Notes';
import { slides } from './slides';

export type DeckDialogsProps = {
  /** The dialog open, if any. */
  open: DialogId | null;
  setOpen: Dispatch<SetStateAction<DialogId | null>>;
  /** The slide shown (marked in the list). */
  index: number;
  go: (index: number) => void;
  copy: StoryCopy;
  t: T;
};

export const DeckDialogs = ({ open, setOpen, index, go, copy, t }: DeckDialogsProps) => {
  const { ui } = copy;
  return (
    <>
      <Dialog
        open={open === 'help'}
        onClose={() => setOpen(closing('help'))}
        label={ui.deck.keysHeading}
        closeLabel={ui.deck.close}
      >
        <ul className="present__keys">
          {[
            ui.deck.keysNext,
            ui.deck.keysPrevious,
            ui.deck.keysFirstLast,
            ui.deck.keysFullscreen,
            ui.deck.keysBlack,
            ui.deck.keysEscape,
            ui.deck.keysGoTo,
            ui.deck.keysNotes,
            ui.deck.keysHelp,
          ].map((k) => (
            <li key={k}>{k}</li>
          ))}
        </ul>
      </Dialog>
      <Dialog
        open={open === 'goto'}
        onClose={() => setOpen(closing('goto'))}
        label={ui.deck.goToHeading}
        closeLabel={ui.deck.close}
      >
        <ol className="present__goto">
          {slides.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                className="present__goto-item"
                aria-current={i === index ? 'step' : undefined}
                onClick={() => {
                  go(i);
                  setOpen(null);
                }}
              >
                {slideHeading(s, copy, t)}
              </button>
            </li>
          ))}
        </ol>
      </Dialog>
    </>
  );
};
