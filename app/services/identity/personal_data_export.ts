import { mkdir, rename, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import User from '#models/user'
import AppException from '#exceptions/app_exception'
import { personalDataConfig } from '#config/personal_data'
import { mailUser } from '#mails/registry'
import { signedLink } from '#platform/http/signed_links'
import PersonalData from '#services/identity/personal_data'
import MailService from '#platform/mail/mail_service'

export const EXPORT_LINK_PURPOSE = 'personal_data_export'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** Each member's exports are files named `<user id>-<export id>.json`; the id is a random UUID. */
const fileName = (userId: number, exportId: string) => `${userId}-${exportId}.json`

export const downloadPath = (exportId: string) => `/api/v1/me/exports/${exportId}/download`

/** The signed download link of an export; `expiresIn` defaults to the configured lifetime. */
export function exportLink(
  exportId: string,
  expiresIn: string | number = personalDataConfig.linkExpiresIn
) {
  return signedLink({ path: downloadPath(exportId), purpose: EXPORT_LINK_PURPOSE, expiresIn })
}

export interface ExportResult {
  exportId: string
  bytes: number
  sections: number
  expiresAt: string
  /** Task id of the "export ready" e-mail. */
  mailTaskId: string
}

/**
 * A member's GDPR export as a file: the job writes everything Marquee stores
 * about them as one JSON file and e-mails a signed link that expires (and
 * needs the member logged in). Downloads check the signature, then look the
 * file up among the caller's own, so another member's valid link is a 404 to them.
 */
@inject()
export default class PersonalDataExport {
  constructor(
    private personalData: PersonalData,
    private mailer: MailService
  ) {}

  /** Writes the export file and e-mails its link; running it again rewrites the same file and does not e-mail twice. */
  async build(
    userId: number,
    exportId: string,
    progress: (percent: number) => Promise<void>
  ): Promise<ExportResult | { skipped: 'account deleted' }> {
    const user = await User.find(userId)
    if (!user || user.deletedAt) return { skipped: 'account deleted' }
    const data = await this.personalData.collect(user, (done, total) =>
      progress(Math.round((done / total) * 80))
    )
    const json = JSON.stringify(data, null, 2)
    const dir = personalDataConfig.exportDir
    await mkdir(dir, { recursive: true })
    const target = join(dir, fileName(userId, exportId))
    // Written aside, then renamed: a download never sees half a file.
    await writeFile(`${target}.partial`, json, { mode: 0o600 })
    await rename(`${target}.partial`, target)
    await progress(90)

    const expiresAt = DateTime.utc().plus({ milliseconds: personalDataConfig.linkExpiresInMs })
    const mailTaskId = await this.mailer.send(
      'gdpr_export_ready',
      {
        user: mailUser(user),
        link: exportLink(exportId),
        expiresAt: expiresAt.toFormat("yyyy-LL-dd HH:mm 'UTC'"),
      },
      { jobId: `personal-data-ready-${exportId}` }
    )
    return {
      exportId,
      bytes: Buffer.byteLength(json),
      sections: Object.keys(data).length,
      expiresAt: expiresAt.toISO()!,
      mailTaskId,
    }
  }

  /** Path of one of `user`'s exports (after the caller checked the link's signature); 404 when not theirs or gone. */
  async file(user: User, exportId: string) {
    if (!UUID.test(exportId)) throw AppException.notFound('Export')
    const path = join(personalDataConfig.exportDir, fileName(user.id, exportId))
    const exists = await stat(path).then(
      (s) => s.isFile(),
      () => false
    )
    if (!exists) throw AppException.notFound('Export')
    return path
  }
}
