import type { PropertyDeclaration } from 'lit';
import { warn } from './timeline-state.js';

/**
 * Turns whatever a host assigns to a property (or Lit converts from an attribute) into a value of the property's
 * type. Absent (`undefined`, `null`, and `''` where that is not itself a value) gives the documented default with no
 * warning; a value of the wrong type gives one warning and the default. Frameworks do all of these: React, Svelte
 * and Next.js set `undefined` when an app clears a prop, Vue sets `null`, a server render sets `''`.
 */
export type Normalize<T> = (value: unknown, name: string) => T;

/** A property declaration with its normalizer, read by the element's `getPropertyDescriptor`. */
export interface NormalizedProperty<T> extends PropertyDeclaration {
  normalize: Normalize<T>;
}

const typeName = (v: unknown) => (Array.isArray(v) ? 'an array' : v === null ? 'null' : `a ${typeof v}`);

/** A text property: strings pass, absent is `''`. */
export const text: Normalize<string> = (value, name) => {
  if (typeof value === 'string') return value;
  if (value !== undefined && value !== null) warn(`${name} expects a string, not ${typeName(value)}; using ""`);
  return '';
};

/** A keyword property: one of `allowed`, else `fallback` (absent silently, anything else with a warning). */
export function keyword<K extends string>(allowed: readonly K[], fallback: K | ''): Normalize<K | ''> {
  return (value, name) => {
    if (value === undefined || value === null || value === '') return fallback;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as K;
    warn(
      `${name}=${typeof value === 'string' ? JSON.stringify(value) : typeName(value)} ignored: expected ${allowed.join(' or ')}`,
    );
    return fallback;
  };
}

/** A boolean property: `true`/`false`; absent is `false`; `''` (an attribute's presence) is `true`. */
export const flag: Normalize<boolean> = (value, name) => {
  if (typeof value === 'boolean') return value;
  if (value === undefined || value === null) return false;
  if (value === '') return true;
  warn(`${name} expects true or false, not ${typeName(value)}; using false`);
  return false;
};

/** An object property (`data`): objects pass; absent is `undefined`, the bundled data. */
export const object: Normalize<object | undefined> = (value, name) => {
  if (typeof value === 'object' && value !== null) return value;
  if (value !== undefined && value !== null && value !== '') {
    warn(`${name} expects an object, not ${typeName(value)}; using the bundled data`);
  }
  return undefined;
};

/** Attribute converter for text and keyword properties: a removed attribute is absent; absent values reflect as none. */
export const textConverter = {
  fromAttribute: (value: string | null) => value ?? '',
  toAttribute: (value: unknown) => (typeof value === 'string' && value !== '' ? value : null),
};

/**
 * Wraps Lit's accessor so that every assignment goes through the property's normalizer: one converter for all
 * properties, applied to attributes, to properties set before or after the first render, and to values a page set
 * before the element was defined (Lit replays those through the same setter).
 */
export function normalizedDescriptor(
  name: PropertyKey,
  descriptor: PropertyDescriptor | undefined,
  options: PropertyDeclaration,
): PropertyDescriptor | undefined {
  const normalize = (options as Partial<NormalizedProperty<unknown>>).normalize;
  if (!normalize || !descriptor?.set) return descriptor;
  const lit = descriptor;
  return {
    ...descriptor,
    set(this: unknown, value: unknown) {
      lit.set!.call(this, normalize(value, String(name)));
    },
  };
}

declare module '@lit/reactive-element' {
  interface PropertyDeclaration {
    /** Turns any assigned value into one of the property's type (see `Normalize`). */
    normalize?: Normalize<unknown>;
  }
}
