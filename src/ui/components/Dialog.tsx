/**
 * A modal dialog on the native <dialog>: the browser traps focus, Esc closes it (the
 * `cancel` event), and focus returns to what opened it.
 */
import { createEffect, createUniqueId, onCleanup, type JSX } from 'solid-js';

export function Dialog(props: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: JSX.Element;
  wide?: boolean;
  /** Text of the close button in the corner; dialogs with their own actions may hide it. */
  closeLabel?: string;
}) {
  let element!: HTMLDialogElement;
  let opener: Element | null = null;
  const titleId = createUniqueId();
  createEffect(() => {
    if (props.open && !element.open) {
      opener = document.activeElement;
      element.showModal();
    } else if (!props.open && element.open) {
      element.close();
    }
  });
  const restoreFocus = () => {
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    opener = null;
  };
  onCleanup(() => element?.open && element.close());
  return (
    <dialog
      ref={element}
      class={`dialog ${props.wide ? 'dialog-wide' : ''}`}
      aria-labelledby={`dialog-title-${titleId}`}
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
      onClose={() => {
        restoreFocus();
        if (props.open) props.onClose();
      }}
    >
      <header class="dialog-header">
        <h2 id={`dialog-title-${titleId}`}>{props.title}</h2>
        <button
          type="button"
          class="icon-button"
          aria-label={props.closeLabel ?? 'Close'}
          onClick={() => props.onClose()}
        >
          ×
        </button>
      </header>
      <div class="dialog-body">{props.children}</div>
    </dialog>
  );
}
