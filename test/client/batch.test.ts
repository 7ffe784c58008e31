import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { isKeystoneBatchError, isKeystoneHttpError, isKeystoneValidationError } from 'keystone-api-react/client'
import { API, makeClient, startMswServer } from './helpers.ts'

const { server, received } = startMswServer()
const rejection = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error)
const result = { ref: 'team', index: 1, method: 'POST', path: '/users/teams/', status: 201, body: { id: 3 } }

describe('batch', () => {
  it('posts the job and returns the step results', async () => {
    server.use(http.post(`${API}batch/`, () => HttpResponse.json({ results: [result] })))
    const actions = [{ ref: 'team', method: 'POST' as const, path: '/users/teams/', payload: { name: 'x' } }]
    expect(await makeClient().batch(actions, { dryRun: true })).toEqual([result])
    expect(JSON.parse(await received[0]!.text)).toEqual({ job: { dry_run: true, actions } })
  })

  it('sends files as multipart with the job as a JSON string', async () => {
    let job: unknown
    let size = 0
    server.use(
      http.post(`${API}batch/`, async ({ request }) => {
        const form = await request.formData()
        job = JSON.parse(String(form.get('job')))
        size = (form.get('doc') as File).size
        return HttpResponse.json({ results: [result] })
      }),
    )
    const actions = [{ method: 'POST' as const, path: '/allocations/attachments/', payload: { file: '@file{doc}', request: 1 } }]
    await makeClient().batch(actions, { files: { doc: new Blob(['12345']) } })
    expect(job).toEqual({ dry_run: false, actions })
    expect(size).toBe(5)
  })

  it('throws a typed batch error naming the failing step, its status and body', async () => {
    const failure = { detail: 'Job failed at step 2.', step: 2, status: 400, body: { name: ['This field is required.'] } }
    server.use(http.post(`${API}batch/`, () => HttpResponse.json(failure, { status: 422 })))
    const error = await rejection(makeClient().batch([{ method: 'GET', path: '/version/' }]))
    expect(isKeystoneBatchError(error)).toBe(true)
    expect(error).toMatchObject({ step: 2, status: 400, body: failure.body, detail: failure.detail })
    expect((error as Error).message).toContain('step 2')
  })

  it('reports an unresolvable reference', async () => {
    server.use(http.post(`${API}batch/`, () => HttpResponse.json({ detail: 'Unresolvable reference.', token: '@ref{x.id}' }, { status: 422 })))
    expect(await rejection(makeClient().batch([{ method: 'GET', path: '/x/@ref{x.id}/' }]))).toMatchObject({ token: '@ref{x.id}', step: undefined })
  })

  it('raises the HTTP error for other statuses', async () => {
    server.use(http.post(`${API}batch/`, () => HttpResponse.json({ job: ['This field is required.'] }, { status: 400 })))
    expect(isKeystoneHttpError(await rejection(makeClient().batch([{ method: 'GET', path: '/x/' }])))).toBe(true)
  })

  it.each([
    [[], 'actions'],
    ['x', 'actions'],
    [[{ method: 'HEAD', path: '/x/' }], 'actions[0].method'],
    [[{ method: 'GET', path: '' }], 'actions[0].path'],
    [[{ method: 'GET', path: '/x/', ref: 'a-b' }], 'actions[0].ref'],
    [[{ method: 'GET', path: '/x/', ref: 'a' }, { method: 'GET', path: '/y/' }, { method: 'GET', path: '/x/', ref: 'a' }], 'actions[2].ref'],
  ])('refuses %j before sending', async (actions, argument) => {
    const error = await rejection(makeClient().batch(actions as never))
    expect(isKeystoneValidationError(error)).toBe(true)
    expect(error).toMatchObject({ issues: [{ argument }] })
    expect(received).toHaveLength(0)
  })
})
