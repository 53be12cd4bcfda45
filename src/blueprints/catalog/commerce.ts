/** Selling things: shops, payments, stock. */
import { choice, field, money, oneToMany, str, type Blueprint } from '../types';

export const ecommerce: Blueprint = {
  id: 'ecommerce',
  title: 'E-commerce',
  summary: 'Products in categories, customers, orders and their lines.',
  keywords: [
    'shop',
    'store',
    'ecommerce',
    'e-commerce',
    'product',
    'cart',
    'checkout',
    'order',
    'catalog',
    'sell',
    'buy',
    'customer',
    'merchant',
    'retail',
  ],
  entities: [
    {
      name: 'Category',
      fields: [
        str('name', 80, { required: true, unique: true, sortable: true }),
        str('slug', 80, { required: true, unique: true }),
      ],
    },
    {
      name: 'Product',
      fields: [
        str('name', 160, { required: true, filterable: true, sortable: true }),
        str('sku', 40, { required: true, unique: true }),
        field('description', 'text'),
        money('price', { required: true, filterable: true, sortable: true }),
        field('in_stock', 'boolean', { default: true, filterable: true }),
      ],
    },
    {
      name: 'Customer',
      fields: [
        field('email', 'email', { required: true, unique: true, filterable: true }),
        str('full_name', 120, { required: true, sortable: true }),
        str('phone', 32),
      ],
    },
    {
      name: 'Order',
      fields: [
        str('reference', 32, { required: true, unique: true }),
        choice('status', ['pending', 'paid', 'shipped', 'delivered', 'cancelled']),
        money('total', { required: true, sortable: true, filterable: true }),
        field('placed_at', 'datetime', { autoNow: 'create', sortable: true, filterable: true }),
      ],
    },
    {
      name: 'OrderItem',
      fields: [
        field('quantity', 'integer', { required: true, min: 1, default: 1 }),
        money('unit_price', { required: true }),
      ],
    },
  ],
  relations: [
    oneToMany('Category', 'Product'),
    oneToMany('Customer', 'Order', { required: true }),
    oneToMany('Order', 'OrderItem', { required: true, fromName: 'items' }),
    oneToMany('Product', 'OrderItem', { required: true, onDelete: 'restrict' }),
  ],
};

export const payments: Blueprint = {
  id: 'payments',
  title: 'Payments',
  summary: 'Accounts, invoices, payments and refunds.',
  keywords: [
    'payment',
    'pay',
    'invoice',
    'billing',
    'bill',
    'refund',
    'transaction',
    'charge',
    'payout',
    'fintech',
    'wallet',
    'money',
  ],
  entities: [
    {
      name: 'Account',
      fields: [
        str('name', 120, { required: true, sortable: true }),
        field('billing_email', 'email', { required: true }),
        str('currency', 3, { required: true, pattern: '^[A-Z]{3}$', default: 'USD' }),
      ],
    },
    {
      name: 'Invoice',
      fields: [
        str('number', 32, { required: true, unique: true }),
        money('amount', { required: true, sortable: true, filterable: true }),
        choice('status', ['draft', 'open', 'paid', 'void']),
        field('due_on', 'date', { filterable: true, sortable: true }),
      ],
    },
    {
      name: 'Payment',
      fields: [
        money('amount', { required: true, filterable: true, sortable: true }),
        choice('method', ['card', 'bank_transfer', 'wallet']),
        choice('status', ['pending', 'succeeded', 'failed']),
        str('provider_reference', 120, { unique: true }),
        field('paid_at', 'datetime', { filterable: true, sortable: true }),
      ],
    },
    {
      name: 'Refund',
      fields: [
        money('amount', { required: true }),
        str('reason', 500),
        choice('status', ['requested', 'completed', 'rejected']),
      ],
    },
  ],
  relations: [
    oneToMany('Account', 'Invoice', { required: true }),
    oneToMany('Invoice', 'Payment', { required: true }),
    oneToMany('Payment', 'Refund', { required: true }),
  ],
};

export const inventory: Blueprint = {
  id: 'inventory',
  title: 'Inventory',
  summary: 'Warehouses, stock items, suppliers and stock movements.',
  keywords: [
    'inventory',
    'stock',
    'warehouse',
    'supplier',
    'sku',
    'item',
    'logistics',
    'shipment',
    'supply',
    'replenish',
    'purchase',
  ],
  entities: [
    {
      name: 'Warehouse',
      fields: [str('name', 120, { required: true, unique: true, sortable: true }), str('address', 300)],
    },
    {
      name: 'Supplier',
      fields: [str('name', 120, { required: true, sortable: true }), field('contact_email', 'email'), str('phone', 32)],
    },
    {
      name: 'StockItem',
      fields: [
        str('sku', 40, { required: true, unique: true, filterable: true }),
        str('name', 160, { required: true, sortable: true, filterable: true }),
        field('quantity', 'integer', { required: true, min: 0, default: 0, filterable: true, sortable: true }),
        field('reorder_level', 'integer', { min: 0, default: 10 }),
      ],
    },
    {
      name: 'StockMovement',
      fields: [
        choice('direction', ['inbound', 'outbound', 'adjustment']),
        field('quantity', 'integer', { required: true }),
        field('moved_at', 'datetime', { autoNow: 'create', sortable: true, filterable: true }),
        str('note', 300),
      ],
    },
  ],
  relations: [
    oneToMany('Warehouse', 'StockItem', { required: true }),
    oneToMany('Supplier', 'StockItem'),
    oneToMany('StockItem', 'StockMovement', { required: true, fromName: 'movements' }),
  ],
};
