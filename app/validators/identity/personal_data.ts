import vine from '@vinejs/vine'

/** Deleting an account asks for the password again. */
export const deleteAccountValidator = vine.create({
  password: vine.string().maxLength(128),
})
