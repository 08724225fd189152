import { createHash, randomBytes } from 'node:crypto'

/** Random URL-safe secret handed to the client once; only its SHA-256 is stored. */
export function generateSecret(prefix: string) {
  const value = `${prefix}${randomBytes(32).toString('base64url')}`
  return { value, hash: hashSecret(value) }
}

export function hashSecret(value: string) {
  return createHash('sha256').update(value).digest('hex')
}
