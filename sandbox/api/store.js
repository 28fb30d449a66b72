// @ts-check
/**
 * The sample API's data: a few products and an in-memory list of orders, fresh for every
 * sandbox so that one run (or test file) never sees another's orders.
 */

/**
 * @typedef {{ id: string, name: string, description: string, price: { amount: number, currency: string } }} Product
 * @typedef {'pending' | 'shipped' | 'delivered'} OrderStatus
 * @typedef {{ id: string, productId: string, quantity: number, note?: string, status: OrderStatus,
 *   createdAt: string, createdBy: string }} Order
 */

/** @type {readonly Product[]} */
export const PRODUCTS = Object.freeze([
  {
    id: 'prd-espresso',
    name: 'Espresso beans',
    description: '1 kg of dark-roast beans.',
    price: { amount: 24, currency: 'EUR' },
  },
  {
    id: 'prd-filter',
    name: 'Filter papers',
    description: '200 size-4 filter papers.',
    price: { amount: 6.5, currency: 'EUR' },
  },
  {
    id: 'prd-mug',
    name: 'Portico mug',
    description: 'A 300 ml stoneware mug.',
    price: { amount: 12, currency: 'EUR' },
  },
]);

export const ORDER_STATUSES = /** @type {const} */ (['pending', 'shipped', 'delivered']);

export function createStore() {
  let nextNumber = 1004;
  /** @type {Order[]} */
  const orders = [
    {
      id: 'ord-1001',
      productId: 'prd-espresso',
      quantity: 2,
      status: 'delivered',
      createdAt: '2026-01-12T09:30:00Z',
      createdBy: 'Ada Lovelace',
    },
    {
      id: 'ord-1002',
      productId: 'prd-mug',
      quantity: 6,
      status: 'shipped',
      createdAt: '2026-02-03T14:05:00Z',
      createdBy: 'Grace Hopper',
    },
    {
      id: 'ord-1003',
      productId: 'prd-filter',
      quantity: 1,
      status: 'pending',
      createdAt: '2026-03-21T17:45:00Z',
      createdBy: 'Katherine Johnson',
    },
  ];

  /** @type {StreamRecord[]} */
  const streams = [];

  return {
    /**
     * Notes a stream the API starts sending, newest last (the last 20 kept); the caller updates
     * the record as events go out and when the stream ends.
     * @param {string} path
     * @returns {StreamRecord}
     */
    startStream(path) {
      const record = { path, sent: 0, ended: /** @type {StreamRecord['ended']} */ (null) };
      streams.push(record);
      if (streams.length > 20) streams.shift();
      return record;
    },
    listStreams() {
      return streams.map((record) => ({ ...record }));
    },
    /** @param {{ status?: string, top?: number }} [filter] */
    listOrders({ status, top = 20 } = {}) {
      return orders.filter((order) => !status || order.status === status).slice(0, top);
    },
    /** @param {string} id */
    findOrder(id) {
      return orders.find((order) => order.id === id);
    },
    /** @param {{ productId: string, quantity: number, note?: string, createdBy: string }} order */
    addOrder({ productId, quantity, note, createdBy }) {
      /** @type {Order} */
      const order = {
        id: `ord-${nextNumber++}`,
        productId,
        quantity,
        ...(note ? { note } : {}),
        status: 'pending',
        createdAt: new Date().toISOString(),
        createdBy,
      };
      orders.push(order);
      return order;
    },
    stats() {
      const byStatus = Object.fromEntries(ORDER_STATUSES.map((status) => [status, orders.filter((order) => order.status === status).length]));
      return { orders: { total: orders.length, byStatus }, products: PRODUCTS.length };
    },
  };
}

/** @typedef {ReturnType<typeof createStore>} Store */
/**
 * @typedef {{ path: string, sent: number, ended: 'finished' | 'client-gone' | null }} StreamRecord
 *   a stream the API sent: how many events went out, and whether it ran to its end or the client
 *   went away first (null while it is still open)
 */
