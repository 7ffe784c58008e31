import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { type Contract, loadContract, matchOperation, SPEC_FILE, type SpecNode } from '../../contract/support/spec.ts'

export { SPEC_FILE }

let contract: Promise<Contract> | undefined

/** Parses the spec and builds its validator once (seconds on a busy machine, so call it from `beforeAll`). */
export function loadConformance(): Promise<Contract> {
  contract ??= loadContract(parse(readFileSync(SPEC_FILE, 'utf8')) as SpecNode)
  return contract
}

/** Problems of one response against the spec's response schema of its operation (the contract suite's validator). */
export async function checkResponse(method: string, path: string, status: number, body: unknown): Promise<string[]> {
  const spec = await loadConformance()
  const target = `/${path.split('?')[0]}`
  const operation = matchOperation(spec, method, target)
  if (!operation) return [`no operation for ${method} ${target}`]
  const result = spec.api.validator.validateResponse(body, operation, status)
  return (result.errors ?? []).map((error) => `${method} /${path} ${status}: ${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`)
}
