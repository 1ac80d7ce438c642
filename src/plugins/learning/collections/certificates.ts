import type { CollectionConfig } from 'payload'

import { certificateEndpoints } from '../endpoints/certificates'
import { GROUP, l } from '../labels'
import { adminOnly, readOwnOrCourse } from './system'

const ro = { readOnly: true }

export const Certificates: CollectionConfig = {
  slug: 'certificates',
  labels: { singular: l('Certificate', 'Certificat'), plural: l('Certificates', 'Certificats') },
  admin: { group: GROUP, useAsTitle: 'number', defaultColumns: ['number', 'learnerName', 'courseTitle', 'issuedAt', 'revokedAt'] },
  // issued by the server when an enrollment completes; revoked through POST /:id/revoke
  access: { read: readOwnOrCourse('course.instructor'), create: () => false, update: () => false, delete: adminOnly },
  endpoints: certificateEndpoints,
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, index: true, admin: ro, label: l('Verification code', 'Code de vérification') },
    { name: 'number', type: 'text', required: true, unique: true, admin: ro, label: l('Number', 'Numéro') },
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, admin: ro, label: l('Learner', 'Apprenant') },
    { name: 'course', type: 'relationship', relationTo: 'courses', required: true, index: true, admin: ro, label: l('Course', 'Cours') },
    { name: 'enrollment', type: 'relationship', relationTo: 'enrollments', required: true, unique: true, admin: ro },
    { name: 'learnerName', type: 'text', required: true, admin: ro, label: l('Learner name', "Nom de l'apprenant") },
    { name: 'courseTitle', type: 'text', required: true, admin: ro, label: l('Course title', 'Titre du cours') },
    { name: 'issuedAt', type: 'date', required: true, admin: ro, label: l('Issued at', 'Délivré le') },
    { name: 'expiresAt', type: 'date', admin: ro, label: l('Expires at', 'Expire le') },
    { name: 'revokedAt', type: 'date', admin: ro, label: l('Revoked at', 'Révoqué le') },
    { name: 'revokedReason', type: 'textarea', admin: ro, label: l('Revocation reason', 'Motif de révocation') },
  ],
}
