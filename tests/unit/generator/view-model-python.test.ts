import { describe, expect, it } from 'vitest';
import { moduleName } from '../../../src/generator/view-model/entities';
import {
  attributeNames,
  Imports,
  pyFloat,
  pyLiteral,
  pythonTarget,
  pyTuple,
} from '../../../src/generator/view-model/python';

describe('attributeNames', () => {
  it('keeps names that cannot shadow anything a class body uses', () => {
    const names = attributeNames(['title', 'date', 'datetime', 'type', 'match', 'decimal']);
    expect([...names.values()]).toEqual(['title', 'date', 'datetime', 'type', 'match', 'decimal']);
  });

  it('suffixes builtins, ORM helpers, BaseModel attributes and ambiguous names', () => {
    const names = attributeNames(['str', 'list', 'json', 'mapped_column', 'model_number', 'l', 'property', 'dt']);
    expect(Object.fromEntries(names)).toEqual({
      str: 'str_',
      list: 'list_',
      json: 'json_',
      mapped_column: 'mapped_column_',
      model_number: 'model_number_',
      l: 'l_',
      property: 'property_',
      dt: 'dt_',
    });
  });

  it('never collides with a name the class already holds', () => {
    const names = attributeNames(['str', 'str_', 'str__']);
    expect(Object.fromEntries(names)).toEqual({ str: 'str___', str_: 'str_', str__: 'str__' });
    expect(new Set(names.values()).size).toBe(3);
  });
});

describe('Python literals', () => {
  it('renders JSON values with Python spellings and escaped strings', () => {
    expect(pyLiteral({ a: [1, 2.5, null, true, false], 'q"k': 'line\nbreak \\ "x"' })).toBe(
      '{"a": [1, 2.5, None, True, False], "q\\"k": "line\\nbreak \\\\ \\"x\\""}',
    );
  });

  it('keeps floats floats and builds tuples with the one-element comma', () => {
    expect(pyFloat(2)).toBe('2.0');
    expect(pyFloat(0.25)).toBe('0.25');
    expect(pyTuple([])).toBe('()');
    expect(pyTuple(['"a"'])).toBe('("a",)');
    expect(pyTuple(['1', '2'])).toBe('(1, 2)');
  });
});

describe('pythonTarget', () => {
  it('avoids StrEnum and datetime.UTC on 3.10', () => {
    expect(pythonTarget('3.10')).toMatchObject({ hasStrEnum: false, utc: 'dt.timezone.utc', ruffTarget: 'py310' });
    expect(pythonTarget('3.12')).toMatchObject({ hasStrEnum: true, utc: 'dt.UTC', ruffTarget: 'py312' });
  });
});

describe('Imports', () => {
  it('merges names per module, deduplicated and sorted', () => {
    const lines = new Imports().add('typing', 'Any').add('typing', 'Annotated', 'Any').module('datetime', 'dt').lines();
    expect(lines).toEqual(['import datetime as dt', 'from typing import Annotated, Any']);
  });
});

describe('moduleName', () => {
  it('snake-cases entity names and keeps keywords importable', () => {
    expect(moduleName('OrderItem')).toBe('order_item');
    expect(moduleName('HTTPLog')).toBe('http_log');
    expect(moduleName('Class')).toBe('class_');
  });
});
