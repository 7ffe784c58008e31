import type { ResourceName } from '../client/resources.ts'
import type { Viewer } from './access.ts'
import { config } from './misc.ts'
import type { Store } from './store.ts'
import type { Row } from './types.ts'
import type { FieldErrors } from './validate.ts'

type Plain = Record<string, unknown>

/** A field (or set of fields) no two records may share, and the message the server gives. */
interface Unique {
  readonly fields: readonly string[]
  readonly field: string
  readonly message: string
  readonly value?: (data: Plain) => unknown
}

const slug = (name: unknown): string => String(name).toLowerCase().replace(/[^\w\s-]/g, '').trim().replace(/[\s_-]+/g, '-')

/** Unique fields of the server's models. */
const UNIQUE: Partial<Record<ResourceName, readonly Unique[]>> = {
  clusters: [{ fields: ['name'], field: 'name', message: 'cluster with this name already exists.' }],
  teams: [
    { fields: ['name'], field: 'name', message: 'A team with this name already exists.' },
    { fields: ['slug'], field: 'name', message: 'A team with this name already exists.', value: (data) => (data.name === undefined ? undefined : slug(data.name)) },
  ],
  users: [{ fields: ['username'], field: 'username', message: 'A user with that username already exists.' }],
  publications: [{ fields: ['doi'], field: 'doi', message: 'publication with this doi already exists.' }],
  preferences: [{ fields: ['user'], field: 'user', message: 'preference with this user already exists.' }],
  memberships: [{ fields: ['user', 'team'], field: 'non_field_errors', message: 'The fields user, team must make a unique set.' }],
}

/** Errors for values another record already holds (`id`: the record being updated). */
function uniqueness(resource: ResourceName, data: Plain, row: Row | undefined, store: Store): FieldErrors {
  const errors: FieldErrors = {}
  for (const rule of UNIQUE[resource] ?? []) {
    const merged = { ...row, ...data }
    const values = rule.fields.map((field) => (rule.value ? rule.value(merged) : merged[field]))
    if (values.some((value) => value === undefined || value === null || value === '')) continue
    if (!rule.fields.some((field) => field in data || (rule.value && 'name' in data))) continue
    const taken = store.tables[resource].some((other) => other.id !== row?.id && rule.fields.every((field, index) => (rule.value && field === 'slug' ? slug(other.name) : other[field]) === values[index]))
    if (taken) errors[rule.field] = [rule.message]
  }
  return errors
}

/** Django's default password validators, as far as a mock can tell: length and all-digits. */
function passwordErrors(password: unknown): string[] {
  if (typeof password !== 'string') return []
  const errors: string[] = []
  if (password.length < 8) errors.push('This password is too short. It must contain at least 8 characters.')
  if (/^\d+$/.test(password)) errors.push('This password is entirely numeric.')
  return errors
}

/** Type and size checks of an uploaded file, by its name as the server guesses the type. */
const MIME: Readonly<Record<string, string>> = {
  pdf: 'application/pdf', rtf: 'application/rtf', doc: 'application/msword', txt: 'text/plain', md: 'text/markdown', csv: 'text/csv',
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml', tif: 'image/tiff', tiff: 'image/tiff', bmp: 'image/bmp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', xls: 'application/vnd.ms-excel', ppt: 'application/vnd.ms-powerpoint',
  odt: 'application/vnd.oasis.opendocument.text', ods: 'application/vnd.oasis.opendocument.spreadsheet', tex: 'application/x-tex', latex: 'application/x-latex',
  exe: 'application/x-msdownload', zip: 'application/zip', html: 'text/html', js: 'text/javascript', json: 'application/json',
}

function fileErrors(file: unknown): string[] {
  if (!(file instanceof Blob)) return []
  const { max_upload_size: maxSize, allowed_file_types: allowed } = config().body as { max_upload_size: number; allowed_file_types: string[] }
  if (file.size > maxSize) return [`File size should not exceed ${(maxSize / (1024 * 1024)).toFixed(2)} MB.`]
  const name = file instanceof File ? file.name : ''
  const type = MIME[name.split('.').pop()?.toLowerCase() ?? '']
  if (!name.includes('.') || !type) return ['File type could not be resolved.']
  return allowed.includes(type) ? [] : [`File type '${type}' is not allowed.`]
}

/**
 * The model and serializer rules of the server beyond field types: unique values, password
 * strength, upload type and size, staff-only private comments, staff-only inactive teams.
 */
export function modelErrors(resource: ResourceName, data: Plain, row: Row | undefined, viewer: Viewer, store: Store): FieldErrors {
  const errors: FieldErrors = uniqueness(resource, data, row, store)
  const add = (field: string, messages: string[]): void => {
    if (messages.length) errors[field] = [...(errors[field] ?? []), ...messages]
  }
  if (resource === 'preferences' && !viewer.isStaff && data.user !== undefined && data.user !== viewer.id) {
    add('user', ['User field cannot be set to a different user than the request submitter.'])
  }
  // Field checks fail first; the serializer's own checks (below) run only when they pass.
  if (Object.keys(errors).length) return errors
  // Django's password validators run in the serializer's validate(): their errors are non-field ones.
  if (resource === 'users') add('non_field_errors', passwordErrors(data.password))
  if (resource === 'attachments') add('file', fileErrors(data.file))
  if (resource === 'comments' && !viewer.isStaff && (data.private === true || row?.private === true)) add('private', ['Only staff users can write comments marked as private.'])
  if (resource === 'teams' && !row && !viewer.isStaff && data.is_active === false) add('is_active', ['This field cannot be set to False on new records by non-staff users.'])
  return errors
}
