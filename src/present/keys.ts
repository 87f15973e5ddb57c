// Presentation keys, as presenter clickers send them, mapped to actions. Pure, so every key is
// tested without a browser.

export type Action =
  'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'black' | 'escape' | 'goto' | 'help' | 'notes';

export type KeyInput = {
  key: string;
  /** The physical key: letters work on any layout (N on a Ukrainian keyboard types т). */
  code?: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
};

/** Letter keys by position, for layouts whose letters are not Latin. */
const BY_CODE: Record<string, Action> = {
  KeyN: 'next',
  KeyP: 'previous',
  KeyF: 'fullscreen',
  KeyB: 'black',
  KeyG: 'goto',
  KeyS: 'notes',
  Period: 'black',
};

export const actionFor = ({ key, code, shiftKey = false, ctrlKey, metaKey, altKey }: KeyInput): Action | null => {
  // Browser and system shortcuts (Ctrl+P prints, Cmd+R reloads) are not ours.
  if (ctrlKey || metaKey || altKey) return null;
  const byKey = keyAction(key, shiftKey);
  if (byKey) return byKey;
  // A letter typed in another script: the key's position decides.
  return code && /^\p{L}$/u.test(key) ? (BY_CODE[code] ?? null) : null;
};

const keyAction = (key: string, shiftKey: boolean): Action | null => {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'n':
    case 'N':
      return 'next';
    case ' ':
    case 'Spacebar':
      return shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'p':
    case 'P':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'b':
    case 'B':
    case '.':
      return 'black';
    case 'Escape':
      return 'escape';
    case 'g':
    case 'G':
      return 'goto';
    case '?':
      return 'help';
    case 's':
    case 'S':
      return 'notes';
    default:
      return null;
  }
};

/** The slide an action leads to, clamped to the deck. */
export const move = (index: number, action: Action, count: number): number => {
  const last = count - 1;
  if (action === 'next') return Math.min(last, index + 1);
  if (action === 'previous') return Math.max(0, index - 1);
  if (action === 'first') return 0;
  if (action === 'last') return last;
  return index;
};
