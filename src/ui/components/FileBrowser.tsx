/** The generated project: a folder tree and the selected file, with copy and download. */
import { createMemo, createSignal, For, Show } from 'solid-js';
import type { GeneratedFile } from '../../generator';
import { fileTree, type TreeFolder } from '../derived/file-tree';
import { downloadText } from '../state/downloads';
import { CodeView } from './CodeView';

function Folder(props: { folder: TreeFolder; selected: string; onSelect: (path: string) => void }) {
  return (
    <>
      <For each={props.folder.folders}>
        {(folder) => (
          <li>
            <details open={folder.path.split('/').length < 2}>
              <summary>{folder.name}/</summary>
              <ul>
                <Folder folder={folder} selected={props.selected} onSelect={props.onSelect} />
              </ul>
            </details>
          </li>
        )}
      </For>
      <For each={props.folder.files}>
        {(file) => (
          <li>
            <button
              type="button"
              class="file-button"
              aria-current={file.path === props.selected ? 'true' : undefined}
              onClick={() => props.onSelect(file.path)}
            >
              {file.name}
            </button>
          </li>
        )}
      </For>
    </>
  );
}

export function FileBrowser(props: { files: GeneratedFile[]; root: string }) {
  const [selected, setSelected] = createSignal('README.md');
  const [copied, setCopied] = createSignal('');
  const tree = createMemo(() => fileTree(props.files.map((f) => f.path)));
  const file = () => props.files.find((f) => f.path === selected()) ?? props.files[0];
  const copy = async () => {
    const current = file();
    if (!current) return;
    try {
      await navigator.clipboard.writeText(current.content);
      setCopied(`Copied ${current.path}.`);
    } catch {
      setCopied('The browser did not allow copying; select the text instead.');
    }
  };
  return (
    <div class="file-browser">
      <nav class="file-tree" aria-label="Generated files">
        <p class="hint">
          {props.files.length} files in <code>{props.root}/</code>
        </p>
        <ul>
          <Folder folder={tree()} selected={file()?.path ?? ''} onSelect={setSelected} />
        </ul>
      </nav>
      <Show when={file()}>
        {(current) => (
          <div class="file-pane">
            <div class="file-toolbar">
              <code class="file-path">{current().path}</code>
              <button type="button" class="button button-quiet" onClick={copy}>
                Copy
              </button>
              <button
                type="button"
                class="button button-quiet"
                onClick={() => downloadText(current().path.split('/').pop()!, current().content, 'text/plain')}
              >
                Download file
              </button>
              <span role="status" class="hint">
                {copied()}
              </span>
            </div>
            <CodeView path={current().path} content={current().content} />
          </div>
        )}
      </Show>
    </div>
  );
}
