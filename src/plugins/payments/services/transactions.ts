/** Row locks on the payments tables, over the core transaction helpers. */
import type { PayloadRequest } from 'payload'

import { sql, txDb } from '../../../db/transaction'

export { inTransaction } from '../../../db/transaction'

/** `SELECT … FOR UPDATE` on one row: serialises every writer of that payment / event until commit. */
export async function lockRow(req: PayloadRequest, table: 'payment_events' | 'payments', id: number | string): Promise<boolean> {
  const db = await txDb(req)
  const res = await db.execute(sql`SELECT id FROM ${sql.identifier(table)} WHERE id = ${Number(id)} FOR UPDATE`)
  return res.rows.length > 0
}
