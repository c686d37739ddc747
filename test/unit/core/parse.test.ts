import { describe, expect, it } from 'vitest';
import {
  parseBoolean,
  parseChoice,
  parseDuration,
  parseJsonRecord,
  parseKeyValues,
  parseList,
  parsePositiveInt,
} from '../../../src/util/parse.js';

describe('input parsing', () => {
  it('parseList() - splits on commas and newlines, drops blanks', () => {
    expect(parseList('a, b\nc,,\n')).toEqual(['a', 'b', 'c']);
  });

  it('parseBoolean() - accepts true/false words, refuses others with the input name', () => {
    expect(parseBoolean('x', 'TRUE', false)).toBe(true);
    expect(parseBoolean('x', 'no', true)).toBe(false);
    expect(parseBoolean('x', '', true)).toBe(true);
    expect(() => parseBoolean('sidecar-injector', 'maybe', true)).toThrow(
      /input sidecar-injector: "maybe" is not a boolean: it must be true or false\. Fix: set sidecar-injector: true/,
    );
  });

  it('parseDuration() - reads seconds and h/m/s forms', () => {
    expect(parseDuration('t', '90', 1)).toBe(90_000);
    expect(parseDuration('t', '5m', 1)).toBe(300_000);
    expect(parseDuration('t', '1m30s', 1)).toBe(90_000);
    expect(parseDuration('t', '', 7)).toBe(7);
    expect(() => parseDuration('wait-timeout', 'soon', 1)).toThrow(/such as 300s/);
  });

  it('parsePositiveInt() - refuses zero and words', () => {
    expect(parsePositiveInt('p', '3', 1)).toBe(3);
    expect(() => parsePositiveInt('parallelism', '0', 1)).toThrow(/at least 1/);
  });

  it('parseChoice() - refuses unknown values instead of falling back', () => {
    expect(parseChoice('m', 'helm', ['kubectl', 'helm'], 'kubectl')).toBe('helm');
    expect(() => parseChoice('install-method', 'tiller', ['kubectl', 'helm'], 'kubectl')).toThrow(
      /input install-method: "tiller" is not one of kubectl, helm\. Fix: set install-method to one of/,
    );
  });

  it('parseKeyValues() - reads name=value pairs', () => {
    expect(parseKeyValues('r', 'remote-1=https://10.0.0.1:6443\nremote-2=https://h:443')).toEqual({
      'remote-1': 'https://10.0.0.1:6443',
      'remote-2': 'https://h:443',
    });
    expect(() => parseKeyValues('remote-api-servers', 'nope')).toThrow(/example: remote-1=/);
  });

  it('parseJsonRecord() - accepts objects of strings only', () => {
    expect(parseJsonRecord('x', '{"a":"b"}')).toEqual({ a: 'b' });
    expect(parseJsonRecord('x', '')).toEqual({});
    expect(() => parseJsonRecord('x', '[1]')).toThrow(/JSON object/);
    expect(() => parseJsonRecord('x', '{"a":1}')).toThrow(/must be a string/);
  });
});
