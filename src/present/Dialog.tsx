// The deck's modal dialogs (the keys, go to a slide): a native <dialog>, so focus moves in, Esc
// closes it and focus returns where it was.
import { useEffect, useRef, type ReactNode } from 'react';

export type DialogId = 'help' | 'goto';

/** A dialog's late `close` event never closes the dialog opened after it. */
export const closing = (id: DialogId) => (open: DialogId | null) => (open === id ? null : open);

export const Dialog = ({
  open,
  onClose,
  label,
  closeLabel,
  children,
}: {
  open: boolean;
  onClose: () => void;
  label: string;
  closeLabel: string;
  children: ReactNode;
}) => {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="present__dialog" aria-label={label} onClose={onClose}>
      <h2>{label}</h2>
      {children}
      <button type="button" className="button" onClick={onClose}>
        {closeLabel}
      </button>
    </dialog>
  );
};
