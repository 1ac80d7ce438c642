/**
 * Competitions (seed 000 "Competition"), their categories (Jack & Jill, Strictly, Showcase… with a
 * level), couples' entries and judges' scores. Status moves through one table
 * (services/competition-rules.ts) via POST /api/competitions/:id/status and
 * /publish-results; ranks and totals are written by the server at publication only.
 */
import type { CollectionConfig, FieldAccess } from 'payload'

import { hasRole, isAdmin, isAdminField, isAuthenticated, or, userIsAdmin } from '../../../../access'
import { badRequest, conflict, forbidden } from '../../../../endpoints/http'
import { slugify } from '../../../../lib/slugify'
import { GROUP } from '../../shared'
import { competitionEndpoints, entryEndpoints } from '../endpoints/competitions'
import { readCompetitions, readEntries, readScores, readUnderCompetition, updateOwnScores } from '../services/competition-access'
import { type Competition, COMPETITION_STATUSES, ENTRY_STATUSES, isOrganizerOf } from '../services/competition-rules'
import { claimEntrySlots, prepareEntry } from '../services/entries'
import { prepareScore } from '../services/scores'
import { DANCE_LEVELS, idOf, intField, load, serverOnly } from '../fields'

const ownCompetition = ({ req }: { req: { user?: { id: number | string } | null } }) => (req.user ? { organizer: { equals: req.user.id } } : false)
const label = (en: string, fr: string) => ({ en, fr })
const dateTime = (name: string, en: string, fr: string) => ({ name, type: 'date' as const, required: true, admin: { date: { pickerAppearance: 'dayAndTime' as const } }, label: label(en, fr) })
const noUpdate: FieldAccess = () => false

const STATUS_LABELS: Record<string, [string, string]> = {
  draft: ['Draft', 'Brouillon'],
  open: ['Registrations open', 'Inscriptions ouvertes'],
  closed: ['Registrations closed', 'Inscriptions closes'],
  judging: ['Judging', 'Jugement en cours'],
  published: ['Results published', 'Résultats publiés'],
}

export const Competitions: CollectionConfig = {
  slug: 'competitions',
  labels: { singular: label('Competition', 'Compétition'), plural: label('Competitions', 'Compétitions') },
  admin: { group: GROUP, useAsTitle: 'name', defaultColumns: ['name', 'status', 'date', 'city'] },
  access: { read: readCompetitions, create: hasRole('organizer'), update: or(isAdmin, ownCompetition as never), delete: isAdmin },
  endpoints: competitionEndpoints,
  hooks: {
    beforeValidate: [
      ({ data }) => {
        if (data && !data.slug && typeof data.name === 'string') data.slug = `${slugify(data.name, 'competition')}-${Date.now().toString(36)}`
        return data
      },
    ],
    beforeChange: [
      ({ data, operation, originalDoc, req }) => {
        if (operation === 'create' && req.user && !userIsAdmin(req.user)) data.organizer = req.user.id
        const m = { ...originalDoc, ...data } as Competition
        if (new Date(m.registrationClosesAt) <= new Date(m.registrationOpensAt)) throw badRequest('registrationClosesAt: must be after registrationOpensAt')
        if (new Date(m.date) < new Date(m.registrationClosesAt)) throw badRequest('date: the competition cannot be before registrations close')
        if (operation === 'update' && originalDoc && ['judging', 'published'].includes(originalDoc.status) && data.judges !== undefined) {
          const before = (originalDoc.judges ?? []).map(idOf).sort().join(',')
          if ((data.judges ?? []).map(idOf).sort().join(',') !== before) throw conflict(`The judges cannot change once the competition is ${originalDoc.status}.`)
        }
        return data
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, label: label('Name', 'Nom') },
    { name: 'slug', type: 'text', unique: true, maxLength: 240, label: label('Slug', 'Slug') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      access: serverOnly,
      options: COMPETITION_STATUSES.map((value) => ({ value, label: label(...STATUS_LABELS[value]) })),
      admin: { position: 'sidebar', readOnly: true, description: label('Changed through the status actions', 'Modifié par les actions de statut') },
      label: label('Status', 'Statut'),
    },
    { name: 'organizer', type: 'relationship', relationTo: 'users', index: true, access: { update: isAdminField }, admin: { position: 'sidebar' }, label: label('Organizer', 'Organisateur') },
    { name: 'style', type: 'relationship', relationTo: 'dance-styles', label: label('Dance style', 'Style de danse') },
    { name: 'description', type: 'textarea', maxLength: 5000, label: label('Description', 'Description') },
    { name: 'rules', type: 'textarea', maxLength: 10000, label: label('Rules', 'Règlement') },
    { type: 'row', fields: [dateTime('registrationOpensAt', 'Registrations open', 'Ouverture des inscriptions'), dateTime('registrationClosesAt', 'Registrations close', 'Clôture des inscriptions'), dateTime('date', 'Competition date', 'Date de la compétition')] },
    { type: 'row', fields: [{ name: 'venue', type: 'text', maxLength: 200, label: label('Venue', 'Lieu') }, { name: 'city', type: 'text', maxLength: 120, label: label('City', 'Ville') }] },
    { name: 'judges', type: 'relationship', relationTo: 'artists', hasMany: true, maxRows: 30, label: label('Judges', 'Juges') },
    {
      name: 'prizes',
      type: 'array',
      maxRows: 20,
      label: label('Prizes', 'Dotations'),
      fields: [intField('rank', 'Rank', 'Place', 1, 100, { required: true }), { name: 'prize', type: 'text', required: true, maxLength: 300, label: label('Prize', 'Dotation') }],
    },
    { name: 'resultsPublishedAt', type: 'date', access: serverOnly, admin: { readOnly: true, position: 'sidebar' }, label: label('Results published at', 'Résultats publiés le') },
  ],
}

export const CATEGORY_KINDS = [
  { value: 'jack-and-jill', label: label('Jack & Jill', 'Jack & Jill') },
  { value: 'strictly', label: label('Strictly', 'Strictly') },
  { value: 'showcase', label: label('Showcase', 'Showcase') },
  { value: 'classic', label: label('Classic', 'Classique') },
]

export const CompetitionCategories: CollectionConfig = {
  slug: 'competition-categories',
  labels: { singular: label('Competition category', 'Catégorie de compétition'), plural: label('Competition categories', 'Catégories de compétition') },
  admin: { group: GROUP, useAsTitle: 'name', defaultColumns: ['name', 'competition', 'kind', 'level'] },
  access: { read: readUnderCompetition, create: hasRole('organizer'), update: or(isAdmin, ({ req }) => (req.user ? { 'competition.organizer': { equals: req.user.id } } : false)), delete: isAdmin },
  hooks: {
    beforeChange: [
      async ({ data, operation, req }) => {
        if (operation !== 'create') return data
        const competition = await load<Competition>(req, 'competitions', idOf(data.competition))
        if (!competition) throw badRequest('competition: unknown competition.')
        if (req.user && !isOrganizerOf(req, competition)) throw forbidden('competition: you can only add categories to your own competitions.')
        return data
      },
    ],
  },
  fields: [
    { name: 'competition', type: 'relationship', relationTo: 'competitions', required: true, index: true, access: { update: noUpdate }, label: label('Competition', 'Compétition') },
    { name: 'name', type: 'text', required: true, maxLength: 120, label: label('Name', 'Nom') },
    { type: 'row', fields: [
      { name: 'kind', type: 'select', required: true, defaultValue: 'jack-and-jill', options: CATEGORY_KINDS, label: label('Kind', 'Type') },
      { name: 'level', type: 'select', options: [...DANCE_LEVELS, { value: 'open', label: label('Open', 'Toutes catégories') }], defaultValue: 'open', label: label('Level', 'Niveau') },
    ] },
  ],
}

const results = { ...serverOnly }

export const CompetitionEntries: CollectionConfig = {
  slug: 'competition-entries',
  labels: { singular: label('Competition entry', 'Inscription en compétition'), plural: label('Competition entries', 'Inscriptions en compétition') },
  admin: { group: GROUP, defaultColumns: ['category', 'leader', 'follower', 'status', 'rank', 'totalScore'] },
  access: { read: readEntries, create: isAuthenticated, update: isAdmin, delete: isAdmin },
  endpoints: entryEndpoints,
  hooks: { beforeChange: [prepareEntry], afterChange: [claimEntrySlots] },
  fields: [
    { name: 'category', type: 'relationship', relationTo: 'competition-categories', required: true, index: true, access: { update: noUpdate }, label: label('Category', 'Catégorie') },
    { name: 'competition', type: 'relationship', relationTo: 'competitions', index: true, access: serverOnly, admin: { readOnly: true }, label: label('Competition', 'Compétition') },
    { name: 'leader', type: 'relationship', relationTo: 'users', index: true, access: serverOnly, admin: { readOnly: true, description: label('The logged-in user who registers the couple', 'L’utilisateur connecté qui inscrit le couple') }, label: label('Leader', 'Leader') },
    { name: 'follower', type: 'relationship', relationTo: 'users', required: true, index: true, access: { update: noUpdate }, label: label('Follower', 'Follower') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      access: serverOnly,
      options: ENTRY_STATUSES.map((value) => ({ value, label: { pending: label('Waiting for the follower', 'En attente du follower'), confirmed: label('Confirmed', 'Confirmée'), cancelled: label('Cancelled', 'Annulée') }[value] })),
      admin: { position: 'sidebar', readOnly: true },
      label: label('Status', 'Statut'),
    },
    { name: 'confirmedAt', type: 'date', access: serverOnly, admin: { readOnly: true, position: 'sidebar' }, label: label('Confirmed at', 'Confirmée le') },
    { name: 'rank', type: 'number', min: 1, access: results, admin: { readOnly: true, description: label('Written when results are published', 'Écrit à la publication des résultats') }, label: label('Rank', 'Classement') },
    { name: 'totalScore', type: 'number', min: 0, access: results, admin: { readOnly: true }, label: label('Total score', 'Score total') },
  ],
}

export const ROUNDS = [
  { value: 'preliminary', label: label('Preliminary', 'Qualifications') },
  { value: 'semi-final', label: label('Semi-final', 'Demi-finale') },
  { value: 'final', label: label('Final', 'Finale') },
]

export const CompetitionScores: CollectionConfig = {
  slug: 'competition-scores',
  labels: { singular: label('Judge score', 'Note de juge'), plural: label('Judge scores', 'Notes des juges') },
  admin: { group: GROUP, defaultColumns: ['entry', 'judge', 'round', 'score'] },
  access: { read: readScores, create: isAuthenticated, update: updateOwnScores, delete: isAdmin },
  indexes: [{ fields: ['judge', 'entry', 'round'], unique: true }],
  hooks: { beforeChange: [prepareScore] },
  fields: [
    { name: 'entry', type: 'relationship', relationTo: 'competition-entries', required: true, index: true, access: { update: noUpdate }, label: label('Entry', 'Inscription') },
    { name: 'competition', type: 'relationship', relationTo: 'competitions', index: true, access: serverOnly, admin: { readOnly: true }, label: label('Competition', 'Compétition') },
    { name: 'judge', type: 'relationship', relationTo: 'artists', index: true, access: serverOnly, admin: { readOnly: true, description: label('The logged-in judge', 'Le juge connecté') }, label: label('Judge', 'Juge') },
    { name: 'round', type: 'select', required: true, defaultValue: 'final', options: ROUNDS, access: { update: noUpdate }, label: label('Round', 'Tour') },
    {
      name: 'score',
      type: 'number',
      required: true,
      min: 0,
      max: 10,
      validate: (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 10 && Math.abs(Math.round(v * 100) - v * 100) < 1e-6 ? true : 'score: must be a number from 0 to 10 (at most 2 decimals)'),
      label: label('Score (0–10)', 'Note (0–10)'),
    },
  ],
}

export const COMPETITION_COLLECTIONS = [Competitions, CompetitionCategories, CompetitionEntries, CompetitionScores]
