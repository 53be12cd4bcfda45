/** Saving bytes or text as a file the user downloads. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const downloadText = (fileName: string, text: string, type = 'application/json') =>
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
