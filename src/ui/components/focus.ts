/** Puts focus back on a button after its list item moved (moving a node in the DOM blurs it). */
export function refocusButton(label: string, fallbackLabel?: string): void {
  requestAnimationFrame(() => {
    const find = (text: string) =>
      document.querySelector<HTMLButtonElement>(`button[aria-label="${CSS.escape(text)}"]`);
    const target = find(label);
    if (target && !target.disabled) target.focus();
    else if (fallbackLabel) find(fallbackLabel)?.focus();
  });
}
