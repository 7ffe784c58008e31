import type { Meta, StoryObj } from '@storybook/react-vite'
import { useAttachments, useRequests, useUploadAttachment } from 'keystone-api-react'
import { ALICE } from 'keystone-api-react/testing'
import { type FormEvent, type ReactNode, useState } from 'react'
import { expect, userEvent, within } from 'storybook/test'
import { keystoneStory, requestsOf } from './support/keystoneStory.tsx'
import { ErrorMessage, Loading } from './support/Status.tsx'

// The request the story attaches to, found by its title: a real server chose its id.
const REQUEST_TITLE = 'Climate modelling Alpha 1'

/** The attachments of one allocation request. */
function AttachmentList({ request }: { request: number }): ReactNode {
  const attachments = useAttachments({ filters: { request }, order: 'id' })
  if (attachments.isPending) return <Loading what="attachments" />
  if (attachments.error) return <ErrorMessage error={attachments.error} />
  return (
    <ul aria-label="Attachments">
      {attachments.data.results.map((attachment) => (
        <li key={attachment.id}>{attachment.name}</li>
      ))}
    </ul>
  )
}

/** `useUploadAttachment`: a file picker, a progress bar fed by the upload, field errors from the server. */
function AttachmentUpload(): ReactNode {
  const request = useRequests({ filters: { title: REQUEST_TITLE }, limit: 1 }).data?.results[0]?.id
  const upload = useUploadAttachment()
  const [file, setFile] = useState<File>()
  const fraction = upload.progress?.fraction
  const percent = fraction === undefined ? undefined : Math.round(fraction * 100)
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    if (file && request !== undefined) upload.mutate({ file, name: file.name, request })
  }
  return (
    <div>
      <form onSubmit={submit} aria-label="Upload">
        <label>
          File <input type="file" onChange={(event) => setFile(event.target.files?.[0])} />
        </label>
        {upload.fieldErrors.file && <p role="alert">{upload.fieldErrors.file}</p>}
        <button type="submit" disabled={!file || request === undefined || upload.isPending}>
          {upload.isPending ? 'Uploading…' : 'Upload'}
        </button>
      </form>
      {(upload.isPending || percent !== undefined) && (
        // Indeterminate until the browser reports bytes (never behind MSW's service worker, see the Upload story).
        <p>
          <progress aria-label="Upload progress" max={100} value={percent} /> {percent === undefined ? 'sending…' : `${percent}%`}
        </p>
      )}
      {upload.isSuccess && <p>Uploaded {upload.data.name}</p>}
      {upload.error && !upload.fieldErrors.file && <ErrorMessage error={upload.error} />}
      {request === undefined ? <Loading what="the request" /> : <AttachmentList request={request} />}
    </div>
  )
}

const meta = {
  title: 'Hooks/Upload',
  component: AttachmentUpload,
} satisfies Meta<typeof AttachmentUpload>

export default meta
type Story = StoryObj<typeof meta>

const pdf = (name: string, bytes: number): File => new File([new Uint8Array(bytes)], name, { type: 'application/pdf' })

/**
 * A 200 kB upload: the bar shows while the file goes out, then the attachment joins the request's list.
 * Behind MSW's service worker Chromium fires no XHR upload progress (w3c/ServiceWorker#1141,
 * mswjs/msw#2549), so the bar stays indeterminate here; against a real server it fills up.
 */
export const Upload: Story = {
  ...keystoneStory({ user: ALICE, mock: { latency: 300 } }),
  play: async ({ canvas, context }) => {
    const list = within(await canvas.findByRole('list', { name: 'Attachments' }, { timeout: 3000 }))
    await expect(list.getByText('proposal-1.pdf')).toBeVisible()
    await userEvent.upload(canvas.getByLabelText('File'), pdf('budget.pdf', 200_000))
    await userEvent.click(canvas.getByRole('button', { name: 'Upload' }))
    await expect(await canvas.findByRole('progressbar', { name: 'Upload progress' })).toBeVisible()
    await expect(await canvas.findByText('Uploaded budget.pdf', {}, { timeout: 3000 })).toBeVisible()
    await expect(await list.findByText('budget.pdf', {}, { timeout: 3000 })).toBeVisible()
    const post = requestsOf(context).find((request) => request.method === 'POST' && request.path === 'allocations/attachments/')
    await expect(post?.headers['content-type']).toMatch(/^multipart\/form-data/)
  },
}

/** The server refuses the file: its message shows beside the picker and nothing is added. */
export const Refused: Story = {
  ...keystoneStory({
    user: ALICE,
    faults: [[{ path: 'allocations/attachments/', method: 'POST' }, { status: 400, body: { file: ['The submitted file is empty.'] } }]],
  }),
  play: async ({ canvas }) => {
    await canvas.findByRole('list', { name: 'Attachments' })
    await userEvent.upload(canvas.getByLabelText('File'), pdf('empty.pdf', 1))
    await userEvent.click(canvas.getByRole('button', { name: 'Upload' }))
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The submitted file is empty.')
    await expect(canvas.queryByText('empty.pdf')).toBeNull()
  },
}
