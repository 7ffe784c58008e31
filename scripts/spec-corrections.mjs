// The server-over-spec corrections of spec-corrections.json, applied to a parsed spec document.
import { readFileSync } from 'node:fs';

/** The corrections, each with its JSON pointer, what is merged there and why. */
export const corrections = JSON.parse(readFileSync(new URL('./spec-corrections.json', import.meta.url), 'utf8')).corrections;

function nodeAt(document, pointer) {
  let node = document;
  for (const part of pointer.split('/').slice(1)) {
    node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

/**
 * Returns a copy of `document` with every correction merged in (a null value deletes the key).
 * Throws when a pointer names no node, so a spec that moved on cannot be corrected silently.
 */
export function correctSpec(document) {
  const copy = JSON.parse(JSON.stringify(document));
  for (const { pointer, merge } of corrections) {
    const node = nodeAt(copy, pointer);
    if (!node || typeof node !== 'object') throw new Error(`spec-corrections.json: ${pointer} names no node of the spec`);
    const kept = Object.entries(node).filter(([key]) => !(key in merge) || merge[key] !== null);
    const merged = Object.fromEntries([...kept, ...Object.entries(merge).filter(([, value]) => value !== null)]);
    for (const key of Object.keys(node)) Reflect.deleteProperty(node, key);
    Object.assign(node, merged);
  }
  return copy;
}
