import { BaseTransformer } from '@adonisjs/core/transformers'
import type Category from '#models/category'
import {
  array,
  dateTime,
  integer,
  nullable,
  object,
  ref,
  string,
  type Infer,
} from '#platform/openapi/schema'
import type {
  CategoryDetail,
  CategoryNode,
  CountedCategory,
} from '#services/commerce/category_service'
import { iso } from '#transformers/support'

const categoryFields = {
  id: integer(),
  parentId: nullable(integer()),
  name: string(),
  slug: string(),
  path: string({
    examples: ['/1/4/9/'],
    description: 'Ids of the ancestors and the category itself',
  }),
  position: integer({ description: 'Order among siblings' }),
}
const countedProducts = integer({
  minimum: 0,
  description: 'Listable products in the category and its descendants (with `counts=true`)',
})
const categorySummary = object(categoryFields)

export const categorySchema = object(
  { ...categoryFields, createdAt: dateTime(), updatedAt: dateTime() },
  { productCount: countedProducts }
)

type CategoryNodeJson = Infer<typeof categorySummary> & {
  children: CategoryNodeJson[]
  productCount?: number
}

export const categoryNodeSchema = object(
  { ...categoryFields, children: array(ref<CategoryNodeJson>('ProductCategoryNode')) },
  { productCount: countedProducts }
)

export const categoryDetailSchema = object({
  ...categoryFields,
  productCount: integer({
    minimum: 0,
    description: 'Listable products in the category and its descendants',
  }),
  createdAt: dateTime(),
  updatedAt: dateTime(),
  ancestors: array(categorySummary, { description: 'From the root down to the parent' }),
  children: array(
    object({
      ...categoryFields,
      productCount: integer({
        minimum: 0,
        description: 'Listable products in the child and its descendants',
      }),
    }),
    {
      description: 'Direct children, by position then name',
    }
  ),
})

const fields = (c: Category): Infer<typeof categorySummary> => ({
  id: c.id,
  parentId: c.parentId,
  name: c.name,
  slug: c.slug,
  path: c.path,
  position: c.position,
})

const counted = ({ productCount }: CountedCategory) =>
  productCount === undefined ? {} : { productCount }

export default class CategoryTransformer extends BaseTransformer<CountedCategory> {
  toObject(): Infer<typeof categorySchema> {
    const c = this.resource.category
    return {
      ...fields(c),
      ...counted(this.resource),
      createdAt: iso(c.createdAt),
      updatedAt: iso(c.updatedAt),
    }
  }
}

const node = (entry: CategoryNode): Infer<typeof categoryNodeSchema> => ({
  ...fields(entry.category),
  ...counted(entry),
  children: entry.children.map(node),
})

export class CategoryTreeTransformer extends BaseTransformer<CategoryNode> {
  toObject() {
    return node(this.resource)
  }
}

/** One category: its ancestors root first, its direct children, listable products counted (descendants included). */
export class CategoryDetailTransformer extends BaseTransformer<CategoryDetail> {
  toObject(): Infer<typeof categoryDetailSchema> {
    const { category, productCount, ancestors, children } = this.resource
    return {
      ...fields(category),
      productCount,
      createdAt: iso(category.createdAt),
      updatedAt: iso(category.updatedAt),
      ancestors: ancestors.map(fields),
      children: children.map((child) => ({
        ...fields(child.category),
        productCount: child.productCount,
      })),
    }
  }
}
