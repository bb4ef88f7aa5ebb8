#!/usr/bin/env node
// Compares specs/onepagecrm.yaml with the vendor's flattened seed and fails on any difference
// that is not an intended repair listed in onepagecrm-repairs.json (kept in step with
// specs/onepagecrm.md).
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

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');
const seedPath = process.argv[2] ? path.resolve(process.argv[2]) : path.resolve(REPO_ROOT, '..', 'shared', 'seeds', '003_3e95359a389746c1.txt');
const specPath = process.argv[3] ? path.resolve(process.argv[3]) : path.join(REPO_ROOT, 'specs', 'onepagecrm.yaml');
const allowPath = path.join(HERE, 'onepagecrm-repairs.json');
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

const seed = parseFlatOpenApi(fs.readFileSync(seedPath, 'utf8'));
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
    compareShape(`${loc}`, shape(seed, a.content[m].schema, true), shape(spec, b.content[m].schema, false));
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
    if (!to.operationId) diffs.push(`operationId-missing ${id}`);
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
  const tn = renameRef(n);
  const t = spec.components.schemas[tn];
  if (!t) { diffs.push(`schema-missing ${tn}`); continue; }
  schemaCount++;
  const a = shape(seed, { ...s, $ref: undefined }, true);
  const b = shape(spec, t, false);
  compareShape(`schema ${tn}`, a, b);
}
// components/responses
for (const [c, r] of Object.entries(seed.components.responses)) {
  const t = spec.components.responses[c];
  if (!t) { diffs.push(`component-response-missing ${c}`); continue; }
  compareContent(`component-response ${c}`, r, t);
}
// spec components that nothing references (inline shapes must be reachable from the API)
{
  const text = JSON.stringify(spec.paths) + JSON.stringify(spec.components);
  for (const n of Object.keys(spec.components.schemas)) {
    if (seedNames.has(n)) continue;
    if (!text.includes(`"#/components/schemas/${n}"`)) diffs.push(`schema-unreferenced ${n}`);
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
if (verbose) for (const d of diffs) console.log(`  ${d}`);
for (const e of unused) console.log(`warning: allow-list entry never matched (repair ${e.repair}): ${e.pattern}`);
for (const d of unexpected) console.log(`UNEXPECTED: ${d}`);
const seedOps = opCount;
console.log(`onepagecrm spec check: ${Object.keys(spec.paths).length} paths, ${seedOps} operations, ${schemaCount} seed schemas `
  + `(+${Object.keys(spec.components.schemas).length - schemaCount} named shapes) compared; ${diffs.length} differences, `
  + `${diffs.length - unexpected.length} allowed by ${entries.length - unused.length} repair entries, ${unexpected.length} unexpected`);
process.exit(unexpected.length ? 1 : 0);
