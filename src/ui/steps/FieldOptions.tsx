/** The keys one field type has: lengths, bounds, precision, enum values, autoNow, pattern, default. */
import { Match, Show, Switch } from 'solid-js';
import { ParsedControl, NumberControl, SelectControl, TextControl, parseNumber } from '../components/controls';
import { AUTO_NOW, optionsOf } from '../options';
import { setOrDelete, type DraftField } from '../state/draft';
import type { Editor } from '../state/editor';

type Loose = Record<string, unknown>;

const listFormat = (values: unknown) => (Array.isArray(values) ? values.join(', ') : '');
const listParse = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((v) => v.trim())
    .filter(Boolean);

/** The default as typed, stored in the type the schema expects (validation names any mismatch). */
function parseDefault(type: DraftField['type'], text: string): unknown {
  if (text.trim() === '') return undefined;
  switch (type) {
    case 'integer':
    case 'bigint':
    case 'float':
      return parseNumber(text);
    case 'decimal':
      return /^-?\d+(\.\d+)?$/.test(text.trim()) ? text.trim() : parseNumber(text);
    case 'json':
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    default:
      return text;
  }
}
const formatDefault = (value: unknown) =>
  value === undefined ? '' : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);

export function FieldOptions(props: { editor: Editor; path: string; field: DraftField; at: () => [number, number] }) {
  const loose = () => props.field as unknown as Loose;
  const set = (key: string, value: unknown) =>
    props.editor.edit((d) => {
      const [e, f] = props.at();
      const target = d.entities?.[e]?.fields[f] as unknown as Loose | undefined;
      if (target) setOrDelete(target, key, value);
    });
  const number = (key: string, label: string, placeholder?: string) => (
    <NumberControl
      path={`${props.path}.${key}`}
      label={label}
      value={loose()[key]}
      placeholder={placeholder}
      onValue={(v) => set(key, v)}
    />
  );
  const type = () => props.field.type;
  const hasLength = () => ['string', 'email', 'url'].includes(type());
  const lengthDefault = () => ({ string: '255', email: '320', url: '2083' })[type() as 'string'] ?? '';
  return (
    <div class="row field-options">
      <Show when={hasLength() || type() === 'text'}>
        {number('maxLength', 'Max length', lengthDefault() || 'no limit')}
      </Show>
      <Show when={type() === 'string'}>
        {number('minLength', 'Min length')}
        <TextControl
          path={`${props.path}.pattern`}
          label="Pattern (regex)"
          value={loose().pattern as string | undefined}
          placeholder="e.g. ^[A-Z]{3}$"
          onInput={(text) => set('pattern', text || undefined)}
        />
      </Show>
      <Show when={['integer', 'bigint', 'float', 'decimal'].includes(type())}>
        <Show when={type() === 'decimal'}>
          {number('precision', 'Precision', '12')}
          {number('scale', 'Scale', '2')}
        </Show>
        {number('min', 'Minimum')}
        {number('max', 'Maximum')}
      </Show>
      <Switch>
        <Match when={type() === 'enum'}>
          <ParsedControl<string[]>
            path={`${props.path}.values`}
            label="Values (comma-separated)"
            class="grow"
            value={loose().values as string[] | undefined}
            format={listFormat}
            parse={listParse}
            placeholder="new, paid, shipped"
            onValue={(values) => set('values', values ?? [])}
          />
        </Match>
        <Match when={type() === 'datetime'}>
          <SelectControl
            path={`${props.path}.autoNow`}
            label="Set by the server"
            value={(loose().autoNow as string | undefined) ?? ''}
            options={[{ value: '', label: 'No (clients send it)' }, ...optionsOf(AUTO_NOW)]}
            onChange={(v) => set('autoNow', v || undefined)}
          />
        </Match>
      </Switch>
      <Show when={!(type() === 'datetime' && loose().autoNow)}>
        <Show
          when={type() === 'boolean'}
          fallback={
            <ParsedControl<unknown>
              path={`${props.path}.default`}
              label="Default"
              value={loose().default}
              format={formatDefault}
              parse={(text) => parseDefault(type(), text)}
              placeholder={type() === 'json' ? '{} or []' : type() === 'datetime' ? '2024-01-01T00:00:00Z' : 'none'}
              onValue={(v) => set('default', v)}
            />
          }
        >
          <SelectControl
            path={`${props.path}.default`}
            label="Default"
            value={loose().default === undefined ? '' : String(loose().default)}
            options={[
              { value: '', label: 'None' },
              { value: 'true', label: 'true' },
              { value: 'false', label: 'false' },
            ]}
            onChange={(v) => set('default', v === '' ? undefined : v === 'true')}
          />
        </Show>
      </Show>
    </div>
  );
}
