import vine from '@vinejs/vine'
import { dictionary } from '@zxcvbn-ts/language-common'
import AppException from '#exceptions/app_exception'

export const PASSWORD_MIN_LENGTH = 8
export const PASSWORD_MAX_LENGTH = 128

/** The ~49,000 passwords most seen in breaches (zxcvbn's list), lower-cased. */
const COMMON_PASSWORDS = new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()))

/** The forms of an e-mail's local part a password may not contain: as typed, without dots, without +tag. */
function localParts(email: string) {
  const local = email.trim().toLowerCase().split('@')[0] ?? ''
  const untagged = local.split('+')[0]
  return [...new Set([local, untagged, untagged.replaceAll('.', '')])].filter(
    (part) => part.length >= 3
  )
}

/**
 * Why a password is refused (NIST SP 800-63B: a known common password, a
 * repetitive one, or one derived from the account's own e-mail), or null when
 * it is acceptable. Length is the schema's business; this judges content.
 */
export function passwordWeakness(password: string, email?: string | null): string | null {
  const lowered = password.toLowerCase()
  if (COMMON_PASSWORDS.has(lowered)) {
    return 'This password is on the list of commonly used passwords: choose one that is harder to guess'
  }
  if (new Set(lowered).size < 4) {
    return 'This password repeats too few different characters: choose one that is harder to guess'
  }
  if (email && localParts(email).some((part) => lowered.includes(part))) {
    return 'The password must not contain your e-mail address: choose one that is harder to guess'
  }
  return null
}

/** Throws the 422 of the password rule for `field` when the password is refused (for checks outside a validator). */
export function assertAcceptablePassword(
  password: string,
  email: string | null | undefined,
  field = 'password'
) {
  const reason = passwordWeakness(password, email)
  if (reason) throw AppException.invalid(field, reason)
}

/** VineJS rule: the password rule, judged against the sibling `email` field when the payload has one. */
const acceptablePassword = vine.createRule(
  (value, _options, field) => {
    if (typeof value !== 'string') return
    const sibling = (field.parent as Record<string, unknown> | undefined)?.email
    const reason = passwordWeakness(value, typeof sibling === 'string' ? sibling : undefined)
    if (reason) field.report(reason, 'password', field)
  },
  { name: 'password' }
)

/** Every password a member chooses (signup, change, reset, first admin): 8–128 characters, not weak. */
export const password = () =>
  vine
    .string()
    .minLength(PASSWORD_MIN_LENGTH)
    .maxLength(PASSWORD_MAX_LENGTH)
    .use(acceptablePassword())
