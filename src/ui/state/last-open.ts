/** Which project to reopen after a reload (localStorage; ignored where it is blocked). */
const KEY = 'backsmith:last-open';

export function rememberOpen(id: string | undefined): void {
  try {
    if (id) localStorage.setItem(KEY, id);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage blocked: the app simply starts on the project list.
  }
}

export function lastOpen(): string | undefined {
  try {
    return localStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
