/** Whether `id` can name a row of a serial (integer) primary key: a positive integer, as a number or as digits. */
export const isSerialId = (id: unknown): id is number | string =>
  (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) || (typeof id === 'string' && /^\d{1,15}$/.test(id))
