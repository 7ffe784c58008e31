#!/usr/bin/env node
// Writes src/client/schema.ts from the repository's copy of the Keystone OpenAPI spec (spec/README.md).
//   npm run generate:types                                -> from spec/openapi.yml
//   npm run generate:types -- path/to/openapi.yml         -> refresh spec/openapi.yml from a file, then generate
//   npm run generate:types -- https://host/openapi/json/  -> refresh it from a server (also --url URL)
//   npm run generate:types -- --check                     -> exit 1 when the committed file is stale
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { parse, stringify } from 'yaml';

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

/** Renders the TypeScript source for a spec given as a file path or an http(s) URL. */
export async function generate(source = defaultSpec) {
  const url = /^https?:/.test(source) ? new URL(source) : pathToFileURL(path.resolve(source));
  const ast = await openapiTS(url, {
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

/** The text of a spec from a file path or an http(s) URL (a server's /openapi/json/ or /openapi/yaml/). */
async function readSource(source) {
  if (!/^https?:/.test(source)) return fs.readFileSync(path.resolve(source), 'utf8');
  const response = await fetch(source);
  if (!response.ok) throw new Error(`GET ${source} answered ${response.status}`);
  return response.text();
}

/**
 * Replaces spec/openapi.yml (or `target`) with the spec at `source`, as YAML under a header naming
 * where it came from, so the copy stays data with a known origin.
 */
export async function refreshSpec(source, target = defaultSpec) {
  const document = parse(await readSource(source));
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

async function main() {
  const args = process.argv.slice(2);
  const urlAt = args.indexOf('--url');
  if (urlAt >= 0 && !args[urlAt + 1]) throw new Error('--url needs a value, e.g. --url https://host/openapi/json/');
  const source = urlAt >= 0 ? args[urlAt + 1] : args.find((arg) => !arg.startsWith('--'));
  if (source && path.resolve(source) !== defaultSpec) {
    if (args.includes('--check')) throw new Error('--check compares with spec/openapi.yml; it takes no source');
    await refreshSpec(source);
    console.log(`refreshed ${path.relative(root, defaultSpec)} from ${source}`);
  }
  const text = await generate(defaultSpec);
  if (args.includes('--check')) {
    const same = fs.existsSync(schemaFile) && fs.readFileSync(schemaFile, 'utf8') === text;
    console.log(same ? 'schema.ts is up to date' : 'schema.ts differs from the spec: run npm run generate:types');
    process.exit(same ? 0 : 1);
  }
  fs.writeFileSync(schemaFile, text);
  console.log(`wrote ${path.relative(root, schemaFile)} from ${path.relative(root, defaultSpec)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
