import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  async up() {
    this.schema.createTable('skill_plans', (table) => {
      table.increments('id')
      table.integer('owner_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.string('title', 160).notNullable()
      table.text('description').notNullable()
      table.string('category', 60).notNullable().index()
      table.string('difficulty', 16).notNullable()
      table.integer('duration_days').unsigned().notNullable()
      table.text('tags').notNullable().defaultTo('[]')
      table.string('visibility', 16).notNullable().defaultTo('public')
      table.timestamp('hidden_at', { useTz: true }).nullable()
      table.integer('likes_count').unsigned().notNullable().defaultTo(0)
      table.integer('downloads_count').unsigned().notNullable().defaultTo(0)
      table.integer('comments_count').unsigned().notNullable().defaultTo(0)
      table.integer('ratings_count').unsigned().notNullable().defaultTo(0)
      table.integer('ratings_sum').unsigned().notNullable().defaultTo(0)
      table.double('trending_score').notNullable().defaultTo(0)
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['owner_id', 'created_at'])
      table.index(['visibility', 'trending_score'])
    })

    this.schema.createTable('plan_tasks', (table) => {
      table.increments('id')
      table
        .integer('plan_id')
        .unsigned()
        .notNullable()
        .references('skill_plans.id')
        .onDelete('CASCADE')
      table.integer('day').unsigned().notNullable()
      table.integer('position').unsigned().notNullable()
      table.string('title', 200).notNullable()
      table.text('description').nullable()
      table.index(['plan_id', 'day', 'position'])
    })

    this.schema.createTable('plan_likes', (table) => {
      table
        .integer('plan_id')
        .unsigned()
        .notNullable()
        .references('skill_plans.id')
        .onDelete('CASCADE')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.primary(['plan_id', 'user_id'])
      table.index(['user_id'])
    })

    this.schema.createTable('plan_downloads', (table) => {
      table
        .integer('plan_id')
        .unsigned()
        .notNullable()
        .references('skill_plans.id')
        .onDelete('CASCADE')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.primary(['plan_id', 'user_id'])
    })

    this.schema.createTable('plan_ratings', (table) => {
      table
        .integer('plan_id')
        .unsigned()
        .notNullable()
        .references('skill_plans.id')
        .onDelete('CASCADE')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.integer('score').unsigned().notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.primary(['plan_id', 'user_id'])
    })

    this.schema.createTable('comments', (table) => {
      table.increments('id')
      table
        .integer('plan_id')
        .unsigned()
        .notNullable()
        .references('skill_plans.id')
        .onDelete('CASCADE')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.integer('parent_id').unsigned().nullable().references('comments.id').onDelete('CASCADE')
      table.integer('depth').unsigned().notNullable().defaultTo(0)
      table.text('body').notNullable()
      table.timestamp('hidden_at', { useTz: true }).nullable()
      table.timestamp('deleted_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['plan_id', 'parent_id', 'id'])
    })

    this.schema.createTable('custom_tasks', (table) => {
      table.increments('id')
      table
        .integer('plan_id')
        .unsigned()
        .notNullable()
        .references('skill_plans.id')
        .onDelete('CASCADE')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.integer('day').unsigned().notNullable()
      table.string('title', 200).notNullable()
      table.text('description').nullable()
      table.integer('score').notNullable().defaultTo(0)
      table.timestamp('hidden_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.index(['plan_id', 'day', 'score'])
    })

    this.schema.createTable('custom_task_votes', (table) => {
      table
        .integer('task_id')
        .unsigned()
        .notNullable()
        .references('custom_tasks.id')
        .onDelete('CASCADE')
      table.integer('user_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.integer('value').notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.primary(['task_id', 'user_id'])
    })

    this.schema.createTable('follows', (table) => {
      table
        .integer('follower_id')
        .unsigned()
        .notNullable()
        .references('users.id')
        .onDelete('CASCADE')
      table
        .integer('followee_id')
        .unsigned()
        .notNullable()
        .references('users.id')
        .onDelete('CASCADE')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.primary(['follower_id', 'followee_id'])
      table.index(['followee_id', 'follower_id'])
    })

    // What people did, for feeds: read by actor (personal feed) or globally, newest first.
    this.schema.createTable('activities', (table) => {
      table.bigIncrements('id')
      table.integer('actor_id').unsigned().notNullable().references('users.id').onDelete('CASCADE')
      table.string('verb', 40).notNullable()
      table.string('subject_type', 32).notNullable()
      table.integer('subject_id').unsigned().notNullable()
      table
        .integer('plan_id')
        .unsigned()
        .nullable()
        .references('skill_plans.id')
        .onDelete('CASCADE')
      table.text('data').notNullable().defaultTo('{}')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['actor_id', 'id'])
      table.index(['plan_id'])
    })

    this.schema.createTable('analytics_events', (table) => {
      table.bigIncrements('id')
      table.integer('user_id').unsigned().nullable().references('users.id').onDelete('SET NULL')
      table.string('type', 40).notNullable()
      table.string('subject_type', 32).notNullable()
      table.integer('subject_id').unsigned().notNullable()
      table.text('data').notNullable().defaultTo('{}')
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.index(['subject_type', 'subject_id', 'type'])
      table.index(['user_id', 'created_at'])
    })
  }

  async down() {
    for (const name of [
      'analytics_events',
      'activities',
      'follows',
      'custom_task_votes',
      'custom_tasks',
      'comments',
      'plan_ratings',
      'plan_downloads',
      'plan_likes',
      'plan_tasks',
      'skill_plans',
    ]) {
      this.schema.dropTable(name)
    }
  }
}
