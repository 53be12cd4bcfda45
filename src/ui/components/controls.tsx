/** Labelled form controls bound to one spec path each, with their validation messages. */
import { createEffect, createSignal, For, Show, type JSX } from 'solid-js';
import { controlId, errorId, ErrorText, useErrorsAt } from './errors';

interface Base {
  path: string;
  label: JSX.Element;
  hint?: JSX.Element;
  class?: string;
}

function describedBy(path: string, hasHint: boolean, hasError: boolean): string | undefined {
  const ids = [hasHint ? `${controlId(path)}-hint` : '', hasError ? errorId(path) : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Wrapper(props: Base & { children: JSX.Element; inline?: boolean }) {
  return (
    <div class={`control ${props.inline ? 'control-inline' : ''} ${props.class ?? ''}`}>
      <Show when={!props.inline}>
        <label for={controlId(props.path)}>{props.label}</label>
      </Show>
      {props.children}
      <Show when={props.hint}>
        <p class="hint" id={`${controlId(props.path)}-hint`}>
          {props.hint}
        </p>
      </Show>
      <ErrorText path={props.path} />
    </div>
  );
}

export function TextControl(
  props: Base & {
    value: string | undefined;
    onInput: (text: string) => void;
    placeholder?: string;
    multiline?: boolean;
    type?: string;
    autocomplete?: string;
    maxLength?: number;
  },
) {
  const errorsAt = useErrorsAt();
  const invalid = () => errorsAt(props.path).length > 0;
  const common = () => ({
    id: controlId(props.path),
    'data-path': props.path,
    'aria-invalid': invalid() ? ('true' as const) : undefined,
    'aria-describedby': describedBy(props.path, Boolean(props.hint), invalid()),
    placeholder: props.placeholder,
    spellcheck: false,
  });
  return (
    <Wrapper {...props}>
      <Show
        when={props.multiline}
        fallback={
          <input
            {...common()}
            type={props.type ?? 'text'}
            autocomplete={props.autocomplete ?? 'off'}
            value={props.value ?? ''}
            onInput={(e) => props.onInput(e.currentTarget.value)}
          />
        }
      >
        <textarea
          {...common()}
          rows={3}
          value={props.value ?? ''}
          onInput={(e) => props.onInput(e.currentTarget.value)}
        />
      </Show>
    </Wrapper>
  );
}

/**
 * Text that the draft stores in another form (a number, a list, JSON): the input keeps what
 * the user typed, and follows the draft only when the draft changes from elsewhere.
 */
export function ParsedControl<T>(
  props: Base & {
    value: T | undefined;
    format: (value: T | undefined) => string;
    parse: (text: string) => T | undefined;
    onValue: (value: T | undefined) => void;
    placeholder?: string;
    inputMode?: 'numeric' | 'decimal' | 'text';
    multiline?: boolean;
  },
) {
  const [text, setText] = createSignal(props.format(props.value));
  createEffect(() => {
    const formatted = props.format(props.value);
    if (props.format(props.parse(text())) !== formatted) setText(formatted);
  });
  return (
    <TextControl
      path={props.path}
      label={props.label}
      hint={props.hint}
      class={props.class}
      placeholder={props.placeholder}
      multiline={props.multiline}
      value={text()}
      onInput={(value) => {
        setText(value);
        props.onValue(props.parse(value));
      }}
    />
  );
}

/** A number as typed: empty → unset (the default), a number → a number, anything else kept as text for validation to name. */
export function parseNumber(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}
export const formatNumber = (value: unknown) => (value === undefined || value === null ? '' : String(value));

export function NumberControl(
  props: Base & { value: unknown; onValue: (value: number | undefined) => void; placeholder?: string },
) {
  return (
    <ParsedControl<unknown>
      {...props}
      inputMode="decimal"
      format={formatNumber}
      parse={parseNumber}
      onValue={(value) => props.onValue(value as number | undefined)}
    />
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectControl(props: Base & { value: string; options: Option[]; onChange: (value: string) => void }) {
  const errorsAt = useErrorsAt();
  const invalid = () => errorsAt(props.path).length > 0;
  return (
    <Wrapper {...props}>
      <select
        id={controlId(props.path)}
        data-path={props.path}
        aria-invalid={invalid() ? 'true' : undefined}
        aria-describedby={describedBy(props.path, Boolean(props.hint), invalid())}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        <For each={props.options}>
          {(option) => (
            <option value={option.value} selected={option.value === props.value}>
              {option.label}
            </option>
          )}
        </For>
      </select>
    </Wrapper>
  );
}

export function CheckControl(props: Base & { checked: boolean; onChange: (checked: boolean) => void }) {
  const errorsAt = useErrorsAt();
  const invalid = () => errorsAt(props.path).length > 0;
  return (
    <div class={`control control-check ${props.class ?? ''}`}>
      <label>
        <input
          type="checkbox"
          id={controlId(props.path)}
          data-path={props.path}
          checked={props.checked}
          aria-invalid={invalid() ? 'true' : undefined}
          aria-describedby={describedBy(props.path, Boolean(props.hint), invalid())}
          onChange={(e) => props.onChange(e.currentTarget.checked)}
        />
        <span>{props.label}</span>
      </label>
      <Show when={props.hint}>
        <p class="hint" id={`${controlId(props.path)}-hint`}>
          {props.hint}
        </p>
      </Show>
      <ErrorText path={props.path} />
    </div>
  );
}
