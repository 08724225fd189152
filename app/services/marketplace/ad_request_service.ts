import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type { Infer } from '@vinejs/vine/types'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import AdRequest, { type AdRequestStatus } from '#models/ad_request'
import Campaign from '#models/campaign'
import NegotiationOffer, { type OfferChanges, type OfferKind } from '#models/negotiation_offer'
import User from '#models/user'
import AppException from '#exceptions/app_exception'
import { isUniqueViolation } from '#platform/db/errors'
import CampaignService, { committedBudget } from '#services/marketplace/campaign_service'
import AdRequestEvents from '#services/marketplace/ad_request_events'
import { ensureCounterpartAvailable } from '#services/marketplace/counterpart'
import type {
  adminAdRequestsValidator,
  createAdRequestValidator,
  listAdRequestsValidator,
  updateAdRequestValidator,
} from '#validators/marketplace/ad_request'

type CreatePayload = Infer<typeof createAdRequestValidator>

const OPEN: AdRequestStatus[] = ['pending', 'negotiating']

/**
 * Ad requests between a brand and an influencer and their negotiation:
 * pending → negotiating → accepted | rejected, accepted → completed; the
 * brand changes the terms while pending, whoever created it withdraws it
 * until it is accepted (the row and its history stay). Every
 * change locks the row; accepting also locks the campaign so concurrent
 * accepts can never commit more than its budget. Offers, accepts and
 * completion wait while the other party is blocked and end with its deletion.
 */
@inject()
export default class AdRequestService {
  constructor(
    private campaigns: CampaignService,
    private events: AdRequestEvents
  ) {}

  async create(actor: User, campaignId: number, payload: CreatePayload) {
    const campaign = await Campaign.find(campaignId)
    if (!campaign) throw AppException.notFound('Campaign')
    const asSponsor = actor.role === 'sponsor'
    if (asSponsor && campaign.sponsorId !== actor.id) throw AppException.notFound('Campaign')
    if (!asSponsor) await this.ensureOpenToApplications(campaign)
    if (campaign.status === 'completed')
      throw AppException.conflict('E_CAMPAIGN_COMPLETED', 'This campaign is completed')

    const influencerId = asSponsor ? payload.influencerId : actor.id
    if (!influencerId) throw AppException.invalid('influencerId', 'Choose the influencer to invite')
    const influencer = await User.find(influencerId)
    if (
      !influencer ||
      influencer.role !== 'influencer' ||
      !influencer.canAct ||
      influencer.deletedAt
    ) {
      throw AppException.invalid('influencerId', 'No active influencer has this id')
    }

    const duplicate = () =>
      AppException.conflict(
        'E_AD_REQUEST_EXISTS',
        'An ad request already exists for this influencer and campaign'
      )
    const request = await db
      .transaction(async (trx) => {
        // Serialised with campaign updates: a currency change never slips past a request being created in the old one.
        await trx.from('campaigns').where('id', campaign.id).forUpdate().select('id')
        const existing = await AdRequest.query({ client: trx })
          .where('campaign_id', campaign.id)
          .where('influencer_id', influencerId)
          .whereNot('status', 'withdrawn')
          .first()
        if (existing) throw duplicate()
        const created = await AdRequest.create(
          {
            campaignId: campaign.id,
            sponsorId: campaign.sponsorId,
            influencerId,
            initiatedBy: asSponsor ? 'sponsor' : 'influencer',
            requirements: payload.requirements,
            deliverables: payload.deliverables,
            paymentAmount: payload.paymentAmount,
            status: 'pending',
            lastOfferBy: actor.id,
          },
          { client: trx }
        )
        await this.record(trx, created, actor, 'initial', payload.paymentAmount, payload.message)
        return created
      })
      .catch((error) => {
        throw isUniqueViolation(error) ? duplicate() : error
      })
    await this.events.received(request, campaign, actor)
    return this.find(request.id)
  }

  async counter(actor: User, id: number, amount: number, message?: string) {
    const { request, campaign } = await this.change(id, actor, async (trx, req) => {
      this.ensureStatus(req, OPEN, 'make an offer on')
      await ensureCounterpartAvailable(req.counterpartOf(actor.id), trx)
      req.paymentAmount = amount
      req.status = 'negotiating'
      req.lastOfferBy = actor.id
      await this.record(trx, req, actor, 'counter', amount, message)
    })
    await this.events.countered(request, campaign, actor)
    return request
  }

  /** The brand's new terms: the influencer now has them to accept, and every change is a step of the history. */
  async update(actor: User, id: number, payload: Infer<typeof updateAdRequestValidator>) {
    const { message, ...terms } = payload
    const { request, campaign } = await this.change(id, actor, async (trx, req) => {
      this.ensureStatus(req, ['pending'], 'change the terms of')
      await ensureCounterpartAvailable(req.counterpartOf(actor.id), trx)
      const changes: OfferChanges = {}
      if (terms.requirements !== undefined && terms.requirements !== req.requirements)
        changes.requirements = terms.requirements
      if (terms.deliverables !== undefined && terms.deliverables !== req.deliverables)
        changes.deliverables = terms.deliverables
      if (terms.paymentAmount !== undefined && terms.paymentAmount !== req.paymentAmount)
        changes.paymentAmount = terms.paymentAmount
      if (!Object.keys(changes).length) {
        throw new AppException(
          422,
          'E_NOTHING_TO_CHANGE',
          'Send new requirements, deliverables or paymentAmount (different from the current terms)'
        )
      }
      req.merge(changes)
      req.lastOfferBy = actor.id
      await this.record(trx, req, actor, 'edit', req.paymentAmount, message, changes)
    })
    await this.events.updated(request, campaign, actor)
    return request
  }

  /** Whoever created it takes it back before it is accepted; the other party is told. */
  async withdraw(actor: User, id: number, reason?: string) {
    const { request, campaign } = await this.change(id, actor, async (trx, req) => {
      if (req.status === 'accepted') {
        throw AppException.conflict(
          'E_AD_REQUEST_ACCEPTED',
          'An accepted ad request cannot be withdrawn or deleted; complete it instead'
        )
      }
      this.ensureStatus(req, OPEN, 'withdraw')
      req.status = 'withdrawn'
      req.respondedAt = DateTime.utc()
      await this.record(trx, req, actor, 'withdraw', req.paymentAmount, reason)
    })
    await this.events.withdrawn(request, campaign, actor)
    return request
  }

  async accept(actor: User, id: number) {
    const { request, campaign } = await this.change(id, actor, async (trx, req) => {
      this.ensureStatus(req, OPEN, 'accept')
      if (req.lastOfferBy === actor.id) {
        throw AppException.conflict(
          'E_OWN_OFFER',
          'You cannot accept your own offer; wait for the other party to answer'
        )
      }
      await ensureCounterpartAvailable(req.counterpartOf(actor.id), trx)
      const campaign = await Campaign.query({ client: trx })
        .where('id', req.campaignId)
        .forUpdate()
        .firstOrFail()
      if (campaign.status === 'completed')
        throw AppException.conflict('E_CAMPAIGN_COMPLETED', 'This campaign is completed')
      const committed = await committedBudget(campaign.id, trx)
      if (committed + req.paymentAmount > campaign.budget) {
        throw AppException.conflict(
          'E_BUDGET_EXCEEDED',
          `Accepting ${req.paymentAmount} would exceed the campaign budget: ${campaign.budget - committed} of ${campaign.budget} is left`
        )
      }
      req.status = 'accepted'
      req.agreedAmount = req.paymentAmount
      req.respondedAt = DateTime.utc()
      await this.record(trx, req, actor, 'accept', req.paymentAmount)
    })
    await this.events.accepted(request, campaign, actor)
    return request
  }

  async reject(actor: User, id: number, reason?: string) {
    const { request, campaign } = await this.change(id, actor, async (trx, req) => {
      this.ensureStatus(req, OPEN, 'reject')
      req.status = 'rejected'
      req.rejectionReason = reason ?? null
      req.respondedAt = DateTime.utc()
      await this.record(trx, req, actor, 'reject', req.paymentAmount, reason)
    })
    await this.events.rejected(request, campaign, actor)
    return request
  }

  async complete(actor: User, id: number) {
    const { request, campaign } = await this.change(id, actor, async (trx, req) => {
      if (req.sponsorId !== actor.id)
        throw AppException.forbidden('E_FORBIDDEN', 'Only the brand marks an ad request completed')
      this.ensureStatus(req, ['accepted'], 'complete')
      await ensureCounterpartAvailable(req.counterpartOf(actor.id), trx)
      req.status = 'completed'
      req.completedAt = DateTime.utc()
    })
    await this.events.completed(request, campaign, actor)
    return request
  }

  async find(id: number) {
    const request = await AdRequest.query()
      .where('id', id)
      .preload('campaign')
      .preload('sponsor', (q) => q.preload('sponsorProfile'))
      .preload('influencer', (q) => q.preload('influencerProfile'))
      .first()
    if (!request) throw AppException.notFound('Ad request')
    return request
  }

  async offers(id: number) {
    return NegotiationOffer.query().where('ad_request_id', id).orderBy('id', 'asc')
  }

  async mine(actor: User, filters: Infer<typeof listAdRequestsValidator>) {
    const query = this.listQuery().where((q) =>
      q.where('sponsor_id', actor.id).orWhere('influencer_id', actor.id)
    )
    if (filters.status) query.where('status', filters.status)
    if (filters.campaignId) query.where('campaign_id', filters.campaignId)
    return query.paginate(filters.page ?? 1, filters.perPage ?? 20)
  }

  async adminList(filters: Infer<typeof adminAdRequestsValidator>) {
    const query = this.listQuery()
    if (filters.status) query.where('status', filters.status)
    if (filters.campaignId) query.where('campaign_id', filters.campaignId)
    if (filters.sponsorId) query.where('sponsor_id', filters.sponsorId)
    if (filters.influencerId) query.where('influencer_id', filters.influencerId)
    return query.paginate(filters.page ?? 1, filters.perPage ?? 20)
  }

  private listQuery() {
    return AdRequest.query()
      .preload('campaign')
      .preload('sponsor', (q) => q.preload('sponsorProfile'))
      .preload('influencer', (q) => q.preload('influencerProfile'))
      .orderBy('updated_at', 'desc')
      .orderBy('id', 'desc')
  }

  private async ensureOpenToApplications(campaign: Campaign) {
    const open = await this.campaigns.browsable().where('campaigns.id', campaign.id).first()
    if (!open) throw AppException.notFound('Campaign')
  }

  private ensureStatus(request: AdRequest, allowed: AdRequestStatus[], verb: string) {
    if (!allowed.includes(request.status)) {
      throw AppException.conflict(
        'E_INVALID_TRANSITION',
        `You cannot ${verb} an ad request that is ${request.status}`
      )
    }
  }

  /** Locks the request, checks the actor is a party, applies the change and saves, in one transaction. */
  private async change(
    id: number,
    actor: User,
    apply: (trx: TransactionClientContract, request: AdRequest) => Promise<void>
  ) {
    await db.transaction(async (trx) => {
      const request = await AdRequest.query({ client: trx }).where('id', id).forUpdate().first()
      if (!request || !request.isParty(actor.id)) throw AppException.notFound('Ad request')
      await apply(trx, request)
      await request.useTransaction(trx).save()
    })
    const request = await this.find(id)
    return { request, campaign: request.campaign }
  }

  private record(
    trx: TransactionClientContract,
    request: AdRequest,
    author: User,
    kind: OfferKind,
    amount: number,
    message?: string,
    changes?: OfferChanges
  ) {
    return NegotiationOffer.create(
      {
        adRequestId: request.id,
        authorId: author.id,
        kind,
        amount,
        message: message ?? null,
        changes: changes ?? null,
      },
      { client: trx }
    )
  }
}
