// @vitest-environment happy-dom
import { screen } from '@testing-library/react'
import { KeystoneClient, useUploadAttachment } from 'keystone-api-react'
import { ALICE } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { describe, expect, it } from 'vitest'
import { pageMock, received, startMswServer } from './support.ts'

const server = startMswServer()

describe('useUploadAttachment', () => {
  it('uploads the file as multipart and reports progress', async () => {
    function Upload() {
      const upload = useUploadAttachment()
      const file = new File(['hello world'], 'notes.txt', { type: 'text/plain' })
      return (
        <div>
          <button onClick={() => upload.mutate({ file, name: 'notes.txt', request: 1 })}>upload</button>
          <p>{`status:${upload.status} name:${upload.data?.name ?? ''} progress:${upload.progress?.loaded ? 'yes' : 'no'}`}</p>
        </div>
      )
    }
    // happy-dom's FormData is not one axios' Node http adapter can send, so this client uses XHR
    // (happy-dom's, which MSW intercepts too) with token auth, as XHR sends no cookies across origins.
    const mock = pageMock()
    const client = new KeystoneClient({ url: mock.baseUrl, token: ALICE.token, adapter: 'xhr' })
    await renderWithKeystone(<Upload />, { server, mock, client })
    screen.getByText('upload').click()
    await screen.findByText('status:success name:notes.txt progress:yes')
    const [sent] = received(mock, 'POST', 'allocations/attachments/')
    expect(sent?.headers['content-type']).toMatch(/^multipart\/form-data/)
    expect(mock.records('attachments').map((row) => row.name)).toContain('notes.txt')
    client.close()
  })
})
