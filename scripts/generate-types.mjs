#!/usr/bin/env node
// Writes src/client/schema.ts from the official Keystone OpenAPI spec (README: "Regenerating types").
//   npm run generate:types                       -> ../shared/keystone-api/openapi.yml
//   npm run generate:types -- --url https://host/openapi/json/
//   npm run generate:types -- --check           -> exit 1 when the committed file is stale
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

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

async function main() {
  const args = process.argv.slice(2);
  const urlAt = args.indexOf('--url');
  const source = urlAt >= 0 ? args[urlAt + 1] : defaultSpec;
  if (!source) throw new Error('--url needs a value, e.g. --url https://host/openapi/json/');
  const text = await generate(source);
  if (args.includes('--check')) {
    const same = fs.existsSync(schemaFile) && fs.readFileSync(schemaFile, 'utf8') === text;
    console.log(same ? 'schema.ts is up to date' : 'schema.ts differs from the spec: run npm run generate:types');
    process.exit(same ? 0 : 1);
  }
  fs.writeFileSync(schemaFile, text);
  console.log(`wrote ${path.relative(root, schemaFile)} from ${source}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
