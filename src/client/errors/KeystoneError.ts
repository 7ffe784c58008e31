/** Base class of every error this library throws. */
export class KeystoneError extends Error {
  override name: string = 'KeystoneError'
}
