import type { ApiClient } from '@japa/api-client'
import SkillPlan from '#models/skill_plan'
import PlanTask from '#models/plan_task'
import type User from '#models/user'
import { API } from '#tests/support/marketplace'
import type { Json } from '#tests/support/json'

export { API, firstError, ids, marker } from '#tests/support/marketplace'

/** A valid plan creation body; override any field. */
export function planBody(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Thirty days of sketching',
    description: 'Draw a little every day and build the habit',
    category: 'art',
    difficulty: 'beginner',
    durationDays: 3,
    tags: ['drawing', 'habit'],
    tasks: [
      { day: 1, title: 'Lines and circles', description: 'Ten minutes of warm-up' },
      { day: 2, title: 'Cubes in perspective' },
      { day: 3, title: 'Draw your mug' },
    ],
    ...overrides,
  }
}

/** A plan row for setup, written straight to the database (public, 3 days, one task a day unless overridden). */
export async function planFor(owner: User, overrides: Partial<SkillPlan> = {}) {
  const plan = await SkillPlan.create({
    ownerId: owner.id,
    title: 'Setup plan',
    description: 'A plan made for a test',
    category: 'art',
    difficulty: 'beginner',
    durationDays: 3,
    tags: [],
    visibility: 'public',
    ...overrides,
  })
  await PlanTask.createMany(
    [1, 2, 3]
      .filter((day) => day <= plan.durationDays)
      .map((day) => ({ planId: plan.id, day, position: 1, title: `Day ${day}` }))
  )
  return plan
}

/** The plan as `token` sees it over the API (asserts 200). */
export async function showPlan(client: ApiClient, token: string, planId: number) {
  const res = await client.get(`${API}/plans/${planId}`).bearerToken(token)
  res.assertStatus(200)
  return res.body() as { data: Record<string, Json>; meta: { computedAt: string } }
}
