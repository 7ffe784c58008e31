'use client'
import { useState } from 'react'
import type { CreateBodyOf, RecordOf } from '../client/index.ts'
import { createMutation } from './keystoneMutations.ts'
import type { Ticket } from './pendingWrites.ts'
import type { MutationHookOptions } from './types.ts'
import { type KeystoneMutationResult, useKeystoneMutation } from './useKeystoneMutation.ts'

/** Progress of a multipart upload. */
export interface UploadProgress {
  /** Bytes sent so far. */
  loaded: number
  /** Size of the body, when known. */
  total: number | undefined
  /** `loaded / total` from 0 to 1, when the total is known. */
  fraction: number | undefined
}

/** What `useUploadAttachment` returns: a create mutation plus its upload progress. */
export type UploadResult = KeystoneMutationResult<RecordOf<'attachments'>, CreateBodyOf<'attachments'>, CreateBodyOf<'attachments'>> & {
  /** Progress of the upload in flight or last finished; `null` before the first. */
  progress: UploadProgress | null
}

/**
 * Uploads a file as an attachment (multipart): `mutate({ file, request, name })`, with
 * `progress` updated as bytes go out (with the default browser transport, which never follows a
 * redirect, once the whole body is sent). The cache is updated like `useCreateAttachment`.
 */
export function useUploadAttachment(
  options?: MutationHookOptions<RecordOf<'attachments'>, CreateBodyOf<'attachments'>>,
): UploadResult {
  const [progress, setProgress] = useState<UploadProgress | null>(null)
  const onUploadProgress = ({ loaded, total }: { loaded: number; total?: number }): void =>
    setProgress({ loaded, total, fraction: total ? loaded / total : undefined })
  const mutation = useKeystoneMutation<RecordOf<'attachments'>, CreateBodyOf<'attachments'>, Ticket, CreateBodyOf<'attachments'>>(
    'useUploadAttachment',
    (client, settings) => createMutation(client, 'attachments', settings),
    options,
    { createOptions: { onUploadProgress } },
  )
  return { ...mutation, progress }
}
