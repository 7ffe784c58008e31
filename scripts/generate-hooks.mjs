#!/usr/bin/env node
// Writes, from the resource table (src/client/resources.ts), everything that names each resource:
// src/hooks/resourceHooks.gen.ts (one typed, tree-shakable export per hook),
// src/hooks/resourceQueries.gen.ts (the `*Queries` factories) and the blocks of src/index.ts and
// src/server.ts that export them by name. Run through `npm run generate`.
import fs from 'node:fs'
import path from 'node:path'
import { generatedLine, readTables, root } from './source.mjs'

export const hooksFile = path.join(root, 'src/hooks/resourceHooks.gen.ts')
export const queriesFile = path.join(root, 'src/hooks/resourceQueries.gen.ts')
const indexFile = path.join(root, 'src/index.ts')
const serverFile = path.join(root, 'src/server.ts')
const FROM = 'the resource table (src/client/resources.ts, scripts/generate-hooks.mjs)'

/** Name, type and summary of each kind of hook, from the resource's key and its `one`/`many` names. */
const HOOKS = {
  list: (r, one, many) => [`use${many}`, `ListHook<'${r}'>`, `One page of ${many}, with typed filters, search, order, limit and offset.`],
  infinite: (r, one, many) => [`useInfinite${many}`, `InfiniteHook<'${r}'>`, `${many} as an infinite list, paged by offset.`],
  detail: (r, one) => [`use${one}`, `DetailHook<'${r}'>`, `One ${one} by primary key (\`null\` when not found); disabled while \`pk\` is undefined.`],
  byIds: (r, one, many) => [`use${many}ByIds`, `ByIdsHook<'${r}'>`, `${many} by ids, merged with every such call of the tick into one \`id__in=\` request.`],
  create: (r, one) => [`useCreate${one}`, `Create<'${r}'>`, `Creates a ${one}; writes it to its detail entry and invalidates the lists.`],
  update: (r, one) => [`useUpdate${one}`, `Update<'${r}'>`, `Updates some fields of a ${one} (PATCH) in its detail entry and the cached list pages.`],
  replace: (r, one) => [`useReplace${one}`, `Replace<'${r}'>`, `Replaces a ${one} (PUT) in its detail entry and the cached list pages.`],
  delete: (r, one) => [`useDelete${one}`, 'Delete', `Deletes a ${one}; it leaves the cached lists and its detail entry becomes \`null\`.`],
}

/** The hooks that follow from `ops` (operation names) of resource `r`: `{ kind, name, type, summary }`, in table order. */
export function hooksOf(tables, r, ops) {
  const { one, many } = tables.resources[r]
  return ops.flatMap((op) => tables.operationTable[op].hooks.map((kind) => {
    const [name, type, summary] = HOOKS[kind](r, one, many)
    return { kind, name, type, summary }
  }))
}

const operationsOf = (tables, r) => tables.resourceOperations[tables.resources[r].ops]

/** Every generated hook name, in file order. */
export async function hookNames(tables) {
  tables ??= await readTables()
  return [
    ...Object.keys(tables.resources).flatMap((r) => hooksOf(tables, r, operationsOf(tables, r)).map(({ name }) => name)),
    ...Object.keys(tables.choices).map((name) => `use${name}Choices`),
    ...Object.keys(tables.stats).map((name) => `use${name}Stats`),
  ]
}

/** Names of the hooks of operations a resource does not allow (`useCreateNotification`), none of them a hook it has. */
export async function missingHookNames(tables) {
  tables ??= await readTables()
  const made = new Set(await hookNames(tables))
  return Object.keys(tables.resources).flatMap((r) => {
    const lacking = Object.keys(tables.operationTable).filter((op) => !operationsOf(tables, r).includes(op))
    return hooksOf(tables, r, lacking).map(({ name }) => name).filter((name) => !made.has(name))
  })
}

/** `clusters` → `clusterQueries`, `auditLogs` → `auditLogQueries`. */
const queriesName = (one) => `${one[0].toLowerCase()}${one.slice(1)}Queries`

const HOOKS_HEADER = `${generatedLine(FROM)}
'use client'
// One line per hook: each is a real named export with a precise type, and \`/* @__PURE__ */\` lets
// bundlers drop the unused ones.
import { byIdsHook, type ByIdsHook } from './byIdsHook.ts'
import { choicesHook, type ChoicesHook } from './choicesHook.ts'
import { detailHook, type DetailHook } from './detailHook.ts'
import type { CreateBodyOf, PatchBodyOf, RecordOf, ReplaceBodyOf, UpdatedRecordOf, WithData } from '../client/index.ts'
import { infiniteHook, type InfiniteHook } from './infiniteHook.ts'
import type { DeleteVariables } from './keystoneMutations.ts'
import { listHook, type ListHook } from './listHook.ts'
import { statsHook, type StatsHook } from './statsHook.ts'
import { createHook, deleteHook, replaceHook, updateHook, type WriteHook } from './writeHook.ts'

type Create<R extends Parameters<typeof createHook>[0]> = WriteHook<RecordOf<R>, CreateBodyOf<R>, CreateBodyOf<R>>
type Update<R extends Parameters<typeof updateHook>[0]> = WriteHook<UpdatedRecordOf<R>, WithData<PatchBodyOf<R>>, PatchBodyOf<R>>
type Replace<R extends Parameters<typeof replaceHook>[0]> = WriteHook<UpdatedRecordOf<R>, WithData<ReplaceBodyOf<R>>, ReplaceBodyOf<R>>
type Delete = WriteHook<void, DeleteVariables, unknown>
`

/** The source of src/hooks/resourceHooks.gen.ts. */
function renderHooks(tables) {
  const lines = [HOOKS_HEADER]
  for (const r of Object.keys(tables.resources)) {
    for (const { kind, name, type, summary } of hooksOf(tables, r, operationsOf(tables, r))) {
      lines.push(`/** ${summary} */`, `export const ${name}: ${type} = /* @__PURE__ */ ${kind}Hook('${r}')`)
    }
  }
  for (const name of Object.keys(tables.choices)) {
    lines.push(`/** Choices of ${name}: \`{ code: label }\`. */`)
    lines.push(`export const use${name}Choices: ChoicesHook<'${name}'> = /* @__PURE__ */ choicesHook('${name}')`)
  }
  for (const name of Object.keys(tables.stats)) {
    lines.push(`/** Statistics of ${name} records matching \`filters\`. */`)
    lines.push(`export const use${name}Stats: StatsHook<'${name}'> = /* @__PURE__ */ statsHook('${name}')`)
  }
  return `${lines.join('\n')}\n`
}

/** The source of src/hooks/resourceQueries.gen.ts. */
function renderQueries(tables) {
  const lines = [
    generatedLine(FROM),
    "import { resourceQueries, type ResourceQueries } from './keystoneQueries.ts'",
    '',
    '// The query factories of each resource, for prefetching and suspense.',
  ]
  for (const [r, { one }] of Object.entries(tables.resources)) {
    const name = queriesName(one)
    const detail = operationsOf(tables, r).includes('retrieve') ? ', `.detail(client, pk)`' : ''
    lines.push(`/** Query factories of ${r}: \`${name}.list(client, params)\`${detail}, \`.infinite(client, params)\`. */`)
    lines.push(`export const ${name}: ResourceQueries<'${r}'> = /* @__PURE__ */ resourceQueries('${r}')`)
  }
  return `${lines.join('\n')}\n`
}

const BEGIN = '// Generated by npm run generate from the resource table (scripts/generate-hooks.mjs), down to the end marker. Do not edit.'
const END = '// End of the generated exports.'

const exportList = (names, from) => `export {\n${names.map((name) => `  ${name},`).join('\n')}\n} from '${from}'`

/** `file`'s text with the block between its markers replaced by `block`. */
function withBlock(file, block) {
  const text = fs.readFileSync(file, 'utf8')
  const start = text.indexOf(BEGIN)
  const end = text.indexOf(END)
  const rendered = `${BEGIN}\n${block}\n${END}\n`
  if (start < 0 || end < start) throw new Error(`${path.relative(root, file)} has no block between "${BEGIN}" and "${END}"`)
  return text.slice(0, start) + rendered + text.slice(end + END.length + 1)
}

/** What `npm run generate` writes from the resource table. */
export async function outputs() {
  const tables = await readTables()
  const queries = exportList(Object.values(tables.resources).map(({ one }) => queriesName(one)), './hooks/resourceQueries.gen.ts')
  const hooks = exportList(await hookNames(tables), './hooks/resourceHooks.gen.ts')
  return [
    { file: hooksFile, text: renderHooks(tables) },
    { file: queriesFile, text: renderQueries(tables) },
    { file: indexFile, text: withBlock(indexFile, `${queries}\n${hooks}`) },
    { file: serverFile, text: withBlock(serverFile, queries) },
  ]
}
