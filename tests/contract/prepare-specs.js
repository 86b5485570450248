#!/usr/bin/env node
// Makes the generated copies of the vendor OpenAPI specs that the contract
// tests (tests/it/contract.rs) serve with Prism. The originals in
// ../shared/vendor-specs/ stay untouched (see SOURCES.md there, "Prism
// notes"); every change below is made to a copy under OUT_DIR.
//
//   node prepare-specs.js SPECS_DIR OUT_DIR VENDOR...
//
// Prints one JSON object on stdout: { vendor: path of the document to serve }.
//
// What the copies change, and why:
// - all: YAML is converted to JSON (YAML 1.2 core schema, so `change: =` in
//   Zendesk's file stays a string).
// - jira: response examples are JSON *strings*; they are parsed to objects so
//   Prism returns realistic bodies.
// - zoho: the cross-file $refs are absolute raw.githubusercontent.com URLs;
//   they become ./ so the copied directory resolves offline. The API is
//   split over many files, so a root document names the operations crmctl
//   uses (users.json, record.json) by path-item $ref. `oneOf` becomes
//   `anyOf` (see oneOfToAnyOf).
// - pipedrive: Prism ignores the path part of servers[].url (/v1, /api/v2),
//   and crmctl calls both versions on one base URL, so a root document puts
//   every v1 path under /v1 and every v2 path under /api/v2 by path-item $ref.
// - a spec's own inconsistencies (a response that can never validate, a
//   request schema contradicting its description) are listed in FIXES and
//   patched, each with its reason.
'use strict';

const fs = require('fs');
const path = require('path');
const YAML = require('yaml');

const [specsDir, outDir, ...vendors] = process.argv.slice(2);
if (!specsDir || !outDir || vendors.length === 0) {
  console.error('usage: node prepare-specs.js SPECS_DIR OUT_DIR VENDOR...');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });

function load(file) {
  const text = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.json')) return JSON.parse(text);
  return YAML.parse(text, { maxAliasCount: -1, prettyErrors: true });
}

function write(file, doc) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(doc));
  return file;
}

// JSON pointer escaping for a path key: "/users/me" -> "~1users~1me".
const escapePointer = (s) => s.replace(/~/g, '~0').replace(/\//g, '~1');

// A root document whose paths are path-item $refs into other files.
function rootDocument(title, parts, template) {
  const root = {
    openapi: template.openapi || '3.0.1',
    info: { title, version: (template.info && template.info.version) || '1' },
    servers: [{ url: 'http://127.0.0.1' }],
    paths: {},
    components: { securitySchemes: (template.components && template.components.securitySchemes) || {} },
  };
  if (template.security) root.security = template.security;
  for (const { file, prefix, doc, only } of parts) {
    for (const p of Object.keys(doc.paths)) {
      if (only && !only.includes(p)) continue;
      root.paths[prefix + p] = { $ref: `./${file}#/paths/${escapePointer(p)}` };
    }
  }
  return root;
}

// Media-type examples that are JSON text become JSON values.
function parseStringExamples(node) {
  if (Array.isArray(node)) return node.forEach(parseStringExamples);
  if (!node || typeof node !== 'object') return;
  if (node.content && typeof node.content === 'object') {
    for (const media of Object.values(node.content)) {
      if (!media || typeof media !== 'object') continue;
      if (typeof media.example === 'string') media.example = tryJson(media.example);
      if (media.examples && typeof media.examples === 'object') {
        for (const ex of Object.values(media.examples)) {
          if (ex && typeof ex.value === 'string') ex.value = tryJson(ex.value);
        }
      }
    }
  }
  for (const v of Object.values(node)) parseStringExamples(v);
}

function tryJson(s) {
  const t = s.trim();
  if (!(t.startsWith('{') || t.startsWith('['))) return s;
  try {
    return JSON.parse(t);
  } catch {
    return s;
  }
}

// Zoho's `oneOf` alternatives declare no required properties, so any object
// matches several of them and `oneOf` (exactly one) can never pass, for a
// request or a response; `anyOf` is what the files mean.
function oneOfToAnyOf(node) {
  if (Array.isArray(node)) return node.map(oneOfToAnyOf);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) out[k === 'oneOf' ? 'anyOf' : k] = oneOfToAnyOf(v);
  return out;
}

// Targeted patches to the copies, each for an inconsistency inside a spec:
// - a response part Prism reports as a *response* violation (a 500 with
//   --errors) whatever the request, so it says nothing about crmctl;
// - a request property whose schema contradicts its own description; the
//   patch makes the schema say what the description says (never looser).
const FIXES = {
  'zoho/users.json': [
    {
      // The User schema (the GET /crm/v8/users response) pins `website` and
      // `email` to patterns copied from one sample ("[a-z0-9]{9}[@]...") that
      // no other address matches, so every generated response breaks them.
      why: 'users.json User.website/email: sample-specific patterns',
      apply(doc) {
        const walk = (node) => {
          if (Array.isArray(node)) return node.forEach(walk);
          if (!node || typeof node !== 'object') return;
          for (const k of ['website', 'email']) {
            const p = node.properties && node.properties[k];
            if (p && /^\[a-z0-9\]\{[59]\}/.test(p.pattern || '')) delete p.pattern;
          }
          Object.values(node).forEach(walk);
        };
        walk(doc.components.schemas);
      },
    },
  ],
  'pipedrive-v1': [
    {
      // addCallLog: `format: date-time` (RFC 3339, needs a zone) but the
      // description, the API reference and the API's own responses use
      // "YYYY-MM-DD HH:MM:SS" in UTC, which is what crmctl sends.
      why: 'POST /callLogs start_time/end_time: format date-time contradicts "Format: YYYY-MM-DD HH:MM:SS"',
      apply(doc) {
        const props = doc.paths['/callLogs'].post.requestBody.content['application/json'].schema.properties;
        for (const k of ['start_time', 'end_time']) {
          if (!/YYYY-MM-DD HH:MM:SS/.test(props[k].description)) throw new Error(`${k}: description changed`);
          delete props[k].format;
          props[k].pattern = '^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$';
        }
      },
    },
  ],
  zendesk: [
    {
      // CreateTicket's 201 declares a `Location` header of format url with
      // no example, so Prism sends its placeholder "string" and flags it.
      why: 'POST /api/v2/tickets 201: the Location header has no example',
      apply(doc) {
        doc.paths['/api/v2/tickets'].post.responses['201'].headers.Location.schema.example =
          'https://example.zendesk.com/api/v2/tickets/35436.json';
      },
    },
  ],
};

function applyFixes(vendor, doc) {
  for (const fix of FIXES[vendor] || []) {
    try {
      fix.apply(doc);
    } catch (e) {
      throw new Error(`${vendor}: patch failed (${fix.why}): ${e.message}`);
    }
  }
  return doc;
}

const out = {};
for (const vendor of vendors) {
  const dir = path.join(outDir, vendor);
  switch (vendor) {
    case 'zendesk': {
      const doc = applyFixes(vendor, load(path.join(specsDir, 'zendesk/support-oas.yaml')));
      out[vendor] = write(path.join(dir, 'support-oas.json'), doc);
      break;
    }
    case 'zendesk-help-center': {
      // The Help Center (Guide) API is a separate spec file: List Articles
      // for `crmctl kb import`.
      const doc = applyFixes(vendor, load(path.join(specsDir, 'zendesk/help-center-oas.yaml')));
      out[vendor] = write(path.join(dir, 'help-center-oas.json'), doc);
      break;
    }
    case 'chatwoot': {
      const doc = applyFixes(vendor, load(path.join(specsDir, 'chatwoot/application_swagger.json')));
      out[vendor] = write(path.join(dir, 'application_swagger.json'), doc);
      break;
    }
    case 'jira': {
      const doc = load(path.join(specsDir, 'jira/swagger-v3.v3.json'));
      parseStringExamples(doc.paths);
      parseStringExamples(doc.components);
      out[vendor] = write(path.join(dir, 'swagger-v3.v3.json'), applyFixes(vendor, doc));
      break;
    }
    case 'pipedrive': {
      const v1 = applyFixes('pipedrive-v1', load(path.join(specsDir, 'pipedrive/openapi-v1.yaml')));
      const v2 = applyFixes('pipedrive-v2', load(path.join(specsDir, 'pipedrive/openapi-v2.yaml')));
      write(path.join(dir, 'openapi-v1.json'), v1);
      write(path.join(dir, 'openapi-v2.json'), v2);
      const root = rootDocument('Pipedrive API v1 + v2 (generated for Prism)', [
        { file: 'openapi-v1.json', prefix: '/v1', doc: v1 },
        { file: 'openapi-v2.json', prefix: '/api/v2', doc: v2 },
      ], v1);
      out[vendor] = write(path.join(dir, 'pipedrive.json'), root);
      break;
    }
    case 'zoho': {
      const src = path.join(specsDir, 'zoho/v8.0');
      const remote = 'https://raw.githubusercontent.com/Zohocorp-Pvt-Ltd/crm-oas/refs/heads/main/v8.0/';
      const docs = {};
      for (const f of fs.readdirSync(src).filter((f) => f.endsWith('.json'))) {
        const text = fs.readFileSync(path.join(src, f), 'utf8').split(remote).join('./');
        docs[f] = applyFixes(`zoho/${f}`, oneOfToAnyOf(JSON.parse(text)));
        write(path.join(dir, f), docs[f]);
      }
      const root = rootDocument('Zoho CRM v8 users + records (generated for Prism)', [
        { file: 'users.json', prefix: '', doc: docs['users.json'] },
        { file: 'record.json', prefix: '', doc: docs['record.json'] },
      ], docs['record.json']);
      out[vendor] = write(path.join(dir, 'zoho-crm.json'), root);
      break;
    }
    default:
      console.error(`unknown vendor ${vendor}`);
      process.exit(2);
  }
}
process.stdout.write(JSON.stringify(out) + '\n');
