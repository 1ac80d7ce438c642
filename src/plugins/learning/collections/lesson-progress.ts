import type { CollectionConfig } from 'payload'

import { GROUP, l } from '../labels'
import { adminOnly, readOwnOrCourse } from './system'

const ro = { readOnly: true }

export const LessonProgress: CollectionConfig = {
  slug: 'lesson-progress',
  labels: { singular: l('Lesson progress', 'Progression de leçon'), plural: l('Lesson progress', 'Progression des leçons') },
  admin: { group: GROUP, defaultColumns: ['user', 'lesson', 'status', 'percentage', 'timeSpentSeconds'] },
  access: { read: readOwnOrCourse('course.instructor'), create: () => false, update: () => false, delete: adminOnly },
  indexes: [{ fields: ['enrollment', 'lesson'], unique: true }],
  fields: [
    { name: 'enrollment', type: 'relationship', relationTo: 'enrollments', required: true, index: true, admin: ro },
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, admin: ro, label: l('Learner', 'Apprenant') },
    { name: 'course', type: 'relationship', relationTo: 'courses', required: true, index: true, admin: ro, label: l('Course', 'Cours') },
    { name: 'lesson', type: 'relationship', relationTo: 'lessons', required: true, index: true, admin: ro, label: l('Lesson', 'Leçon') },
    { name: 'status', type: 'select', required: true, defaultValue: 'not_started', admin: ro, label: l('Status', 'Statut'), options: [
      { value: 'not_started', label: l('Not started', 'Non commencée') },
      { value: 'in_progress', label: l('In progress', 'En cours') },
      { value: 'completed', label: l('Completed', 'Terminée') },
    ] },
    { name: 'percentage', type: 'number', defaultValue: 0, min: 0, max: 100, admin: ro, label: l('Percentage', 'Pourcentage') },
    { name: 'timeSpentSeconds', type: 'number', defaultValue: 0, min: 0, admin: ro, label: l('Time spent (s)', 'Temps passé (s)') },
    { name: 'completedAt', type: 'date', admin: ro, label: l('Completed at', 'Terminée le') },
  ],
}
