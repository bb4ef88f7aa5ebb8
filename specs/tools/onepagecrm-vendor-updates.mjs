// The vendor-update layer: what the vendor's current API has that the seed does not
// (../shared/reference/onepagecrm-current.md), kept in onepagecrm-vendor-updates.json as a list of
// edits on the seed as parsed (the seed's own names and shapes, before any repair). The rebuild
// applies them right after parsing; the check applies them to its own reading of the seed before
// comparing, so every difference from the seed is either a vendor update or a listed repair.
//
// Each edit: {change, op, path, value?, was?}. `path` is a JSON pointer ("~1" for "/").
//   add      the key must not exist yet (in a list: an index or "-" inserts)
//   replace  the key must exist; with `was`, its current value must equal it
//   remove   the key must exist; with `was`, its current value must equal it
//   rename   renames the key in place (keeps the order of its siblings); `to` is the new key
// An edit whose precondition fails stops the rebuild: the seed and the layer disagree.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const VENDOR_UPDATES_PATH = path.join(HERE, 'onepagecrm-vendor-updates.json');

export function loadVendorUpdates(file = VENDOR_UPDATES_PATH) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

const segments = (pointer) => pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const copy = (o) => JSON.parse(JSON.stringify(o));

function parentOf(doc, pointer) {
  const segs = segments(pointer);
  const key = segs.pop();
  let t = doc;
  for (const s of segs) {
    t = t?.[s];
    if (t === undefined || t === null || typeof t !== 'object') throw new Error(`vendor update: no ${pointer} (stops at ${s})`);
  }
  return { parent: t, key };
}

function applyOne(doc, u) {
  const { parent, key } = parentOf(doc, u.path);
  const has = Array.isArray(parent) ? key !== '-' && Number(key) < parent.length : Object.prototype.hasOwnProperty.call(parent, key);
  const fail = (why) => { throw new Error(`vendor update "${u.change}": ${u.op} ${u.path}: ${why}`); };
  if (u.op !== 'add' && !has) fail('not in the seed');
  if ('was' in u && !same(parent[key], u.was)) fail(`the seed has ${JSON.stringify(parent[key])}`);
  switch (u.op) {
    case 'add':
      if (Array.isArray(parent)) parent.splice(key === '-' ? parent.length : Number(key), 0, copy(u.value));
      else if (has) fail('already in the seed');
      else parent[key] = copy(u.value);
      break;
    case 'replace':
      parent[key] = copy(u.value);
      break;
    case 'remove':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'rename': {
      if (Object.prototype.hasOwnProperty.call(parent, u.to)) fail(`${u.to} already in the seed`);
      const entries = Object.entries(parent).map(([k, v]) => [k === key ? u.to : k, v]);
      for (const k of Object.keys(parent)) delete parent[k];
      for (const [k, v] of entries) parent[k] = v;
      break;
    }
    default:
      fail('unknown op');
  }
}

/** Applies the layer to `doc` (the parsed seed) in place and returns it. */
export function applyVendorUpdates(doc, layer = loadVendorUpdates()) {
  for (const u of layer.updates) applyOne(doc, u);
  return doc;
}
