/** Short notices at the bottom of the page, some with an action (Undo, Open). */
import { createSignal } from 'solid-js';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
}

export function createToasts() {
  const [list, setList] = createSignal<Toast[]>([]);
  let next = 1;
  const dismiss = (id: number) => setList((all) => all.filter((t) => t.id !== id));
  const show = (toast: Omit<Toast, 'id' | 'tone'> & { tone?: Toast['tone'] }, timeoutMs = 8000) => {
    const id = next++;
    setList((all) => [...all.slice(-3), { tone: 'info', ...toast, id }]);
    if (timeoutMs > 0) setTimeout(() => dismiss(id), timeoutMs);
    return id;
  };
  return { list, show, dismiss };
}

export type Toasts = ReturnType<typeof createToasts>;
