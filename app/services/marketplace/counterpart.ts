import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import User from '#models/user'
import AppException from '#exceptions/app_exception'

/**
 * Nothing moves forward with a blocked or deleted party: an ad request is not
 * offered on, accepted or completed and no message is sent while the other
 * side is blocked (until an admin unblocks it) or after it deleted its account.
 * Rejecting, reading and listing stay open.
 */
export async function ensureCounterpartAvailable(
  counterpartId: number,
  trx?: TransactionClientContract
) {
  const counterpart = await User.find(counterpartId, { client: trx })
  if (!counterpart) throw AppException.notFound('User')
  const who = counterpart.role === 'sponsor' ? 'The brand' : 'The influencer'
  if (counterpart.deletedAt) {
    throw AppException.conflict(
      'E_COUNTERPART_DELETED',
      `${who} deleted their account: nothing more can happen with them`
    )
  }
  if (counterpart.blockedAt) {
    throw AppException.conflict(
      'E_COUNTERPART_BLOCKED',
      `${who} is blocked on Marquee: nothing can move forward with them until an admin unblocks the account`
    )
  }
  return counterpart
}
