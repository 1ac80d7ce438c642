import type { CollectionConfig } from 'payload'

import { GROUP, l } from '../labels'
import { ENROLLMENT_STATUSES } from '../services/transitions'
import { adminOnly, readOwnOrCourse } from './system'
import { moneyAdmin } from '../../../admin/fields'
import { bilingualOptions, COMMON_STATUS_LABELS } from '../../../admin/labels'

const ro = { readOnly: true }

export const Enrollments: CollectionConfig = {
  slug: 'enrollments',
  labels: { singular: l('Enrollment', 'Inscription'), plural: l('Enrollments', 'Inscriptions') },
  admin: { group: GROUP, defaultColumns: ['user', 'course', 'status', 'progressPercentage', 'enrolledAt'] },
  // created by POST /api/courses/:id/enroll; status moves through the transition table only
  access: { read: readOwnOrCourse('course.instructor'), create: () => false, update: () => false, delete: adminOnly },
  indexes: [{ fields: ['user', 'course'], unique: true }],
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, admin: ro, label: l('Learner', 'Apprenant') },
    { name: 'course', type: 'relationship', relationTo: 'courses', required: true, index: true, admin: ro, label: l('Course', 'Cours') },
    { name: 'status', type: 'select', required: true, index: true, admin: ro, label: l('Status', 'Statut'),
      options: bilingualOptions(ENROLLMENT_STATUSES, { ...COMMON_STATUS_LABELS, pending_payment: ['Awaiting payment', 'En attente de paiement'], completed: ['Completed', 'Terminée'], cancelled: ['Cancelled', 'Annulée'] }) },
    { name: 'enrolledAt', type: 'date', admin: ro, label: l('Enrolled at', 'Inscrit le') },
    { name: 'startedAt', type: 'date', admin: ro, label: l('Started at', 'Commencé le') },
    { name: 'completedAt', type: 'date', admin: ro, label: l('Completed at', 'Terminé le') },
    { name: 'progressPercentage', type: 'number', defaultValue: 0, min: 0, max: 100, admin: ro, label: l('Progress (%)', 'Progression (%)') },
    { name: 'lastLesson', type: 'relationship', relationTo: 'lessons', admin: ro, label: l('Last lesson', 'Dernière leçon') },
    { name: 'lastAccessedAt', type: 'date', admin: ro, label: l('Last accessed', 'Dernier accès') },
    { name: 'rating', type: 'number', min: 1, max: 5, admin: ro, label: l('Rating given (1-5)', 'Note donnée (1-5)') },
    { name: 'pricePaid', type: 'number', min: 0, admin: moneyAdmin({ currencyPath: 'currency' }, ro), label: l('Price paid', 'Prix payé') },
    { name: 'currency', type: 'text', admin: ro, label: l('Currency', 'Devise') },
  ],
}
