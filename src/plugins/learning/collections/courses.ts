import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { isAdminField, userIsAdmin } from '../../../access'
import { canAuthor, isInstructor, ownCourseContent, readPublishedOrOwn } from '../access'
import { courseEndpoints } from '../endpoints/courses'
import { GROUP, l } from '../labels'
import { syncCourseAttachments } from '../services/paid-content'
import { slugify } from '../services/slug'
import { moneyAdmin } from '../../../admin/fields'

const nobodyField = () => false

/** Instructors always author as themselves; the slug comes from the title when not given. */
const setInstructorAndSlug: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (req.user && !userIsAdmin(req.user) && isInstructor(req.user)) {
    data.instructor = operation === 'create' ? req.user.id : (originalDoc?.instructor ?? req.user.id)
  }
  if (!data.slug && (data.title || originalDoc?.title)) {
    const title = typeof data.title === 'string' ? data.title : originalDoc?.title
    data.slug = slugify(String(title))
  }
  if (data.startDate && data.endDate && new Date(data.startDate) > new Date(data.endDate)) {
    throw new (await import('payload')).ValidationError({ collection: 'courses', errors: [{ path: 'endDate', message: 'The end date must be after the start date.' }] })
  }
  return data
}

export const Courses: CollectionConfig = {
  slug: 'courses',
  labels: { singular: l('Course', 'Cours'), plural: l('Courses', 'Cours') },
  admin: { group: GROUP, useAsTitle: 'title', defaultColumns: ['title', 'instructor', 'category', '_status', 'enrollmentCount'] },
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: readPublishedOrOwn({ _status: { equals: 'published' } }, 'instructor'),
    create: canAuthor,
    update: ownCourseContent('instructor'),
    delete: ownCourseContent('instructor'),
  },
  hooks: { beforeChange: [setInstructorAndSlug], afterChange: [syncCourseAttachments] },
  endpoints: courseEndpoints,
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 255, label: l('Title', 'Titre') },
    { name: 'slug', type: 'text', unique: true, index: true, maxLength: 255, label: l('Slug', 'Slug'), admin: { position: 'sidebar', description: l('Made from the title when empty.', 'Construit à partir du titre si vide.') } },
    { name: 'instructor', type: 'relationship', relationTo: 'users', required: true, index: true, label: l('Instructor', 'Formateur'), access: { update: isAdminField }, admin: { position: 'sidebar' }, defaultValue: ({ user }) => user?.id },
    { name: 'category', type: 'relationship', relationTo: 'course-categories', required: true, index: true, label: l('Category', 'Catégorie') },
    { name: 'prerequisite', type: 'relationship', relationTo: 'courses', label: l('Prerequisite course', 'Cours prérequis'), filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true) },
    { name: 'shortDescription', type: 'textarea', localized: true, maxLength: 500, label: l('Short description', 'Description courte') },
    { name: 'description', type: 'richText', localized: true, label: l('Description', 'Description') },
    { type: 'row', fields: [
      { name: 'thumbnail', type: 'upload', relationTo: 'media', label: l('Thumbnail', 'Vignette') },
      { name: 'introVideo', type: 'upload', relationTo: 'media', label: l('Intro video', 'Vidéo de présentation') },
    ] },
    { name: 'introVideoUrl', type: 'text', label: l('Intro video URL', 'URL de la vidéo de présentation') },
    { type: 'row', fields: [
      { name: 'durationMinutes', type: 'number', min: 0, label: l('Duration (minutes)', 'Durée (minutes)') },
      { name: 'difficulty', type: 'select', defaultValue: 'beginner', options: [
        { value: 'beginner', label: l('Beginner', 'Débutant') },
        { value: 'intermediate', label: l('Intermediate', 'Intermédiaire') },
        { value: 'advanced', label: l('Advanced', 'Avancé') },
      ], label: l('Difficulty', 'Difficulté') },
      { name: 'language', type: 'select', defaultValue: 'fr', options: [{ value: 'fr', label: 'Français' }, { value: 'en', label: 'English' }], label: l('Language', 'Langue') },
    ] },
    { type: 'row', fields: [
      { name: 'price', type: 'number', min: 0, defaultValue: 0, required: true, admin: moneyAdmin({ currencyPath: 'currency' }, { description: l('0 = free', '0 = gratuit') }), label: l('Price', 'Prix'), validate: (v: unknown) => (v == null || Number.isInteger(v) ? true : 'The price is an integer in minor units.') },
      { name: 'currency', type: 'text', defaultValue: 'XOF', required: true, minLength: 3, maxLength: 3, label: l('Currency (ISO 4217)', 'Devise (ISO 4217)'), validate: (v: unknown) => (/^[A-Z]{3}$/.test(String(v ?? '')) ? true : 'Use a 3-letter ISO currency code such as XOF or EUR.') },
    ] },
    { name: 'featured', type: 'checkbox', defaultValue: false, label: l('Featured', 'Mis en avant'), admin: { position: 'sidebar' } },
    { type: 'row', fields: [
      { name: 'enrollmentDeadline', type: 'date', label: l('Enrollment deadline', "Date limite d'inscription"), admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'startDate', type: 'date', label: l('Start date', 'Date de début') },
      { name: 'endDate', type: 'date', label: l('End date', 'Date de fin') },
    ] },
    { name: 'certificateValidityMonths', type: 'number', min: 1, label: l('Certificate validity (months, empty = no expiry)', 'Validité du certificat (mois, vide = sans expiration)') },
    { name: 'enrollmentCount', type: 'number', defaultValue: 0, min: 0, label: l('Enrollments', 'Inscriptions'), access: { create: nobodyField, update: nobodyField }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'rating', type: 'number', defaultValue: 0, min: 0, max: 5, label: l('Rating', 'Note'), access: { create: nobodyField, update: nobodyField }, admin: { readOnly: true, position: 'sidebar' } },
    // the course's outline in the admin, in the learners' order, each row a link to edit it (nothing stored)
    { name: 'modules', type: 'join', collection: 'course-modules', on: 'course', defaultSort: '_order', defaultLimit: 50, label: l('Modules (in order)', 'Modules (dans l’ordre)'), admin: { defaultColumns: ['title', 'unlockRule'] } },
    { name: 'lessons', type: 'join', collection: 'lessons', on: 'course', defaultSort: '_order', defaultLimit: 100, label: l('Lessons (in order)', 'Leçons (dans l’ordre)'), admin: { defaultColumns: ['title', 'module', 'contentType', '_status'] } },
  ],
}
