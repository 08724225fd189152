import db from '@adonisjs/lucid/services/db'

const COLUMNS = [
  'id',
  'name',
  'niche',
  'status',
  'visibility',
  'budget',
  'currency',
  'committed',
  'start_date',
  'end_date',
  'ad_requests',
  'accepted',
  'created_at',
] as const

/** CSV of one brand's campaigns with their ad-request figures (RFC 4180 quoting). */
export default class CampaignExport {
  async csv(sponsorId: number) {
    const rows = await db
      .from('campaigns as c')
      .leftJoin('ad_requests as r', 'r.campaign_id', 'c.id')
      .where('c.sponsor_id', sponsorId)
      .groupBy('c.id')
      .orderBy('c.id')
      .select(
        'c.id',
        'c.name',
        'c.niche',
        'c.status',
        'c.visibility',
        'c.budget',
        'c.currency',
        'c.start_date',
        'c.end_date',
        'c.created_at'
      )
      .select(
        db.raw(
          `coalesce(sum(case when r.status in ('accepted', 'completed') then r.agreed_amount else 0 end), 0) as committed`
        )
      )
      .select(db.raw('count(r.id) as ad_requests'))
      .select(
        db.raw(`sum(case when r.status in ('accepted', 'completed') then 1 else 0 end) as accepted`)
      )
    const lines = [COLUMNS.join(',')]
    for (const row of rows) lines.push(COLUMNS.map((column) => cell(row[column])).join(','))
    return { csv: lines.join('\r\n') + '\r\n', rows: rows.length }
  }
}

function cell(value: unknown) {
  if (value === null || value === undefined) return ''
  const text = value instanceof Date ? value.toISOString() : String(value)
  // Neutralise spreadsheet formulas, then quote when needed.
  const safe = /^[=+\-@\t\r]/.test(text) && Number.isNaN(Number(text)) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
