/**
 * A read-only view of one generated file, with line numbers and syntax colours. The
 * highlighter is imported on first use, so it is not part of the initial bundle.
 */
import { createResource, For, Show } from 'solid-js';

const loadHighlighter = () => import('../highlight/highlight');

export function CodeView(props: { path: string; content: string }) {
  const [highlighter] = createResource(loadHighlighter);
  const text = () => props.content.replace(/\n$/, '');
  const lines = () => {
    const h = highlighter();
    if (!h)
      return text()
        .split('\n')
        .map((line) => [{ type: 'plain' as const, text: line }]);
    return h.tokenizeLines(text(), h.languageOf(props.path));
  };
  return (
    <div class="code-view" tabindex="0" role="region" aria-label={`Contents of ${props.path}`}>
      <pre>
        <code>
          <For each={lines()}>
            {(tokens, i) => (
              <span class="code-line">
                <span class="line-number" aria-hidden="true">
                  {i() + 1}
                </span>
                <For each={tokens}>
                  {(token) => (
                    <Show when={token.type !== 'plain'} fallback={token.text}>
                      <span class={`tok-${token.type}`}>{token.text}</span>
                    </Show>
                  )}
                </For>
                {'\n'}
              </span>
            )}
          </For>
        </code>
      </pre>
    </div>
  );
}
