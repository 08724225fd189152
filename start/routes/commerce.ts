import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const CategoriesController = () => import('#controllers/commerce/categories_controller')
const ProductsController = () => import('#controllers/commerce/products_controller')
const CartController = () => import('#controllers/commerce/cart_controller')
const AddressesController = () => import('#controllers/commerce/addresses_controller')
const CheckoutController = () => import('#controllers/commerce/checkout_controller')
const SalesController = () => import('#controllers/commerce/sales_controller')
const AdminSalesController = () => import('#controllers/commerce/admin_sales_controller')

// The catalogue is public: shoppers discover products before signing in.
// Product categories are not the community's plan categories (`/api/v1/categories`).
router
  .group(() => {
    router.get('product-categories', [CategoriesController, 'index'])
    router.get('product-categories/tree', [CategoriesController, 'tree'])
    router.get('product-categories/:id', [CategoriesController, 'show'])
    router.get('products', [ProductsController, 'index'])
    router.get('products/featured', [ProductsController, 'featured'])
    router.get('products/:id', [ProductsController, 'show'])
  })
  .prefix('/api/v1')

router
  .group(() => {
    router.post('products', [ProductsController, 'store'])
    router.patch('products/:id', [ProductsController, 'update'])
    router.delete('products/:id', [ProductsController, 'destroy'])

    router.get('cart', [CartController, 'show'])
    router.delete('cart', [CartController, 'clear'])
    router.get('cart/total', [CartController, 'total'])
    router.post('cart/items', [CartController, 'add'])
    router.patch('cart/items/:productId', [CartController, 'update'])
    router.delete('cart/items/:productId', [CartController, 'remove'])

    router.get('addresses', [AddressesController, 'index'])
    router.post('addresses', [AddressesController, 'store'])
    router.get('addresses/:id', [AddressesController, 'show'])
    router.patch('addresses/:id', [AddressesController, 'update'])
    router.delete('addresses/:id', [AddressesController, 'destroy'])
    router.post('addresses/:id/default', [AddressesController, 'makeDefault'])

    router.post('checkout', [CheckoutController, 'store'])
    router.get('sales', [SalesController, 'index'])
    router.get('sales/:id', [SalesController, 'show'])
    router.get('sales/:id/invoice', [SalesController, 'invoice'])
  })
  .prefix('/api/v1')
  .use(middleware.auth())

router
  .group(() => {
    router.post('product-categories', [CategoriesController, 'store'])
    router.patch('product-categories/:id', [CategoriesController, 'update'])
    router.delete('product-categories/:id', [CategoriesController, 'destroy'])
    router.get('sales', [AdminSalesController, 'index'])
    router.get('sales/analytics', [AdminSalesController, 'analytics'])
    router.get('sales/:id/invoice', [AdminSalesController, 'invoice'])
  })
  .prefix('/api/v1/admin')
  .use([middleware.auth(), middleware.role({ roles: ['admin'] })])
