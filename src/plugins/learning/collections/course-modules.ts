import type { CollectionConfig } from 'payload'

import { anyone } from '../../../access'
import { assertOwnsParentCourse, canAuthor, ownCourseContent } from '../access'
import { GROUP, l } from '../labels'

export const CourseModules: CollectionConfig = {
  slug: 'course-modules',
  labels: { singular: l('Module', 'Module'), plural: l('Modules', 'Modules') },
  admin: { group: GROUP, useAsTitle: 'title', defaultColumns: ['title', 'course', 'unlockRule'] },
  // drag and drop ordering in the admin list (stored in `_order`)
  orderable: true,
  defaultSort: '_order',
  access: { read: anyone, create: canAuthor, update: ownCourseContent(), delete: ownCourseContent() },
  hooks: { beforeChange: [assertOwnsParentCourse] },
  fields: [
    { name: 'course', type: 'relationship', relationTo: 'courses', required: true, index: true, label: l('Course', 'Cours') },
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 255, label: l('Title', 'Titre') },
    { name: 'description', type: 'textarea', localized: true, label: l('Description', 'Description') },
    { name: 'image', type: 'upload', relationTo: 'media', label: l('Image', 'Image') },
    { name: 'unlockRule', type: 'select', defaultValue: 'always', required: true, label: l('Unlock rule', 'Règle de déblocage'), options: [
      { value: 'always', label: l('Always open', 'Toujours ouvert') },
      { value: 'sequential', label: l('After the previous module is complete', 'Après le module précédent terminé') },
    ] },
    // the module's lessons in order, each a link to edit it (nothing stored)
    { name: 'lessons', type: 'join', collection: 'lessons', on: 'module', defaultSort: '_order', defaultLimit: 100, label: l('Lessons (in order)', 'Leçons (dans l’ordre)'), admin: { defaultColumns: ['title', 'contentType', '_status'] } },
  ],
}
