#!/usr/bin/env node
// Rebuilds specs/onepagecrm.yaml from the flattened vendor seed and applies the repairs listed in
// specs/onepagecrm.md (numbers in comments refer to that list).
//
//   node rebuild-onepagecrm.mjs [seed-path] [out-path]
//
// Defaults: ../shared/seeds/003_3e95359a389746c1.txt (relative to the repository root) and
// specs/onepagecrm.yaml.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { parseFlatOpenApi } from './flat-openapi.mjs';
import { OPERATION_IDS } from './onepagecrm-opids.mjs';
import { applyVendorUpdates } from './onepagecrm-vendor-updates.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '..', '..');
export const DEFAULT_SEED = path.resolve(REPO_ROOT, '..', 'shared', 'seeds', '003_3e95359a389746c1.txt');
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const STANDARD_FORMATS = new Set(['int32', 'int64', 'float', 'double', 'byte', 'binary', 'date', 'date-time', 'password']);

const clone = (o) => JSON.parse(JSON.stringify(o));
const pascal = (s) => s.replace(/[^A-Za-z0-9]+/g, ' ').trim().split(' ').map((w) => w[0].toUpperCase() + w.slice(1)).join('');
const singular = (s) => (s.endsWith('ies') ? `${s.slice(0, -3)}y` : s.endsWith('ses') ? s.slice(0, -2) : s.endsWith('s') ? s.slice(0, -1) : s);

// 11. component schema names become UpperCamelCase
export function renameSchema(name) {
  return name.split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

function walk(o, fn, p = []) {
  if (Array.isArray(o)) o.forEach((v, i) => walk(v, fn, [...p, i]));
  else if (o && typeof o === 'object') {
    fn(o, p);
    for (const [k, v] of Object.entries(o)) walk(v, fn, [...p, k]);
  }
}

function resolvePointer(doc, ref) {
  let t = doc;
  for (const part of ref.slice(2).split('/')) t = t?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (t === undefined) throw new Error(`unresolved $ref ${ref}`);
  return t;
}

// ---------------------------------------------------------------------------------------------
export function rebuild(seedText) {
  const doc = parseFlatOpenApi(seedText);
  // the vendor's current API (onepagecrm-vendor-updates.json), on the seed's own terms, before any repair
  applyVendorUpdates(doc);
  const S = doc.components.schemas;

  // 4. Contact.url -> urls (array of {type, value}); property refs follow
  {
    const props = S.Contact.properties;
    S.Contact.properties = Object.fromEntries(Object.entries(props).map(([k, v]) => [k === 'url' ? 'urls' : k, v]));
    walk(doc, (o) => {
      if (o.properties && o.properties.url && o.properties.url.$ref === '#/components/schemas/Contact/properties/url') {
        o.properties = Object.fromEntries(Object.entries(o.properties).map(([k, v]) => [k === 'url' ? 'urls' : k, v]));
      }
      if (o.$ref === '#/components/schemas/Contact/properties/url') o.$ref = '#/components/schemas/Contact/properties/urls';
    });
  }
  // 2. User.account_rights: enum belongs to the items
  {
    const ar = S.User.properties.account_rights;
    ar.items = { ...(ar.items || { type: 'string' }), enum: ar.enum };
    delete ar.enum;
  }
  // 3. Bootstrap.call_results is a map of result key -> label
  {
    const cr = S.Bootstrap.properties.call_results;
    S.Bootstrap.properties.call_results = {
      type: 'object', description: cr.description, readOnly: true,
      additionalProperties: { type: 'string' }, example: cr.example,
    };
  }
  // 18. Company.synced_status_id holds a status id (its example is one), not a boolean; the
  //     enable-status-sync body copies it through a property $ref, so it follows
  S.Company.properties.synced_status_id.type = 'string';
  // 15. Filter.conditions is a list of [field, operator, value] triples
  S.Filter.properties.conditions.items = { type: 'array', items: { type: 'string' } };

  // 8. copy-paste slips in response wrappers
  for (const m of ['get', 'put']) {
    const data = doc.paths['/relationship_types/{relationship_type_id}'][m].responses['200'].content['application/json'].schema.properties.data;
    data.properties = { relationship_type: data.properties.deal };
  }
  // (PUT /predefined_items/{id} answering `predefined_action` is now a vendor update: it answers a predefined item)

  // 6. since/until/modified_since/unmodified_since: dates (YYYY-MM-DD) or unix timestamps
  for (const n of ['query_since', 'query_until', 'query_modified_since', 'query_unmodified_since']) {
    const p = doc.components.parameters[n];
    p.schema = { type: 'string', ...(p.schema.example !== undefined ? { example: String(p.schema.example) } : {}) };
  }

  // 19. paging bounds stated only in prose: per_page is 1..100, page counts from 1
  {
    const P = doc.components.parameters;
    P.query_per_page.schema = { ...P.query_per_page.schema, minimum: 1, maximum: 100 };
    P.query_page.schema = { ...P.query_page.schema, minimum: 1 };
    P.query_per_page['x-inferred'] = 'the bounds 1..100 are stated in the vendor\'s prose only ("Maximum 100 allowed"), not in its schema';
    P.query_page['x-inferred'] = 'the lower bound 1 is stated in the vendor\'s prose only ("Starts from 1"), not in its schema';
  }
  // 20. The rename body requires its attachment: the vendor requires attachment.custom_filename
  {
    const body = doc.paths['/attachments/{attachment_id}'].patch.requestBody.content['application/json'].schema;
    body.required = ['attachment'];
    body['x-inferred'] = 'the vendor requires attachment.custom_filename, so the attachment object itself must be sent';
  }
  // 8. the flattened seed cannot show where /deal_fields keeps its page fields; beside the list, as everywhere
  doc.paths['/deal_fields'].get.responses['200']['x-inferred'] = 'page fields placed beside the list (in data), as in every other '
    + 'list answer; the flattened seed cannot show whether the vendor put them inside each item';

  // 7. partial on resource updates, undo on deletes of restorable records
  doc.components.parameters.query_partial = {
    name: 'partial', in: 'query', required: false,
    description: 'Update only the fields present in the request body (the other fields keep their values).',
    schema: { type: 'boolean' }, example: true,
    'x-inferred': 'the vendor describes partial=true in prose only; declared on every PUT that updates a resource with a body',
  };
  doc.components.parameters.query_undo = {
    name: 'undo', in: 'query', required: false,
    description: 'Repeat the DELETE with undo=true to restore the deleted record.',
    schema: { type: 'boolean' }, example: true,
    'x-inferred': 'the vendor describes undo=true in prose and declares it on contacts and relationships only; '
      + 'declared here on the deletes of deals, actions, notes, calls and meetings',
  };
  for (const [p, item] of Object.entries(doc.paths)) {
    const put = item.put;
    if (put && /^Update a specific /.test(put.summary) && put.requestBody) {
      put.parameters = [...(put.parameters || []), { $ref: '#/components/parameters/query_partial' }];
      // Names the flag for the generator: with partial=true the body's required fields may be absent.
      put.requestBody['x-partial-flag'] = 'partial';
    }
    const del = item.delete;
    if (del && /^\/(deals|actions|notes|calls|meetings)\/\{[a-z_]+\}$/.test(p)) {
      del.parameters = [...(del.parameters || []), { $ref: '#/components/parameters/query_undo' }];
    }
  }

  // 9 / 1. invalid defaults, non-standard formats, minimum on strings; 16. example clean-ups
  walk(doc, (o, p) => {
    const inSchema = p.includes('schema') || p.includes('schemas') || p.includes('parameters');
    if (!inSchema) return;
    // a `properties` map holds property names, not keywords (Pipeline has a property named default)
    if (p[p.length - 1] === 'properties') return;
    if (typeof o.format === 'string' && o.type && !STANDARD_FORMATS.has(o.format)) delete o.format;
    if (o.type === 'string' && 'minimum' in o) delete o.minimum;
    if ('default' in o && o.type) {
      const d = o.default;
      const ok = (o.type === 'string' && typeof d === 'string' && (o.format !== 'date' || /^\d{4}-\d{2}-\d{2}$/.test(d)))
        || (o.type === 'integer' && Number.isInteger(d)) || (o.type === 'number' && typeof d === 'number')
        || (o.type === 'boolean' && typeof d === 'boolean');
      if (!ok) delete o.default;
    }
    if ('example' in o && (o.example === null)) delete o.example;
    // maxItems written on string items belongs to the array
    if (o.type === 'array' && o.items && o.items.type === 'string' && 'maxItems' in o.items) {
      o.maxItems = o.items.maxItems;
      delete o.items.maxItems;
    }
  });
  for (const item of S.Related_contact.example) {
    for (const [k, v] of Object.entries(item)) if (typeof v === 'string') item[k] = v.replace(/,$/, '');
  }
  // 14. secrets
  S.Webhook.properties.secretkey.format = 'password';
  if (S.Bootstrap.properties.auth_key) S.Bootstrap.properties.auth_key.format = 'password';
  doc.paths['/change_auth_key'].post.responses['201'].content['application/json'].schema.properties.data.properties.auth_key.format = 'password';

  // 5. property-pointer $refs are resolved in place; request bodies drop readOnly
  const resolveProps = (node, inRequest) => {
    if (Array.isArray(node)) return node.map((v) => resolveProps(v, inRequest));
    if (!node || typeof node !== 'object') return node;
    if (typeof node.$ref === 'string' && /\/properties\//.test(node.$ref)) {
      const target = clone(resolvePointer(doc, node.$ref));
      return resolveProps(target, inRequest);
    }
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === 'example' || k === 'default' || k === 'enum') { out[k] = v; continue; }
      if (inRequest && k === 'readOnly') continue;
      out[k] = resolveProps(v, inRequest || k === 'requestBody');
    }
    return out;
  };
  const resolved = resolveProps(doc, false);

  // 11. renames
  const renames = Object.fromEntries(Object.keys(S).map((n) => [n, renameSchema(n)]));
  const text = JSON.stringify(resolved).replace(/"#\/components\/schemas\/([A-Za-z0-9_]+)"/g, (m, n) => `"#/components/schemas/${renames[n] ?? n}"`);
  const out = JSON.parse(text);
  out.components.schemas = Object.fromEntries(Object.entries(out.components.schemas).map(([k, v]) => [renames[k], v]));

  // 13. error body
  const seedResponses = doc.components.responses;
  const err400 = out.components.responses['400'].content['application/json'].schema;
  out.components.schemas.ErrorBody = {
    description: 'Body of an error answer (HTTP 4xx/5xx).',
    properties: {
      status: { type: 'integer', format: 'int32', description: 'HTTP status code of the response', example: 400 },
      message: err400.properties.message,
      error_name: err400.properties.error_name,
      error_message: err400.properties.error_message,
      errors: {
        type: 'object', description: err400.properties.errors.description,
        additionalProperties: { type: 'string' },
        example: { attribute_name: '{attribute_name} is invalid or missing' },
        'x-inferred': 'the vendor writes one placeholder property attribute_name (an empty object on 401); read as a map of attribute to reason',
      },
    },
  };
  for (const code of Object.keys(out.components.responses)) {
    if (!/^[45]/.test(code)) continue;
    const declared = Object.keys(seedResponses[code]?.content || {}).length > 0;
    out.components.responses[code].content = { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } };
    if (!declared) out.components.responses[code]['x-inferred'] = 'the vendor declares no body for this error; the body of its 400 and 401 answers is assumed';
  }

  // 21. query parameters with a closed set of values take a named open enum; time bounds are times
  {
    const P = out.components.parameters;
    const S2 = out.components.schemas;
    const named = (param, name, description, values) => {
      const p = P[param];
      const sch = p.schema;
      const list = values ?? sch.enum;
      if (!list) throw new Error(`${param}: no values`);
      if (S2[name]) throw new Error(`${param}: schema ${name} exists`);
      S2[name] = { type: 'string', description, enum: list };
      if (sch.example !== undefined && p.example === undefined) p.example = sch.example;
      p.schema = { $ref: `#/components/schemas/${name}` };
    };
    const sortBy = (what) => `A field ${what} can be sorted by (\`sort_by\`, with \`order\`). Open: other values are sent as given.`;
    const dateFilter = (what) => `The time field of ${what} that \`since\` and \`until\` apply to (\`date_filter\`). Open: other values are sent as given.`;
    named('query_order', 'SortOrder', 'The direction of a sort (`order`): ascending (the default) or descending.');
    named('query_sort_by', 'SortBy', sortBy('actions, relationship types and relationships'));
    named('query_contacts_sort_by', 'ContactSortBy', sortBy('contacts'));
    named('query_companies_sort_by', 'CompanySortBy', sortBy('companies'));
    named('query_deals_sort_by', 'DealSortBy', sortBy('deals'));
    named('query_notes_sort_by', 'NoteSortBy', sortBy('notes'));
    named('query_calls_sort_by', 'CallSortBy', sortBy('calls'));
    named('query_meetings_sort_by', 'MeetingSortBy', sortBy('meetings'));
    named('query_custom_fields_sort_by', 'FieldSortBy', sortBy('custom, company and deal field definitions'));
    named('query_date_filter', 'DateFilter', dateFilter('contacts, relationships, relationship types and the action stream'));
    named('query_actions_date_filter', 'ActionDateFilter', dateFilter('actions'));
    named('query_deals_date_filter', 'DealDateFilter', dateFilter('deals'));
    named('query_notes_date_filter', 'NoteDateFilter', dateFilter('notes'));
    named('query_calls_date_filter', 'CallDateFilter', dateFilter('calls'));
    named('query_meetings_date_filter', 'MeetingDateFilter', dateFilter('meetings'));
    // the values the vendor lists in these parameters' descriptions
    named('query_actions_status', 'ActionStatus', 'The status an action listing can be limited to (`status`). Open: other values are sent as given.',
      ['asap', 'date', 'date_time', 'waiting', 'queued', 'queued_with_date', 'done']);
    named('query_deals_status', 'DealStatus', 'The status a deal listing can be limited to (`status`). Open: other values are sent as given.',
      ['pending', 'won', 'lost', 'closed']);
    // a date (YYYY-MM-DD) or a unix timestamp in seconds: an Instant, written as epoch seconds
    for (const n of ['query_since', 'query_until', 'query_modified_since', 'query_unmodified_since']) {
      const p = P[n];
      delete p.schema.example;
      p.schema = { type: 'string', format: 'date-time' };
      p['x-epoch-seconds'] = true;
      p.example = '2018-07-01T00:00:00Z';
    }
  }

  // 10. name every inline object shape
  const namer = new Namer(out);
  for (const [name, schema] of Object.entries(out.components.schemas)) namer.hoistChildren(schema, name);
  for (const [p, item] of Object.entries(out.paths)) {
    for (const m of METHODS) {
      const op = item[m];
      if (!op) continue;
      const opId = OPERATION_IDS[`${m.toUpperCase()} ${p}`];
      if (!opId) throw new Error(`no operationId for ${m} ${p}`);
      // 12. operationIds go right after the summary
      const rebuilt = {};
      for (const [k, v] of Object.entries(op)) { rebuilt[k] = v; if (k === 'summary') rebuilt.operationId = opId; }
      if (!rebuilt.operationId) rebuilt.operationId = opId;
      item[m] = rebuilt;
      for (const media of Object.values(rebuilt.requestBody?.content || {})) {
        if (media.schema) media.schema = namer.hoist(media.schema, `${pascal(opId)}Request`, true);
      }
      for (const resp of Object.values(rebuilt.responses || {})) {
        for (const media of Object.values(resp.content || {})) {
          if (media.schema) media.schema = namer.hoistEnvelope(media.schema, opId);
        }
      }
    }
  }
  for (const [n, s] of namer.created) out.components.schemas[n] = s;

  // header
  const final = {
    openapi: '3.0.3',
    info: {
      title: out.info.title,
      description: INFO_DESCRIPTION,
      termsOfService: out.info.termsOfService,
      version: String(out.info.version),
    },
    servers: out.servers,
    security: out.security,
    tags: out.tags,
    paths: out.paths,
    components: {
      schemas: out.components.schemas,
      parameters: out.components.parameters,
      responses: out.components.responses,
      securitySchemes: out.components.securitySchemes,
    },
  };
  return final;
}

// ---------------------------------------------------------------------------------------------
class Namer {
  constructor(doc) {
    this.doc = doc;
    this.created = new Map(); // name -> schema
    this.byShape = new Map(); // canonical json -> name
  }

  isObject(s) {
    return s && !s.$ref && s.properties && Object.keys(s.properties).length > 0;
  }

  register(schema, name) {
    const key = JSON.stringify(schema);
    if (this.byShape.has(key)) return this.byShape.get(key);
    let n = NAME_OVERRIDES[name] ?? name;
    // a different shape already has this name: name it after the operation instead
    if ((this.created.has(n) || this.doc.components.schemas[n]) && this.opBase && this.base && n.startsWith(this.base)) {
      n = this.opBase + n.slice(this.base.length);
    }
    if ((this.created.has(n) || this.doc.components.schemas[n]) && this.opId) n = `${pascal(this.opId)}${n}`;
    let i = 2;
    const base = n;
    while (this.created.has(n) || this.doc.components.schemas[n]) n = `${base}${i++}`;
    this.created.set(n, schema);
    this.byShape.set(key, n);
    return n;
  }

  hoistChildren(schema, name) {
    if (!schema || schema.$ref) return;
    for (const [p, s] of Object.entries(schema.properties || {})) {
      schema.properties[p] = this.hoist(s, `${name}${pascal(s && s.type === 'array' ? singular(p) : p)}`);
    }
    if (schema.items) schema.items = this.hoist(schema.items, `${name}Item`);
    if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
      schema.additionalProperties = this.hoist(schema.additionalProperties, `${name}Value`);
    }
  }

  // Returns the schema, or a $ref to a named component when it is an object shape.
  hoist(schema, name) {
    if (!schema || schema.$ref) return schema;
    if (schema.type === 'array' && schema.items && !schema.items.$ref) {
      schema.items = this.hoist(schema.items, name);
      return schema;
    }
    this.hoistChildren(schema, name);
    if (!this.isObject(schema)) return schema;
    if (!schema.type) schema.type = 'object';
    return { $ref: `#/components/schemas/${this.register(schema, name)}` };
  }

  // Response bodies: {status, message, timestamp, data, ...extras}
  hoistEnvelope(schema, opId) {
    if (schema.$ref || !schema.properties || !schema.properties.data) return this.hoist(schema, `${pascal(opId)}Response`);
    const props = schema.properties;
    for (const k of ['status', 'message', 'timestamp']) props[k] = clone(ENVELOPE_FIELDS[k]);
    const data = props.data;
    let base = null;
    let listProp = null;
    const refName = (s) => (s && s.$ref ? s.$ref.split('/').pop() : null);
    if (data.$ref) base = `${refName(data)}Response`;
    else if (data.type === 'array') {
      const it = data.items || {};
      const inner = refName(it) || (it.properties && Object.keys(it.properties).length === 1 && refName(Object.values(it.properties)[0]));
      base = inner ? `${inner}List` : `${pascal(opId)}Response`;
    } else if (data.properties) {
      const keys = Object.keys(data.properties);
      const arrays = keys.filter((k) => data.properties[k].type === 'array');
      const pageish = ['total_count', 'page', 'per_page', 'max_page'];
      if (keys.includes('total_count') && arrays.length >= 1) { listProp = arrays[0]; base = `${pascal(singular(listProp))}List`; }
      else if (arrays.length === 1 && keys.every((k) => k === arrays[0] || pageish.includes(k))) { listProp = arrays[0]; base = `${pascal(singular(listProp))}List`; }
      else if (keys.includes('items_left') && arrays.length >= 1) { listProp = arrays[0]; base = `${pascal(singular(listProp))}Batch`; }
      else if (keys.length >= 1 && refName(data.properties[keys[0]]) && keys.length <= 6 && !arrays.includes(keys[0])) base = `${pascal(keys[0])}Response`;
      else base = `${pascal(opId)}Response`;
    }
    base = ENVELOPE_OVERRIDES[opId] ?? base ?? `${pascal(opId)}Response`;
    this.base = base;
    this.opBase = `${pascal(opId)}Response`;
    this.opId = opId;
    if (listProp && data.properties[listProp].items && !data.properties[listProp].items.$ref) {
      data.properties[listProp].items = this.hoist(data.properties[listProp].items, `${base}Item`);
    }
    if (data.type === 'array') {
      if (data.items && !data.items.$ref) data.items = this.hoist(data.items, `${base}Item`);
    } else {
      props.data = this.hoist(data, `${base}Data`);
    }
    for (const k of Object.keys(props)) {
      if (['status', 'message', 'timestamp', 'data'].includes(k)) continue;
      props[k] = this.hoist(props[k], EXTRA_NAMES[k] ?? `${base}${pascal(k)}`);
    }
    const env = { type: 'object', properties: props };
    for (const [k, v] of Object.entries(schema)) if (k !== 'properties') env[k] = v;
    const ref = { $ref: `#/components/schemas/${this.register(env, base.endsWith('Response') || base.endsWith('List') || base.endsWith('Batch') ? base : `${base}Response`)}` };
    this.base = null;
    this.opId = null;
    return ref;
  }
}

const ENVELOPE_FIELDS = {
  status: { type: 'integer', format: 'int32', description: 'Response code (0 on success)', example: 0 },
  message: { type: 'string', description: 'Response message', example: 'OK' },
  timestamp: { type: 'integer', format: 'int64', description: 'Response time (unix seconds)', example: 1528373119 },
};

// names of the extras some responses carry beside `data`
const EXTRA_NAMES = { tags: 'TagLists', statuses: 'StatusEntry' };
const ENVELOPE_OVERRIDES = {
  listCallResults: 'CallResultList',
  getAttachmentUploadForm: 'AttachmentUploadForm',
  changeAuthKey: 'AuthKey',
  // with fields=contacts(all) the items of GET /deals carry contacts[]: a shape of its own, named like
  // GET /contacts' one, so that the other deal listings keep DealList
  listDeals: 'ListDealsResponse',
};
const NAME_OVERRIDES = {
  CountryListItemCountry: 'Country',
  CallResultListItemCallResult: 'CallResult',
  CallResultListItemCallResultTeamCount: 'CallResultTeamCount',
  CreateDealRequestDealFieldDealField: 'DealFieldReference',
  CreateDealRequestDealField: 'DealFieldValue',
  CreateContactRequestCustomFieldCustomField: 'CustomFieldReference',
  CreateContactRequestCustomField: 'CustomFieldValue',
  UpdateCompanyRequestCompanyFieldCompanyField: 'CompanyFieldReference',
  UpdateCompanyRequestCompanyField: 'CompanyFieldValue',
  AttachmentUploadFormDataFields: 'AttachmentUploadFields',
  LinkedContactListItemLinkedContact: 'LinkedContact',
  RenameAttachmentRequestAttachment: 'AttachmentRename',
  CreateContactRequest: 'ContactRequest', // shared by createContact and updateContact
  // names kept from before the vendor-update layer widened the items of GET /deals
  DealResponseData: 'DealListItem',
  // a predefined item group's answer (its key is predefined_item) is not a predefined item's
  PredefinedItemResponseData: 'CreatePredefinedItemGroupResponseData',
};

const INFO_DESCRIPTION = `OnePageCRM API v3 (the vendor's OpenAPI document, rebuilt and repaired; see specs/onepagecrm.md).

## Authentication
HTTP Basic authentication: the username is the user_id and the password is the api_key of the
OnePageCRM account (found under https://app.onepagecrm.com/app/api, configuration tab).

## Pagination
Lists take \`page\` (page number, starts from 1, default 1) and \`per_page\` (records per page,
default 10, maximum 100). Example: \`GET contacts.json?per_page=20&page=2\`.

## Undo deletion
\`undo\` (boolean): repeating a DELETE with \`undo=true\` reverts the deletion, e.g.
\`DELETE contacts/51f251d5eb899749f7000006.json?undo=true\`.

## Filter listings by time
\`date_filter\` selects the field that \`since\` and \`until\` apply to; without it they apply to the
modification time. \`modified_since\` / \`unmodified_since\` return records modified / not modified since
the given time. Times are dates (\`YYYY-MM-DD\`) or unix timestamps.

## Sort listings by field
\`sort_by\` names the field to sort by (e.g. \`email\` or \`date\`); \`order\` is \`asc\` (default) or \`desc\`.
Example: \`GET contacts.json?sort_by=first_name&order=desc\`.

## Partial update
\`partial\` (boolean): with \`partial=true\` a PUT changes only the fields sent in the request body instead
of replacing all of them, e.g. \`PUT contacts.json?partial=true\`.

Warning: requests change the data of the account they authenticate as.`;

// ---------------------------------------------------------------------------------------------
export function toYaml(spec) {
  return YAML.stringify(spec, { lineWidth: 0, aliasDuplicateObjects: false, blockQuote: 'literal' });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const seedPath = process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_SEED;
  const outPath = process.argv[3] ? path.resolve(process.argv[3]) : path.join(REPO_ROOT, 'specs', 'onepagecrm.yaml');
  const spec = rebuild(fs.readFileSync(seedPath, 'utf8'));
  const header = '# OnePageCRM API v3: rebuilt from the vendor\'s flattened OpenAPI document and repaired.\n'
    + '# Generated by specs/tools/rebuild-onepagecrm.mjs; repairs are listed in specs/onepagecrm.md.\n';
  fs.writeFileSync(outPath, header + toYaml(spec));
  console.log(`wrote ${path.relative(process.cwd(), outPath)}: ${Object.keys(spec.paths).length} paths, ${Object.keys(spec.components.schemas).length} schemas`);
}
