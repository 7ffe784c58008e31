import 'server-only'
import { KeystoneClient } from 'keystone-api-react/server'
import { cache } from 'react'

/** Where the server reaches Keystone (a private address is fine). */
export const KEYSTONE_URL = process.env.KEYSTONE_URL ?? 'http://127.0.0.1:8000/api/'
/** Where the browser reaches it (same server, seen from outside). */
export const PUBLIC_KEYSTONE_URL = process.env.NEXT_PUBLIC_KEYSTONE_URL ?? KEYSTONE_URL

/**
 * One correlation id per request, shared by the layout (which hands it to the browser's
 * provider) and the page (whose server client sends it), so the server's prefetch and the
 * browser's later requests are one session in Keystone's logs, and hydration sees the same CID.
 */
export const requestCid = cache((): string => crypto.randomUUID())

/**
 * The Keystone client of this server request. It authenticates with a token from the server's
 * environment (a read-only service account here); an app that acts as the user would forward the
 * user's token instead.
 */
export const serverClient = cache(
  (): KeystoneClient => new KeystoneClient({ url: KEYSTONE_URL, token: process.env.KEYSTONE_TOKEN, cid: requestCid() }),
)
