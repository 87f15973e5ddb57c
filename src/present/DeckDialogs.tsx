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
  const ui = copy.ui.deck;
  return (
    <>
      <Dialog
        open={open === 'help'}
        onClose={() => setOpen(closing('help'))}
        label={ui.keysHeading}
        closeLabel={ui.close}
      >
        <ul className="present__keys">
          {[
            ui.keysNext,
            ui.keysPrevious,
            ui.keysFirstLast,
            ui.keysFullscreen,
            ui.keysBlack,
            ui.keysEscape,
            ui.keysGoTo,
            ui.keysNotes,
            ui.keysHelp,
          ].map((k) => (
            <li key={k}>{k}</li>
          ))}
        </ul>
      </Dialog>
      <Dialog
        open={open === 'goto'}
        onClose={() => setOpen(closing('goto'))}
        label={ui.goToHeading}
        closeLabel={ui.close}
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
