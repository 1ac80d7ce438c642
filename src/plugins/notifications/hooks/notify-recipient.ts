import type { CollectionAfterChangeHook } from 'payload'

import { notify } from '../services/notify'

/**
 * A new direct message notifies its recipient (`message.received`: in-app and push by default,
 * subject to their preferences). Broadcasts are read in the inbox and notify nobody, so that a
 * message to a whole role does not fan out thousands of jobs.
 */
export const notifyRecipient: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.kind !== 'direct' || !doc.recipient) return doc
  const recipient = typeof doc.recipient === 'object' ? doc.recipient.id : doc.recipient
  const sender = typeof doc.sender === 'object' ? doc.sender : await req.payload.findByID({ collection: 'users', id: doc.sender, depth: 0, req, disableErrors: true })
  const senderName = sender ? [sender.firstName, sender.lastName].filter(Boolean).join(' ') || sender.email : ''
  await notify(req, {
    user: recipient,
    type: 'message.received',
    data: { messageId: doc.id, subject: doc.subject, senderName },
    channels: ['in-app', 'push'],
    idempotencyKey: `message.received:${doc.id}`,
  })
  return doc
}
