import app from '@adonisjs/core/services/app'
import env from '#start/env'

/** GDPR exports: where the JSON files are kept and how long their e-mailed links work. */
export const personalDataConfig = {
  exportDir: env.get('GDPR_EXPORT_DIR') ?? app.tmpPath('personal_data_exports'),
  /** The download link's lifetime; the cleanup batch task deletes files older than this. */
  linkExpiresIn: '48h',
  linkExpiresInMs: 48 * 3600 * 1000,
}
