import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

/** The official spec, kept in the repository as data (spec/README.md). */
export const SPEC_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../spec/openapi.yml')

interface Spec {
  paths: Record<string, Record<string, unknown>>
}

/** Every operation of the spec as `METHOD /path/{id}/`. */
export function specOperations(): string[] {
  const spec = parse(fs.readFileSync(SPEC_PATH, 'utf8')) as Spec
  return Object.entries(spec.paths).flatMap(([route, item]) =>
    Object.keys(item)
      .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map((method) => `${method.toUpperCase()} ${route}`),
  )
}
