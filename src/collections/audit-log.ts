import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '../access'
import { bilingualOptions } from '../admin/labels'

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
    { name: 'action', type: 'select', required: true, index: true, label: { en: 'Action', fr: 'Action' }, options: bilingualOptions(AUDIT_ACTIONS, { create: ['Created', 'Création'], update: ['Updated', 'Modification'], delete: ['Deleted', 'Suppression'], login: ['Logged in', 'Connexion'], 'login-failed': ['Failed login', 'Connexion refusée'], logout: ['Logged out', 'Déconnexion'] }) },
    { name: 'targetCollection', type: 'text', index: true, label: { en: 'Collection', fr: 'Collection' } },
    { name: 'documentId', type: 'text', index: true, label: { en: 'Document', fr: 'Document' } },
    { name: 'summary', type: 'text', label: { en: 'Summary', fr: 'Résumé' } },
    { name: 'user', type: 'relationship', relationTo: 'users', index: true, label: { en: 'User', fr: 'Utilisateur' } },
    { name: 'userEmail', type: 'text', label: { en: 'User e-mail', fr: 'E-mail de l’utilisateur' } },
    { name: 'changedFields', type: 'json', admin: { readOnly: true }, label: { en: 'Changed fields', fr: 'Champs modifiés' } },
    { name: 'ip', type: 'text', label: { en: 'IP address', fr: 'Adresse IP' } },
    { name: 'userAgent', type: 'text', label: { en: 'Browser', fr: 'Navigateur' } },
  ],
}
