#!/usr/bin/env node
// Writes src/client/schema.ts from the official Keystone OpenAPI spec (README: "Regenerating types").
//   npm run generate:types                       -> ../shared/keystone-api/openapi.yml
//   npm run generate:types -- --url https://host/openapi/json/
//   npm run generate:types -- --check           -> exit 1 when the committed file is stale
//   npm run generate:types -- --check --url http://127.0.0.1:8000/openapi/json/
//                                               -> exit 1 when a running server's spec gives other types
// Both sources get the corrections of spec-corrections.json (where the server and its spec disagree).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { parse } from 'yaml';
import { correctSpec } from './spec-corrections.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const defaultSpec = path.resolve(root, '../shared/keystone-api/openapi.yml');
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
  return response.json();
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
  const source = urlAt >= 0 ? args[urlAt + 1] : defaultSpec;
  if (!source) throw new Error('--url needs a value, e.g. --url https://host/openapi/json/');
  const text = await generate(source);
  if (args.includes('--check')) {
    const committed = fs.existsSync(schemaFile) ? fs.readFileSync(schemaFile, 'utf8') : '';
    const same = committed === text;
    console.log(same ? `schema.ts matches ${source}` : `schema.ts differs from ${source}:\n${lineDiff(committed, text)}`);
    process.exit(same ? 0 : 1);
  }
  fs.writeFileSync(schemaFile, text);
  console.log(`wrote ${path.relative(root, schemaFile)} from ${source}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
