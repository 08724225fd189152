import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const CategoriesController = () => import('#controllers/commerce/categories_controller')
const ProductsController = () => import('#controllers/commerce/products_controller')
const CartController = () => import('#controllers/commerce/cart_controller')
const AddressesController = () => import('#controllers/commerce/addresses_controller')
const CheckoutController = () => import('#controllers/commerce/checkout_controller')
const SalesController = () => import('#controllers/commerce/sales_controller')
const AdminSalesController = () => import('#controllers/commerce/admin_sales_controller')

const id = router.matchers.number()

// The catalogue is public: shoppers discover products before signing in.
// Product categories are not the community's plan categories (`/api/v1/categories`).
router
  .group(() => {
    router.get('product-categories', [CategoriesController, 'index'])
    router.get('product-categories/tree', [CategoriesController, 'tree'])
    router.get('products', [ProductsController, 'index'])
    router.get('products/featured', [ProductsController, 'featured'])
    router.get('products/:id', [ProductsController, 'show']).where('id', id)
  })
  .prefix('/api/v1')

router
  .group(() => {
    router.post('products', [ProductsController, 'store'])
    router.patch('products/:id', [ProductsController, 'update']).where('id', id)
    router.delete('products/:id', [ProductsController, 'destroy']).where('id', id)

    router.get('cart', [CartController, 'show'])
    router.delete('cart', [CartController, 'clear'])
    router.get('cart/total', [CartController, 'total'])
    router.post('cart/items', [CartController, 'add'])
    router.patch('cart/items/:productId', [CartController, 'update']).where('productId', id)
    router.delete('cart/items/:productId', [CartController, 'remove']).where('productId', id)

    router.get('addresses', [AddressesController, 'index'])
    router.post('addresses', [AddressesController, 'store'])
    router.get('addresses/:id', [AddressesController, 'show']).where('id', id)
    router.patch('addresses/:id', [AddressesController, 'update']).where('id', id)
    router.delete('addresses/:id', [AddressesController, 'destroy']).where('id', id)
    router.post('addresses/:id/default', [AddressesController, 'makeDefault']).where('id', id)

    router.post('checkout', [CheckoutController, 'store'])
    router.get('sales', [SalesController, 'index'])
    router.get('sales/:id', [SalesController, 'show']).where('id', id)
    router.get('sales/:id/invoice', [SalesController, 'invoice']).where('id', id)
  })
  .prefix('/api/v1')
  .use(middleware.auth())

router
  .group(() => {
    router.post('product-categories', [CategoriesController, 'store'])
    router.patch('product-categories/:id', [CategoriesController, 'update']).where('id', id)
    router.delete('product-categories/:id', [CategoriesController, 'destroy']).where('id', id)
    router.get('sales', [AdminSalesController, 'index'])
    router.get('sales/analytics', [AdminSalesController, 'analytics'])
    router.get('sales/:id/invoice', [AdminSalesController, 'invoice']).where('id', id)
  })
  .prefix('/api/v1/admin')
  .use([middleware.auth(), middleware.role({ roles: ['admin'] })])
