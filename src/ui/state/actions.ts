/** Editor actions shared by buttons and keyboard shortcuts: download the ZIP, share, export. */
import { shareOffer } from '../../share/fragment';
import { exportFileName, specJson } from '../../storage';
import { generateZip } from '../generator';
import { downloadBlob, downloadText } from './downloads';
import type { Editor } from './editor';

export async function downloadZip(editor: Editor): Promise<string> {
  if (!editor.spec()) return 'Fix the problems in the spec before downloading.';
  const result = await generateZip(editor.snapshot());
  if (!result.ok) return result.message;
  downloadBlob(result.fileName, new Blob([result.bytes as BlobPart], { type: 'application/zip' }));
  return `Downloaded ${result.fileName}.`;
}

export function downloadSpec(editor: Editor): void {
  const spec = editor.snapshot();
  downloadText(exportFileName(spec.project.name || 'backsmith-project'), specJson(spec));
}

/** The page's address without its fragment: where a share link points. */
export const appBase = () => `${location.origin}${location.pathname}`;

export function shareOfferFor(editor: Editor) {
  return shareOffer(JSON.stringify(editor.snapshot()), appBase());
}
