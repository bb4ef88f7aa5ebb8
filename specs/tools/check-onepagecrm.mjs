#!/usr/bin/env node
// Compares specs/onepagecrm.yaml with the vendor's flattened seed and fails on any difference
// that is neither a vendor update (onepagecrm-vendor-updates.json, applied to the seed before
// comparing: the vendor's current API) nor an intended repair listed in onepagecrm-repairs.json
// (kept in step with specs/onepagecrm.md). A vendor update that no longer fits the seed stops it.
// It also holds the parser's reading of the seed and the spec to a few facts read off the seed's
// raw text (see "facts read off the seed's text" below), which the comparison cannot see.
//
//   node check-onepagecrm.mjs [seed-path] [spec-path]
//
// Compared: paths and methods, tags, parameter names (name+in) per operation, the property names
// of every request body, response body and component schema (followed through $refs, so naming an
// inline shape as a component is transparent), and the targets of $refs to the seed's own component
// schemas (after the listed renames). Descriptions and examples are not compared.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { parseFlatOpenApi } from './flat-openapi.mjs';
import { applyVendorUpdates, loadVendorUpdates } from './onepagecrm-vendor-updates.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');
const seedPath = process.argv[2] ? path.resolve(process.argv[2]) : path.resolve(REPO_ROOT, '..', 'shared', 'seeds', '003_3e95359a389746c1.txt');
const specPath = process.argv[3] ? path.resolve(process.argv[3]) : path.join(REPO_ROOT, 'specs', 'onepagecrm.yaml');
const allowPath = path.join(HERE, 'onepagecrm-repairs.json');
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

const bareSeed = parseFlatOpenApi(fs.readFileSync(seedPath, 'utf8'));
// the seed as the vendor's current API has it: the vendor-update layer applied (onepagecrm-vendor-updates.json)
const layer = loadVendorUpdates();
const seed = applyVendorUpdates(parseFlatOpenApi(fs.readFileSync(seedPath, 'utf8')), layer);
const spec = YAML.parse(fs.readFileSync(specPath, 'utf8'));
const allow = JSON.parse(fs.readFileSync(allowPath, 'utf8'));

const renames = allow.schemaRenames; // seed component name -> spec component name
const renameRef = (name) => renames[name] ?? name;
const seedNames = new Set(Object.keys(seed.components.schemas).map(renameRef));

function deref(doc, ref) {
  let t = doc;
  for (const part of ref.slice(2).split('/')) t = t?.[part];
  if (t === undefined) throw new Error(`unresolved $ref ${ref}`);
  return t;
}

// Canonical shape of a schema: {ref} for the seed's own components, otherwise
// {kind: object|array|map|leaf, props, items, values}.
function shape(doc, s, isSeed, depth = 0) {
  if (depth > 40) return { kind: 'leaf' };
  if (!s || typeof s !== 'object') return { kind: 'leaf' };
  if (s.$ref) {
    const m = /^#\/components\/schemas\/([^/]+)$/.exec(s.$ref);
    if (m) {
      const name = isSeed ? renameRef(m[1]) : m[1];
      if (seedNames.has(name)) return { ref: name };
    }
    return shape(doc, deref(doc, s.$ref), isSeed, depth + 1);
  }
  if (s.properties && Object.keys(s.properties).length) {
    const props = {};
    for (const [k, v] of Object.entries(s.properties)) props[k] = shape(doc, v, isSeed, depth + 1);
    return { kind: 'object', props };
  }
  if (s.type === 'array' || s.items) return { kind: 'array', items: shape(doc, s.items, isSeed, depth + 1) };
  if (s.additionalProperties && typeof s.additionalProperties === 'object') {
    return { kind: 'map', values: shape(doc, s.additionalProperties, isSeed, depth + 1) };
  }
  return { kind: 'leaf' };
}

// Compares `seed` (the seed's vocabulary) with `spec` (the spec's, unless specIsSeed) and returns
// the differences; the rebuilt spec is compared with the seed plus the vendor-update layer, and the
// layer itself with the bare seed.
function compare(seed, spec, specIsSeed) {
  const diffs = [];
  function compareShape(loc, a, b) {
    if (a.ref || b.ref) {
      if (a.ref !== b.ref) diffs.push(`ref-diff ${loc} seed=${a.ref ?? a.kind} spec=${b.ref ?? b.kind}`);
      return;
    }
    if (a.kind !== b.kind) {
      diffs.push(`kind-diff ${loc} seed=${a.kind} spec=${b.kind}`);
      return;
    }
    if (a.kind === 'object') {
      for (const k of Object.keys(a.props)) if (!(k in b.props)) diffs.push(`prop-missing ${loc}.${k}`);
      for (const k of Object.keys(b.props)) if (!(k in a.props)) diffs.push(`prop-extra ${loc}.${k}`);
      for (const k of Object.keys(a.props)) if (k in b.props) compareShape(`${loc}.${k}`, a.props[k], b.props[k]);
    } else if (a.kind === 'array') compareShape(`${loc}[]`, a.items, b.items);
    else if (a.kind === 'map') compareShape(`${loc}{}`, a.values, b.values);
  }

  function compareContent(loc, a, b) {
    const ma = Object.keys(a?.content || {});
    const mb = Object.keys(b?.content || {});
    for (const m of ma) if (!mb.includes(m)) diffs.push(`content-missing ${loc} ${m}`);
    for (const m of mb) if (!ma.includes(m)) diffs.push(`content-extra ${loc} ${m}`);
    for (const m of ma) {
      if (!mb.includes(m)) continue;
      compareShape(`${loc}`, shape(seed, a.content[m].schema, true), shape(spec, b.content[m].schema, specIsSeed));
    }
  }

  function paramKeys(doc, item, op) {
    const list = [...(item.parameters || []), ...(op.parameters || [])];
    return list.map((p) => (p.$ref ? deref(doc, p.$ref) : p)).map((p) => `${p.in}:${p.name}`);
  }

  function response(doc, r) {
    return r && r.$ref ? deref(doc, r.$ref) : r;
  }

  let opCount = 0;
  for (const p of Object.keys(seed.paths)) if (!spec.paths[p]) diffs.push(`path-missing ${p}`);
  for (const p of Object.keys(spec.paths)) if (!seed.paths[p]) diffs.push(`path-extra ${p}`);
  for (const [p, si] of Object.entries(seed.paths)) {
    const ti = spec.paths[p];
    if (!ti) continue;
    for (const m of METHODS) {
      const so = si[m];
      const to = ti[m];
      const id = `${m.toUpperCase()} ${p}`;
      if (so && !to) { diffs.push(`op-missing ${id}`); continue; }
      if (!so && to) { diffs.push(`op-extra ${id}`); continue; }
      if (!so) continue;
      opCount++;
      if (JSON.stringify(so.tags) !== JSON.stringify(to.tags)) diffs.push(`tag-diff ${id} seed=${so.tags} spec=${to.tags}`);
      if (!specIsSeed && !to.operationId) diffs.push(`operationId-missing ${id}`);
      const sp = paramKeys(seed, si, so);
      const tp = paramKeys(spec, ti, to);
      for (const k of sp) if (!tp.includes(k)) diffs.push(`param-missing ${id} ${k}`);
      for (const k of tp) if (!sp.includes(k)) diffs.push(`param-extra ${id} ${k}`);
      if (!!so.requestBody !== !!to.requestBody) diffs.push(`request-${so.requestBody ? 'missing' : 'extra'} ${id}`);
      else if (so.requestBody) compareContent(`${id} request`, so.requestBody, to.requestBody);
      const sc = Object.keys(so.responses || {});
      const tc = Object.keys(to.responses || {});
      for (const c of sc) if (!tc.includes(c)) diffs.push(`response-missing ${id} ${c}`);
      for (const c of tc) if (!sc.includes(c)) diffs.push(`response-extra ${id} ${c}`);
      for (const c of sc) if (tc.includes(c)) compareContent(`${id} response ${c}`, response(seed, so.responses[c]), response(spec, to.responses[c]));
    }
  }
  const opIds = [];
  for (const item of Object.values(spec.paths)) for (const m of METHODS) if (item[m]?.operationId) opIds.push(item[m].operationId);
  const dup = opIds.filter((x, i) => opIds.indexOf(x) !== i);
  if (dup.length) diffs.push(`operationId-duplicate ${dup.join(',')}`);

  // tags
  const st = (seed.tags || []).map((t) => t.name);
  const tt = (spec.tags || []).map((t) => t.name);
  if (JSON.stringify(st) !== JSON.stringify(tt)) diffs.push(`tags-diff seed=${st} spec=${tt}`);

  // component schemas of the seed
  let schemaCount = 0;
  for (const [n, s] of Object.entries(seed.components.schemas)) {
    const tn = specIsSeed ? n : renameRef(n);
    const t = spec.components.schemas[tn];
    if (!t) { diffs.push(`schema-missing ${tn}`); continue; }
    schemaCount++;
    const a = shape(seed, { ...s, $ref: undefined }, true);
    const b = shape(spec, t, specIsSeed);
    compareShape(`schema ${tn}`, a, b);
  }
  // components/responses
  for (const [c, r] of Object.entries(seed.components.responses)) {
    const t = spec.components.responses[c];
    if (!t) { diffs.push(`component-response-missing ${c}`); continue; }
    compareContent(`component-response ${c}`, r, t);
  }
  // spec components that nothing references (inline shapes must be reachable from the API)
  if (!specIsSeed) {
    const text = JSON.stringify(spec.paths) + JSON.stringify(spec.components);
    for (const n of Object.keys(spec.components.schemas)) {
      if (seedNames.has(n)) continue;
      if (!text.includes(`"#/components/schemas/${n}"`)) diffs.push(`schema-unreferenced ${n}`);
    }
  }
  return { diffs, opCount, schemaCount };
}

const vendorDiffs = compare(bareSeed, seed, true).diffs;
const { diffs, opCount, schemaCount } = compare(seed, spec, false);

// ---- facts read off the seed's text, independent of the parser ---------------------------------
// The comparison above reads the seed with the same parser as the rebuild, so a misplaced line is
// invisible to it. These checks read the raw lines instead, and hold both the parser's reading of
// the seed and the spec to them.
const seedLines = fs.readFileSync(seedPath, 'utf8').split(/\r?\n/).map((l) => l.replace(/\s+$/, ''));
const textFailures = [];
let textFacts = 0;

// A block of the seed: a component schema ("Deal") or an operation ("GET /deals"), as line numbers.
function seedBlock(name) {
  const op = /^([A-Z]+) (\/.*)$/.exec(name);
  const compStart = seedLines.indexOf('components:');
  let start = -1;
  if (op) {
    const p = seedLines.indexOf(`${op[2]}:`);
    for (let i = p + 1; p >= 0 && i < compStart && !/^\//.test(seedLines[i]); i++) {
      if (seedLines[i] === `${op[1].toLowerCase()}:`) { start = i; break; }
    }
  } else {
    start = seedLines.indexOf(`${name}:`, compStart);
  }
  if (start < 0) return null;
  let end = start + 1;
  const boundary = op ? /^(\/.*|get|put|post|patch|delete|components):$/ : /^[A-Z][A-Za-z0-9_]*:$/;
  while (end < seedLines.length && !boundary.test(seedLines[end])) end++;
  return { start, end, op: !!op, key: op ? [op[2], op[1].toLowerCase()] : [name] };
}

// The node at `segments` below `node`, following $refs at every step.
function at(doc, node, segments) {
  let t = node;
  for (const seg of segments) {
    while (t && t.$ref) t = deref(doc, t.$ref);
    t = t?.[seg];
    if (t === undefined) return undefined;
  }
  while (t && t.$ref) t = deref(doc, t.$ref);
  return t;
}

function blockNode(doc, block, isSeed) {
  if (block.op) return doc.paths[block.key[0]]?.[block.key[1]];
  return doc.components.schemas[isSeed ? block.key[0] : renameRef(block.key[0])];
}

// Does some `properties` map at or below `node` (through $refs, not into the seed's other
// components) hold `key`?
function holdsProperty(doc, node, key, seen = new Set()) {
  if (!node || typeof node !== 'object') return false;
  if (node.$ref) {
    if (seen.has(node.$ref) || /^#\/components\/schemas\/[^/]+$/.test(node.$ref) && seenComponent(node.$ref)) return false;
    seen.add(node.$ref);
    return holdsProperty(doc, deref(doc, node.$ref), key, seen);
  }
  if (node.properties && typeof node.properties === 'object' && key in node.properties) return true;
  return Object.entries(node).some(([k, v]) => k !== 'example' && k !== 'default' && holdsProperty(doc, v, key, seen));
}
// a $ref to one of the seed's own components leaves the block (its properties are its own)
function seenComponent(ref) {
  return seedNames.has(renameRef(ref.split('/').pop()));
}

// 1. A schema keyword that takes a literal (`default`, `example`, `title`, `description`, `format`,
//    `pattern`) written with no value and followed by `type: <json type>` is a property of that
//    name (Pipeline.default): a value would not start with a type line.
for (let i = 0; i + 1 < seedLines.length; i++) {
  const m = /^(default|example|title|description|format|pattern):$/.exec(seedLines[i]);
  if (!m || !/^type: (string|boolean|integer|number|array|object)$/.test(seedLines[i + 1])) continue;
  let block = null;
  const compStart = seedLines.indexOf('components:');
  if (i > compStart) {
    for (let j = i; j > compStart && !block; j--) if (/^[A-Z][A-Za-z0-9_]*:$/.test(seedLines[j])) block = seedBlock(seedLines[j].slice(0, -1));
  } else {
    let method = null;
    for (let j = i; j >= 0 && !block; j--) {
      if (!method && /^(get|put|post|patch|delete):$/.test(seedLines[j])) method = seedLines[j].slice(0, -1);
      if (method && /^\/.*:$/.test(seedLines[j])) block = seedBlock(`${method.toUpperCase()} ${seedLines[j].slice(0, -1)}`);
    }
  }
  if (!block) continue;
  textFacts++;
  const where = `${block.key.join(' ')} (seed line ${i + 1})`;
  if (!holdsProperty(seed, blockNode(seed, block, true), m[1])) textFailures.push(`keyword-named property lost by the parser: ${m[1]} in ${where}`);
  if (!holdsProperty(spec, blockNode(spec, block, false), m[1])) textFailures.push(`keyword-named property missing from the spec: ${m[1]} in ${where}`);
}

// 2. Placements the flat text leaves open, settled by the seed's own words. `lines` must follow
//    one another in the block (so the fact stays anchored to the seed); `present` and `absent`
//    are paths below the block, held against the parser's reading and the spec.
const PAGE = ['total_count', 'page', 'per_page', 'max_page'];
const ENVELOPE = ['responses', '200', 'content', 'application/json', 'schema', 'properties'];
const SEED_PLACEMENTS = [
  {
    block: 'Deal',
    why: "Deal.owner is described as the deal's owner, so it belongs to Deal, not to contact_info (the contact's name and company)",
    lines: ['owner:', 'description: Information about the deal owner (read only).'],
    present: [['properties', 'owner', 'properties', 'id'], ['properties', 'contact_info', 'properties', 'company'],
      ['properties', 'previous_pipeline_stages']],
    absent: [['properties', 'contact_info', 'properties', 'owner'], ['properties', 'owner', 'properties', 'previous_pipeline_stages']],
  },
  ...['/companies/{company_id}/pinned_attachments', '/contacts/{contact_id}/pinned_attachments'].map((p) => ({
    block: `GET ${p}`,
    why: 'the pinned-attachment listings put their page fields beside data (reference: "Irregular lists")',
    lines: ['data:', 'properties:', 'pinned_attachments:', 'type: array', 'items:', "$ref: '#/components/schemas/Attachment'",
      'total_count:'],
    present: [...PAGE.map((k) => [...ENVELOPE, k]), [...ENVELOPE, 'data', 'properties', 'pinned_attachments']],
    absent: PAGE.map((k) => [...ENVELOPE, 'data', 'properties', k]),
  })),
];
for (const f of SEED_PLACEMENTS) {
  textFacts++;
  const block = seedBlock(f.block);
  const text = block ? seedLines.slice(block.start, block.end) : [];
  const anchored = text.some((_, i) => f.lines.every((l, j) => text[i + j] === l));
  if (!anchored) { textFailures.push(`placement fact no longer in the seed text: ${f.block}: ${f.lines.join(' / ')}`); continue; }
  for (const [label, doc, isSeed] of [['parser', seed, true], ['spec', spec, false]]) {
    const node = blockNode(doc, block, isSeed);
    for (const seg of f.present) if (at(doc, node, seg) === undefined) textFailures.push(`${label}: ${f.block} lacks ${seg.join('.')} (${f.why})`);
    for (const seg of f.absent) if (at(doc, node, seg) !== undefined) textFailures.push(`${label}: ${f.block} has ${seg.join('.')} (${f.why})`);
  }
}

// ---- allow-list -----------------------------------------------------------------------------
const globRe = (g) => new RegExp(`^${g.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
const entries = allow.allowed.map((e) => ({ ...e, re: globRe(e.pattern), used: 0 }));
const unexpected = [];
for (const d of diffs) {
  const e = entries.find((x) => x.re.test(d));
  if (e) e.used++;
  else unexpected.push(d);
}
const unused = entries.filter((e) => e.used === 0);
const verbose = process.env.VERBOSE === '1';
if (verbose) for (const d of vendorDiffs) console.log(`  vendor update: ${d}`);
if (verbose) for (const d of diffs) console.log(`  ${d}`);
for (const e of unused) console.log(`warning: allow-list entry never matched (repair ${e.repair}): ${e.pattern}`);
for (const d of unexpected) console.log(`UNEXPECTED: ${d}`);
for (const d of textFailures) console.log(`SEED TEXT: ${d}`);
const seedOps = opCount;
console.log(`onepagecrm spec check: ${Object.keys(spec.paths).length} paths, ${seedOps} operations, ${schemaCount} seed schemas `
  + `(+${Object.keys(spec.components.schemas).length - schemaCount} named shapes) compared; `
  + `vendor-update layer: ${layer.updates.length} updates, ${vendorDiffs.length} differences from the seed; `
  + `spec vs seed + layer: ${diffs.length} differences, `
  + `${diffs.length - unexpected.length} allowed by ${entries.length - unused.length} repair entries, ${unexpected.length} unexpected; `
  + `${textFacts} seed-text facts, ${textFailures.length} failed`);
process.exit(unexpected.length || textFailures.length ? 1 : 0);
