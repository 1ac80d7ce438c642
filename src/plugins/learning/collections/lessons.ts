import type { CollectionConfig } from 'payload'

import { assertOwnsParentCourse, canAuthor, ownCourseContent, readPublishedOrOwn } from '../access'
import { lessonEndpoints } from '../endpoints/lessons'
import { GROUP, l } from '../labels'
import { lessonContentAccess, syncLessonAttachment } from '../services/paid-content'
import { bilingualOptions } from '../../../admin/labels'

/** Paid content: readable by the course's learners, instructor and staff only (see services/paid-content). */
const paid = { read: lessonContentAccess }

export const CONTENT_TYPES = ['video', 'text', 'quiz', 'h5p', 'assignment', 'document', 'audio', 'presentation'] as const

export const Lessons: CollectionConfig = {
  slug: 'lessons',
  labels: { singular: l('Lesson', 'Leçon'), plural: l('Lessons', 'Leçons') },
  admin: { group: GROUP, useAsTitle: 'title', defaultColumns: ['title', 'course', 'module', 'contentType', '_status'] },
  orderable: true,
  defaultSort: '_order',
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    // learners see published lessons of published courses only
    read: readPublishedOrOwn({ and: [{ _status: { equals: 'published' } }, { 'course._status': { equals: 'published' } }] }, 'course.instructor'),
    create: canAuthor,
    update: ownCourseContent(),
    delete: ownCourseContent(),
  },
  hooks: {
    beforeChange: [
      assertOwnsParentCourse,
      async ({ data, originalDoc, req }) => {
        const moduleId = data.module ?? originalDoc?.module
        if (moduleId) {
          const mod = await req.payload.findByID({ collection: 'course-modules', id: typeof moduleId === 'object' ? moduleId.id : moduleId, depth: 0, req, disableErrors: true })
          const courseId = data.course ?? originalDoc?.course
          const cid = typeof courseId === 'object' ? courseId?.id : courseId
          if (!mod || (typeof mod.course === 'object' ? mod.course.id : mod.course) !== cid) {
            const { ValidationError } = await import('payload')
            throw new ValidationError({ collection: 'lessons', errors: [{ path: 'module', message: 'The module must belong to the same course.' }] })
          }
        }
        return data
      },
    ],
    afterChange: [syncLessonAttachment],
  },
  endpoints: lessonEndpoints,
  fields: [
    { name: 'course', type: 'relationship', relationTo: 'courses', required: true, index: true, label: l('Course', 'Cours') },
    { name: 'module', type: 'relationship', relationTo: 'course-modules', index: true, label: l('Module (empty = directly in the course)', 'Module (vide = directement dans le cours)') },
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 255, label: l('Title', 'Titre') },
    { name: 'description', type: 'textarea', localized: true, label: l('Description', 'Description') },
    { name: 'contentType', type: 'select', required: true, defaultValue: 'text', index: true, label: l('Content type', 'Type de contenu'),
      options: bilingualOptions(CONTENT_TYPES, { video: ['Video', 'Vidéo'], text: ['Text', 'Texte'], quiz: ['Quiz', 'Quiz'], h5p: ['H5P activity', 'Activité H5P'], assignment: ['Assignment', 'Devoir'], document: ['Document', 'Document'], audio: ['Audio', 'Audio'], presentation: ['Presentation', 'Présentation'] }) },
    { name: 'body', type: 'richText', localized: true, access: paid, label: l('Content', 'Contenu') },
    { name: 'media', type: 'upload', relationTo: 'media', access: paid, label: l('Media file', 'Fichier média') },
    { name: 'contentUrl', type: 'text', access: paid, label: l('Content URL (video, H5P…)', 'URL du contenu (vidéo, H5P…)') },
    { type: 'row', fields: [
      { name: 'durationMinutes', type: 'number', min: 0, label: l('Duration (minutes)', 'Durée (minutes)') },
      { name: 'required', type: 'checkbox', defaultValue: true, label: l('Required to complete the course', 'Obligatoire pour terminer le cours') },
    ] },
    { name: 'isFreePreview', type: 'checkbox', defaultValue: false, index: true, label: l('Free preview (content public even in a paid course)', 'Aperçu gratuit (contenu public même dans un cours payant)') },
  ],
}
