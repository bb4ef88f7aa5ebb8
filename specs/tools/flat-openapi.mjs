// Rebuilds the structure of an OpenAPI 3.0 YAML document whose indentation was stripped
// (the OnePageCRM seed). Plain YAML cannot read such text, so this parser is driven by the
// OpenAPI grammar instead: every map "frame" knows which keys it may hold, and a key line is
// placed into the innermost open frame that accepts it. Where the grammar alone is ambiguous
// (a property that could belong to several nested `properties` maps) a few documented rules
// decide; see `chooseProps` below and specs/onepagecrm.md.
//
// Export: parseFlatOpenApi(text, {trace}) -> plain JS object (same shape YAML.parse would give
// for the original, indented document).

import YAML from 'yaml';

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace']);

const SCHEMA_SCALARS = new Set([
  'type', 'format', 'title', 'description', 'readOnly', 'writeOnly', 'nullable', 'deprecated',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern',
  'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'multipleOf', '$ref',
]);

// Extra keys that the vendor's inline response schemas put beside `data` (not inside it).
const ENVELOPE_EXTRAS = new Set(['lead_sources', 'statuses', 'tags', 'contacts_count', 'team_stream']);
// Paging fields (and the cascade cursor fields): in responses they belong beside the list they
// describe, never inside a list item.
const PAGE_FIELDS = new Set(['total_count', 'page', 'per_page', 'max_page', 'items_left', 'next_set_url']);

// Where the flat text leaves a property's owner open and the rules above do not decide, these
// hints close the inner object(s). Each hint: the key, a pattern the innermost candidate's path
// must match, and a pattern for the properties map that takes the key instead. They were read off
// the neighbouring entries (e.g. `letter` follows `custom_fields[].value` but describes the contact)
// and are listed in specs/onepagecrm.md.
const PLACEMENT_HINTS = [
  { key: 'predefined_actions', inner: /\/next_action_dates\/items\/properties$/, to: /schemas\/Bootstrap\/properties$/ },
  { key: 'letter', inner: /\/custom_fields\/items\/properties$/, to: /schemas\/Contact\/properties$/ },
  { key: 'google_contacts_data', inner: /\/closed_sales\/items\/properties$/, to: /schemas\/Contact\/properties$/ },
  { key: 'syncing_status', inner: /\/company_fields\/items\/properties$/, to: /schemas\/Company\/properties$/ },
  { key: 'pending_deals', inner: /\/contacts\/items\/properties$/, to: /schemas\/Company\/properties$/ },
  { key: 'has_deal_items', inner: /\/deal_fields\/items\/properties$/, to: /schemas\/Deal\/properties$/ },
  // `owner` follows `contact_info.company` but is the deal's owner ("Information about the deal
  // owner"), not part of the contact's info; the next property then closes `owner`
  { key: 'owner', inner: /schemas\/Deal\/properties\/contact_info\/properties$/, to: /schemas\/Deal\/properties$/ },
  { key: 'previous_pipeline_stages', inner: /schemas\/Deal\/properties\/owner\/properties$/, to: /schemas\/Deal\/properties$/ },
  { key: 'users', inner: /\/Contacts_count\/properties\/all\/items\/properties$/, to: /schemas\/Contacts_count\/properties$/ },
  { key: 'default_contact_type', inner: /\/pipelines\/items\/properties$/, to: /schemas\/Settings\/properties$/ },
  // timestamps close every component schema
  { key: 'created_at', inner: /^#\/components\/schemas\/[^/]+\/properties\/.+\/properties$/, to: /^#\/components\/schemas\/[^/]+\/properties$/ },
  // request bodies: `{custom_field: {id}, value}`; `has_deal_items` belongs to the deal
  { key: 'value', inner: /\/(custom|company|deal)_field\/properties$/, to: /\/(custom|company|deal)_fields\/items\/properties$/ },
  { key: 'has_deal_items', inner: /\/(deal_field\/properties|deal_fields\/items\/properties)$/, to: /\/requestBody\/content\/[^/]+\/[^/]+\/schema\/properties$/ },  // the two pinned-attachment listings keep their page fields beside `data`, not inside it
  // (the one irregular list answer; see ../shared/reference/onepagecrm.md, "Irregular lists")
  ...['total_count', 'page', 'per_page', 'max_page'].map((key) => ({
    key, inner: /\/pinned_attachments\/get\/responses\/200\/.*\/schema\/properties\/data\/properties$/,
    to: /\/pinned_attachments\/get\/responses\/200\/.*\/schema\/properties$/,
  })),
];

const KEY_RE = /^('(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|[^\s'"#\-][^\s]*?|\$ref|-[^\s>]+?):(?:[ \t]+(.*))?$/;

function parseKeyLine(line) {
  const m = KEY_RE.exec(line);
  if (!m) return null;
  let key = m[1];
  const quoted = /^['"]/.test(key);
  if (key.startsWith("'")) key = key.slice(1, -1).replace(/''/g, "'");
  else if (key.startsWith('"')) key = JSON.parse(key);
  const raw = m[2] === undefined ? '' : m[2].trim();
  return { key, raw, quoted };
}

const NOT_PROPERTY_NAMES = new Set(['responses', 'requestBody', 'parameters', 'summary', 'operationId',
  'schemas', 'securitySchemes', 'paths', 'components', ...HTTP_METHODS]);

// Property names in this document are snake_case (plus S3 form fields like x-amz-date and quoted
// digits); anything else is structure belonging to an enclosing frame.
function plausibleProperty(key, quoted) {
  if (/^\d{3}$/.test(key)) return false; // status codes ('401' is quoted in components/responses)
  if (quoted) return true;
  if (NOT_PROPERTY_NAMES.has(key)) return false;
  return /^[a-z0-9_][a-z0-9_\-.]*$/.test(key);
}

function scalar(raw) {
  if (raw === '') return null;
  try {
    return YAML.parse(raw);
  } catch {
    return raw;
  }
}

function isBlockIndicator(raw) {
  return /^[>|][-+]?$/.test(raw);
}

function isUnclosedQuote(raw) {
  if (!(raw.startsWith("'") || raw.startsWith('"'))) return false;
  try {
    YAML.parse(raw);
    return false;
  } catch {
    return true;
  }
}

// ---- frame kinds -----------------------------------------------------------------------------
// child(key, hasValue, frame) returns: 'scalar' | 'list:<kind>' | '<mapKind>' | null (not accepted)

const KINDS = {
  ROOT(k) {
    return { info: 'INFO', servers: 'list:SERVER', security: 'list:SECREQ', tags: 'list:TAG',
      paths: 'PATHS', components: 'COMPONENTS', openapi: 'scalar', externalDocs: 'GENERIC' }[k] ?? null;
  },
  INFO(k) {
    return ['title', 'description', 'termsOfService', 'version'].includes(k) ? 'scalar'
      : ['contact', 'license'].includes(k) ? 'GENERIC' : null;
  },
  SERVER(k) { return ['url', 'description'].includes(k) ? 'scalar' : k === 'variables' ? 'GENERIC' : null; },
  TAG(k) { return ['name', 'description'].includes(k) ? 'scalar' : null; },
  SECREQ(k, hasValue, raw) { return hasValue && raw.startsWith('[') ? 'scalar' : null; },
  GENERIC(k, hasValue) { return hasValue ? 'scalar' : 'GENERIC'; },
  PATHS(k) { return k.startsWith('/') ? 'PATHITEM' : null; },
  PATHITEM(k) {
    if (HTTP_METHODS.has(k)) return 'OPERATION';
    if (k === 'parameters') return 'list:PARAM';
    return ['summary', 'description'].includes(k) ? 'scalar' : null;
  },
  OPERATION(k) {
    switch (k) {
      case 'tags': return 'list:STR';
      case 'parameters': return 'list:PARAM';
      case 'requestBody': return 'REQBODY';
      case 'responses': return 'RESPONSES';
      case 'security': return 'list:SECREQ';
      case 'summary': case 'description': case 'operationId': case 'deprecated': return 'scalar';
      default: return null;
    }
  },
  PARAM(k) {
    if (k === 'schema') return 'SCHEMA';
    if (k === 'example') return 'EXAMPLE';
    return ['name', 'in', 'description', 'required', '$ref', 'deprecated', 'style', 'explode',
      'allowEmptyValue', 'allowReserved'].includes(k) ? 'scalar' : null;
  },
  REQBODY(k) {
    if (k === 'content') return 'CONTENT';
    return ['description', 'required', '$ref'].includes(k) ? 'scalar' : null;
  },
  CONTENT(k) { return /^[a-z*]+\/[A-Za-z0-9.+*-]+$/.test(k) ? 'MEDIA' : null; },
  MEDIA(k) {
    if (k === 'schema') return 'SCHEMA';
    if (k === 'example') return 'EXAMPLE';
    if (k === 'examples' || k === 'encoding') return 'GENERIC';
    return null;
  },
  RESPONSES(k) { return /^(\d{3}|[1-5]XX|default)$/.test(k) ? 'RESPONSE' : null; },
  RESPONSE(k) {
    if (k === 'content') return 'CONTENT';
    if (k === 'headers' || k === 'links') return 'GENERIC';
    return ['description', '$ref'].includes(k) ? 'scalar' : null;
  },
  SCHEMA(k, hasValue) {
    switch (k) {
      case 'properties': return 'PROPS';
      case 'items': case 'not': return hasValue ? 'scalar' : 'SCHEMA';
      case 'additionalProperties': return hasValue ? 'scalar' : 'SCHEMA';
      case 'allOf': case 'oneOf': case 'anyOf': return 'list:SCHEMA';
      case 'enum': case 'required': return hasValue ? 'scalar' : 'list:STR';
      case 'example': case 'default': return hasValue ? 'scalar' : 'EXAMPLE';
      case 'discriminator': case 'xml': case 'externalDocs': return 'GENERIC';
      default: return SCHEMA_SCALARS.has(k) ? 'scalar' : null;
    }
  },
  PROPS(k, hasValue, raw, quoted) {
    if (!plausibleProperty(k, quoted)) return null;
    if (!hasValue) return 'SCHEMA';
    return raw.startsWith('{') ? 'scalar' : null; // `foo: {}`
  },
  COMPONENTS(k) {
    return { schemas: 'NAMED:SCHEMA', parameters: 'NAMED:PARAM', responses: 'NAMED:RESPONSE',
      securitySchemes: 'NAMED:SECSCHEME', requestBodies: 'NAMED:REQBODY', headers: 'NAMED:GENERIC',
      examples: 'NAMED:GENERIC' }[k] ?? null;
  },
  SECSCHEME(k) {
    return ['type', 'scheme', 'description', 'name', 'in', 'bearerFormat', 'openIdConnectUrl'].includes(k)
      ? 'scalar' : k === 'flows' ? 'GENERIC' : null;
  },
};

// Which keys may start a map item inside a list of the given kind (for `- key: value` lines).
const LIST_ITEM_FIRST_KEYS = {
  PARAM: new Set(['$ref', 'name', 'in']),
  TAG: new Set(['name']),
  SERVER: new Set(['url']),
  SECREQ: null, // any
  SCHEMA: new Set(['$ref', 'type', 'properties', 'description', 'required', 'title']),
};

function kindAccepts(kind, key, hasValue, raw, quoted = false) {
  if (kind.startsWith('NAMED:')) {
    if (hasValue || KINDS.COMPONENTS(key)) return null;
    if (kind === 'NAMED:SCHEMA' && !/^[A-Z][A-Za-z0-9_]*$/.test(key)) return null; // schema names are capitalised
    return kind.slice(6);
  }
  return KINDS[kind](key, hasValue, raw, quoted);
}

export function parseFlatOpenApi(text, opts = {}) {
  const trace = opts.trace ?? null;
  const lines = text.split(/\r?\n/);
  const root = {};
  // frame: {kind, node, isList?, itemKind?, owner?: frame that owns this map (for PROPS: the SCHEMA),
  //         viaKey?: key under which node hangs, line}
  const stack = [{ kind: 'ROOT', node: root, viaKey: null, path: '#' }];
  // Evidence from the document itself: every `$ref: '#/.../properties/<name>'` proves that the
  // map at that path holds that property.
  const referenced = new Set();
  for (const m of text.matchAll(/\$ref:\s*['"]?(#\/[^'"\s]+\/properties\/[^'"\s/]+)/g)) referenced.add(m[1]);
  let block = null; // {obj, key, lines: []}
  let pending = null; // plain or quoted scalar that continuation lines extend: {obj, key, quoted}
  let example = null; // {frame, obj, key, mode, value, curMap, curInner}

  const top = () => stack[stack.length - 1];

  function mapAllowsMore(frame) {
    // A map that holds a $ref accepts nothing more (siblings of $ref are not used in the seed).
    return !(frame.node && !Array.isArray(frame.node) && '$ref' in frame.node);
  }

  // Find the frame index that accepts `key`; returns {idx, kind} or null. strict = used for
  // deciding whether a line ends a block scalar (any-key maps then only take identifier-like keys).
  function findAcceptor(key, hasValue, raw, strict, quoted = false) {
    const candidates = [];
    for (let i = stack.length - 1; i >= 0; i--) {
      const f = stack[i];
      if (f.isList) continue;
      if (!mapAllowsMore(f)) continue;
      if (Object.prototype.hasOwnProperty.call(f.node, key)) continue;
      const kind = kindAccepts(f.kind, key, hasValue, raw, quoted);
      if (!kind) continue;
      // `title:` with nothing after it is a property named title unless text lines follow
      if (kind === 'scalar' && !hasValue && !nextIsText) continue;
      // `default:` with nothing after it, followed by `type: boolean`, is a property named default
      // (Pipeline.default), not a multi-line default value: a value map would not start with a type
      if (kind === 'EXAMPLE' && !hasValue && nextIsSchemaType) continue;
      if (strict && (f.kind === 'PROPS') && !/^[a-z0-9_]+$/.test(key) && !/^x-/.test(key)) continue;
      if (strict && f.kind === 'NAMED:SCHEMA' && !/^[A-Z][A-Za-z0-9_]*$/.test(key)) continue;
      if (strict && f.kind.startsWith('NAMED:') && f.kind !== 'NAMED:SCHEMA' && !/^[A-Za-z0-9_]+$/.test(key)) continue;
      candidates.push({ idx: i, kind });
      // fixed-keyword maps are decisive; any-key maps (PROPS/NAMED) may have outer rivals
      if (!(f.kind === 'PROPS')) break;
    }
    if (candidates.length === 0) return null;
    if (candidates.length === 1 || strict) return candidates[0];
    return chooseProps(key, candidates);
  }

  // Several nested `properties` maps could take this key. Default: the innermost one.
  function chooseProps(key, candidates) {
    const props = candidates.filter((c) => stack[c.idx].kind === 'PROPS');
    const proven = props.find((c) => referenced.has(`${stack[c.idx].path}/${key}`));
    if (proven) {
      if (proven !== candidates[0]) trace?.push({ rule: 'referenced', key, path: stack[proven.idx].path });
      return proven;
    }
    for (const h of PLACEMENT_HINTS) {
      if (h.key !== key || !h.inner.test(stack[candidates[0].idx].path)) continue;
      const c = props.find((p) => h.to.test(stack[p.idx].path));
      if (c) {
        trace?.push({ rule: 'hint', key, path: stack[c.idx].path });
        return c;
      }
    }
    if (ENVELOPE_EXTRAS.has(key)) {
      const env = props.find((c) => isEnvelope(stack[c.idx].node));
      if (env && env !== candidates[0]) {
        trace?.push({ rule: 'envelope-extra', key });
        return env;
      }
    }
    if (PAGE_FIELDS.has(key) && stack[candidates[0].idx].path.startsWith('#/paths/')) {
      // the nearest properties map that does not lie inside a list item
      const c = props.find((p) => !/\/items\//.test(opRelative(stack[p.idx].path) + '/'));
      if (c && c !== candidates[0]) {
        trace?.push({ rule: 'page-field', key });
        return c;
      }
    }
    if (candidates.length > 1 && trace) {
      trace.push({ rule: 'innermost', key, path: stack[candidates[0].idx].path, siblings: Object.keys(stack[candidates[0].idx].node),
        rivals: candidates.slice(1).map((c) => Object.keys(stack[c.idx].node)) });
    }
    return candidates[0];
  }

  function isEnvelope(node) {
    return 'status' in node && 'data' in node && 'timestamp' in node;
  }

  function opRelative(path) {
    // strip '#/paths/<path>/<method>/' so that path segments like /items in the URL do not count
    const m = /^#\/paths\/.*?\/(get|put|post|delete|patch)\/(.*)$/.exec(path);
    return m ? m[2] : path;
  }

  function openChild(parentIdx, key, childKind, raw, lineNo) {
    stack.length = parentIdx + 1;
    pending = null;
    const parent = stack[parentIdx];
    const obj = parent.node;
    if (childKind === 'scalar') {
      if (isBlockIndicator(raw)) {
        obj[key] = '';
        block = { obj, key, lines: [], folded: raw.startsWith('>') };
      } else if (isUnclosedQuote(raw)) {
        obj[key] = null;
        pending = { obj, key, quoted: raw };
      } else {
        obj[key] = scalar(raw);
        pending = raw === '' || !/^['"\[{]/.test(raw) ? { obj, key } : null;
      }
      return;
    }
    if (childKind === 'EXAMPLE') {
      obj[key] = null;
      example = { obj, key, mode: 'start', value: null, curMap: null, curInner: null };
      return;
    }
    if (childKind.startsWith('list:')) {
      if (raw !== '') { obj[key] = scalar(raw); return; } // flow sequence `[a, b]`
      obj[key] = [];
      stack.push({ kind: childKind, node: obj[key], isList: true, itemKind: childKind.slice(5), viaKey: key, line: lineNo, path: `${parent.path}/${key}` });
      return;
    }
    if (raw !== '') { obj[key] = scalar(raw); return; }
    obj[key] = {};
    stack.push({ kind: childKind, node: obj[key], viaKey: key, line: lineNo, path: `${parent.path}/${key}` });
  }

  function listItem(content, lineNo, strict) {
    // content: text after "- "
    const kv = parseKeyLine(content);
    for (let i = stack.length - 1; i >= 0; i--) {
      const f = stack[i];
      if (!f.isList) continue;
      const ik = f.itemKind;
      if (ik === 'STR') {
        if (kv && !/^['"]/.test(content)) continue; // a map item cannot go into a list of strings
        if (strict) continue;
        stack.length = i + 1;
        f.node.push(scalar(content));
        pending = null;
        return true;
      }
      if (!kv) continue;
      const first = LIST_ITEM_FIRST_KEYS[ik];
      if (first && !first.has(kv.key)) continue;
      stack.length = i + 1;
      const item = {};
      f.node.push(item);
      stack.push({ kind: ik, node: item, viaKey: null, line: lineNo, path: `${f.path}/${f.node.length - 1}` });
      const childKind = kindAccepts(ik, kv.key, kv.raw !== '', kv.raw);
      if (!childKind) throw new Error(`line ${lineNo}: ${ik} item cannot start with ${kv.key}`);
      openChild(stack.length - 1, kv.key, childKind, kv.raw, lineNo);
      return true;
    }
    return false;
  }

  function finishBlock() {
    block.obj[block.key] = block.lines.join('\n');
    block = null;
  }

  function finishExample() {
    if (example.deferred) placeExample(example);
    else example.obj[example.key] = example.value;
    example = null;
  }

  // A multi-line `example:` could belong to any of the open schemas (an array's items or the
  // array itself, ...). Pick the innermost open schema whose shape fits the value.
  function placeExample(ex) {
    const cands = [];
    for (let i = stack.length - 1; i >= 0; i--) {
      const f = stack[i];
      if (f.isList) continue;
      if (f.kind === 'PROPS') {
        if (cands.length) break; // jump over a properties map only when nothing inside it can take the example
        continue;
      }
      if (!mapAllowsMore(f) || 'example' in f.node) continue;
      if (!kindAccepts(f.kind, 'example', false, '')) break;
      cands.push(i);
      if (f.kind !== 'SCHEMA') break;
    }
    if (cands.length === 0) throw new Error(`line ${ex.lineNo}: no owner for example`);
    const v = ex.value;
    const prim = (t) => ['string', 'integer', 'number', 'boolean'].includes(t);
    const fits = (node, val) => {
      if (Array.isArray(val)) {
        if (!(node.type === 'array' || node.items)) return false;
        return val.length === 0 || !Array.isArray(val[0]) || (node.items && fits(node.items, val[0]));
      }
      if (val && typeof val === 'object') return node.type === 'object' || (!node.type && !!node.properties);
      return true;
    };
    let pick = cands.find((i) => stack[i].kind !== 'SCHEMA' || fits(stack[i].node, v));
    if (pick === undefined && v && typeof v === 'object') pick = cands.find((i) => !prim(stack[i].node.type));
    if (pick === undefined) pick = cands[0];
    if (trace && pick !== cands[0]) trace.push({ rule: 'example-owner', line: ex.lineNo, depth: cands.indexOf(pick) });
    stack.length = pick + 1;
    stack[pick].node.example = v;
  }

  // Feed one line to an open example value; returns true if consumed.
  function exampleLine(line) {
    const ex = example;
    const isDash = line.startsWith('- ') || line === '-';
    if (ex.mode === 'start') {
      if (isDash) { ex.mode = 'list'; ex.value = []; }
      else {
        const kv = parseKeyLine(line);
        if (kv && kv.raw !== '') { ex.mode = 'map'; ex.value = {}; ex.curMap = ex.value; }
        else return false;
      }
    }
    if (ex.mode === 'list') {
      if (isDash) {
        const c = line.slice(2);
        if (c.startsWith('- ')) { ex.curInner = [scalar(c.slice(2))]; ex.value.push(ex.curInner); ex.curMap = null; return true; }
        const kv = parseKeyLine(c);
        if (kv && kv.raw !== '') { ex.curMap = { [kv.key]: scalar(kv.raw) }; ex.value.push(ex.curMap); ex.curInner = null; return true; }
        if (ex.curInner) ex.curInner.push(scalar(c)); else ex.value.push(scalar(c));
        return true;
      }
      const kv = parseKeyLine(line);
      if (ex.curMap && kv && kv.raw !== '') { ex.curMap[kv.key] = scalar(kv.raw); return true; }
      return false;
    }
    // map
    if (isDash) return false;
    const kv = parseKeyLine(line);
    if (kv && kv.raw !== '') { ex.curMap[kv.key] = scalar(kv.raw); return true; }
    return false;
  }

  function blockEnds(line) {
    if (line.startsWith('- ')) {
      const kv = parseKeyLine(line.slice(2));
      if (!kv) return false;
      for (let i = stack.length - 1; i >= 0; i--) {
        const f = stack[i];
        if (!f.isList || f.itemKind === 'STR') continue;
        const first = LIST_ITEM_FIRST_KEYS[f.itemKind];
        if (!first || first.has(kv.key)) return true;
      }
      return false;
    }
    const kv = parseKeyLine(line);
    if (!kv) return false;
    return findAcceptor(kv.key, kv.raw !== '', kv.raw, true, kv.quoted) !== null;
  }

  let nextIsText = false;
  let nextIsSchemaType = false;
  for (let n = 0; n < lines.length; n++) {
    const lineNo = n + 1;
    const line = lines[n].replace(/\s+$/, '');
    {
      let m = n + 1;
      while (m < lines.length && (lines[m].trim() === '' || lines[m].startsWith('#'))) m++;
      const nl = m < lines.length ? lines[m].trim() : '';
      nextIsText = nl !== '' && !nl.startsWith('- ') && !parseKeyLine(nl);
      nextIsSchemaType = /^type: (string|boolean|integer|number|array|object)$/.test(nl);
    }
    if (block) {
      if (line === '' || line.startsWith('#') || !blockEnds(line)) {
        if (line !== '' && !line.startsWith('#')) block.lines.push(line);
        continue;
      }
      finishBlock();
    }
    if (line === '' || line.startsWith('#')) continue;
    if (pending && pending.quoted) {
      pending.quoted += ' ' + line;
      if (!isUnclosedQuote(pending.quoted)) { pending.obj[pending.key] = scalar(pending.quoted); pending = null; }
      continue;
    }
    if (example) {
      if (exampleLine(line)) continue;
      finishExample();
    }
    if (line.startsWith('- ') || line === '-') {
      if (listItem(line === '-' ? '' : line.slice(2), lineNo, false)) { continue; }
      throw new Error(`line ${lineNo}: list item outside any list: ${line}`);
    }
    const kv = parseKeyLine(line);
    if (kv && kv.key === 'example' && kv.raw === '') {
      // The owner of a multi-line example is decided once its value is known (see placeExample).
      pending = null;
      example = { obj: null, key: 'example', mode: 'start', value: null, curMap: null, curInner: null, deferred: true, lineNo };
      continue;
    }
    if (kv) {
      const hasValue = kv.raw !== '';
      const acc = findAcceptor(kv.key, hasValue, kv.raw, false, kv.quoted);
      if (acc) {
        pending = null;
        openChild(acc.idx, kv.key, acc.kind, kv.raw, lineNo);
        continue;
      }
    }
    if (pending && !pending.quoted) {
      const cur = pending.obj[pending.key];
      pending.obj[pending.key] = cur === null || cur === '' ? line : `${cur} ${line}`;
      continue;
    }
    throw new Error(`line ${lineNo}: cannot place: ${line}`);
  }
  if (block) finishBlock();
  if (example) finishExample();
  return root;
}
