import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '../access'

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'login', 'login-failed', 'logout'] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

/** Who did what to which document. Written only by server hooks; read-only, admins only. */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: { en: 'Audit entry', fr: "Entrée d'audit" }, plural: { en: 'Audit log', fr: "Journal d'audit" } },
  admin: {
    group: { en: 'Administration', fr: 'Administration' },
    defaultColumns: ['createdAt', 'action', 'targetCollection', 'documentId', 'userEmail'],
    useAsTitle: 'summary',
    hidden: ({ user }) => !user?.roles?.includes('admin'),
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  timestamps: true,
  defaultSort: '-createdAt',
  fields: [
    { name: 'action', type: 'select', required: true, index: true, options: AUDIT_ACTIONS.map((a) => ({ label: a, value: a })) },
    { name: 'targetCollection', type: 'text', index: true },
    { name: 'documentId', type: 'text', index: true },
    { name: 'summary', type: 'text' },
    { name: 'user', type: 'relationship', relationTo: 'users', index: true },
    { name: 'userEmail', type: 'text' },
    { name: 'changedFields', type: 'json' },
    { name: 'ip', type: 'text' },
    { name: 'userAgent', type: 'text' },
  ],
}
