#!/usr/bin/env node
// Writes src/client/schema.ts from the repository's copy of the Keystone OpenAPI spec (spec/README.md).
//   npm run generate:types                                -> from spec/openapi.yml
//   npm run generate:types -- path/to/openapi.yml         -> refresh spec/openapi.yml from a file, then generate
//   npm run generate:types -- https://host/openapi/json/  -> refresh it from a server (also --url URL)
//   npm run generate:types -- --check                     -> exit 1 when the committed file is stale
//   npm run generate:types -- --check --url http://127.0.0.1:8000/openapi/json/
//                                                         -> exit 1 when a running server's spec gives other types
// Every source gets the corrections of spec-corrections.json (where the server and its spec disagree).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { parse, stringify } from 'yaml';
import { correctSpec } from './spec-corrections.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const defaultSpec = path.join(root, 'spec/openapi.yml');
export const schemaFile = path.join(root, 'src/client/schema.ts');

const HEADER = `/**
 * Types generated from the Keystone OpenAPI spec by \`npm run generate:types\`. Do not edit.
 * Query parameters with format date/date-time also accept \`Date\`; binary fields take a \`Blob\`.
 * @internal
 */
/* eslint-disable */
`;

const stringOrDate = ts.factory.createUnionTypeNode([
  ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
  ts.factory.createTypeReferenceNode('Date'),
]);
const blob = ts.factory.createTypeReferenceNode('Blob');

/** Reads a spec document from a file path (YAML or JSON) or an http(s) URL. */
export async function readSpec(source = defaultSpec) {
  if (!/^https?:/.test(source)) return parse(fs.readFileSync(path.resolve(source), 'utf8'));
  const response = await globalThis.fetch(source, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${source} answered ${response.status}`);
  return parse(await response.text());
}

/** Renders the TypeScript source for a spec given as a file path or an http(s) URL. */
export async function generate(source = defaultSpec) {
  const ast = await openapiTS(correctSpec(await readSpec(source)), {
    // A default makes a field optional to send, not present in every body.
    defaultNonNullable: false,
    transform(schema, meta) {
      if (schema.format === 'binary') return blob;
      const isQuery = meta.path?.includes('/parameters/query/');
      if (isQuery && (schema.format === 'date' || schema.format === 'date-time')) return stringOrDate;
      return undefined;
    },
  });
  return HEADER + astToString(ast);
}

/**
 * Replaces spec/openapi.yml (or `target`) with the spec at `source`, as YAML under a header naming
 * where it came from, so the copy stays data with a known origin.
 */
export async function refreshSpec(source, target = defaultSpec) {
  const document = await readSpec(source);
  if (!document || typeof document !== 'object' || !document.openapi || !document.paths) {
    throw new Error(`${source} is not an OpenAPI document (no "openapi" or "paths" field)`);
  }
  const header = [
    '# The official Keystone API description (OpenAPI 3.0), kept here as data so a clone needs nothing',
    `# beside it. Copied from ${source} on ${new Date().toISOString().slice(0, 10)} by npm run generate:types.`,
    '# Refresh: npm run generate:types -- <file or server URL>  (see spec/README.md).',
  ].join('\n');
  fs.writeFileSync(target, `${header}\n${stringify(document, { lineWidth: 0 })}`);
}

/** The lines only one side has, `-` committed and `+` generated (enough to name the drift). */
function lineDiff(committed, generated) {
  const before = committed.split('\n');
  const after = generated.split('\n');
  const kept = new Set(before);
  const added = new Set(after);
  const lines = [...before.filter((line) => !added.has(line)).map((line) => `- ${line}`), ...after.filter((line) => !kept.has(line)).map((line) => `+ ${line}`)];
  return lines.slice(0, 60).join('\n') + (lines.length > 60 ? `\n… ${lines.length - 60} more lines` : '');
}

async function main() {
  const args = process.argv.slice(2);
  const urlAt = args.indexOf('--url');
  if (urlAt >= 0 && !args[urlAt + 1]) throw new Error('--url needs a value, e.g. --url https://host/openapi/json/');
  const source = urlAt >= 0 ? args[urlAt + 1] : args.find((arg) => !arg.startsWith('--'));
  const given = source && path.resolve(source) !== defaultSpec ? source : undefined;
  if (args.includes('--check')) {
    // With a source, --check is the drift check of a running server (or file) against the committed types.
    const from = given ?? defaultSpec;
    const text = await generate(from);
    const committed = fs.existsSync(schemaFile) ? fs.readFileSync(schemaFile, 'utf8') : '';
    const same = committed === text;
    console.log(same ? `schema.ts matches ${from}` : `schema.ts differs from ${from}:\n${lineDiff(committed, text)}`);
    process.exit(same ? 0 : 1);
  }
  if (given) {
    await refreshSpec(given);
    console.log(`refreshed ${path.relative(root, defaultSpec)} from ${given}`);
  }
  fs.writeFileSync(schemaFile, await generate(defaultSpec));
  console.log(`wrote ${path.relative(root, schemaFile)} from ${path.relative(root, defaultSpec)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
