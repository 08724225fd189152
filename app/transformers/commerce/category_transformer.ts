import { BaseTransformer } from '@adonisjs/core/transformers'
import type Category from '#models/category'
import type {
  CategoryDetail,
  CategoryNode,
  CountedCategory,
} from '#services/commerce/category_service'

const fields = (c: Category) => ({
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
  toObject() {
    const c = this.resource.category
    return {
      ...fields(c),
      ...counted(this.resource),
      createdAt: c.createdAt.toISO(),
      updatedAt: c.updatedAt.toISO(),
    }
  }
}

type TreeNode = ReturnType<typeof fields> & { productCount?: number; children: TreeNode[] }

const node = (entry: CategoryNode): TreeNode => ({
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
  toObject() {
    const { category, productCount, ancestors, children } = this.resource
    return {
      ...fields(category),
      productCount,
      createdAt: category.createdAt.toISO(),
      updatedAt: category.updatedAt.toISO(),
      ancestors: ancestors.map(fields),
      children: children.map((child) => ({
        ...fields(child.category),
        productCount: child.productCount,
      })),
    }
  }
}
