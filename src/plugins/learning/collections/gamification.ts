/** Badges, XP, streaks and challenges. Earned records are written by the server only. */
import type { CollectionConfig } from 'payload'

import { anyone, isAdmin } from '../../../access'
import { badgeEndpoints, userBadgeEndpoints } from '../endpoints/badges'
import { GROUP, l } from '../labels'
import { BADGE_CRITERIA, CHALLENGE_CRITERIA } from '../services/criteria'
import { adminOnly, readOwnOrCourse } from './system'

const ro = { readOnly: true }
const noWrite = { create: () => false, update: () => false, delete: adminOnly }

export const Badges: CollectionConfig = {
  slug: 'badges',
  labels: { singular: l('Badge', 'Badge'), plural: l('Badges', 'Badges') },
  admin: { group: GROUP, useAsTitle: 'name', defaultColumns: ['name', 'tier', 'category', 'active'] },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  endpoints: badgeEndpoints,
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: l('Name', 'Nom') },
    { name: 'description', type: 'textarea', localized: true, label: l('Description', 'Description') },
    { name: 'icon', type: 'upload', relationTo: 'media', label: l('Icon', 'Icône') },
    { type: 'row', fields: [
      { name: 'tier', type: 'select', required: true, defaultValue: 'bronze', label: l('Tier', 'Rang'), options: [
        { value: 'bronze', label: 'Bronze' }, { value: 'silver', label: l('Silver', 'Argent') }, { value: 'gold', label: l('Gold', 'Or') }, { value: 'legendary', label: l('Legendary', 'Légendaire') },
      ] },
      { name: 'category', type: 'text', maxLength: 50, index: true, label: l('Category', 'Catégorie') },
      { name: 'active', type: 'checkbox', defaultValue: true, index: true, label: l('Active', 'Actif') },
    ] },
    { name: 'criteria', type: 'group', label: l('Criteria', "Critères d'obtention"), fields: [
      { name: 'type', type: 'select', required: true, options: BADGE_CRITERIA.map((c) => ({ value: c, label: c })), label: l('Type', 'Type') },
      { name: 'value', type: 'number', min: 1, defaultValue: 1, required: true, label: l('Threshold', 'Seuil') },
      { name: 'challenge', type: 'relationship', relationTo: 'challenges', label: l('Challenge (for challenge_completed)', 'Défi (pour challenge_completed)'), admin: { condition: (_, s) => s?.type === 'challenge_completed' } },
    ] },
    { name: 'criteriaNarrative', type: 'textarea', localized: true, label: l('How to earn it (text)', "Comment l'obtenir (texte)") },
  ],
}

export const UserBadges: CollectionConfig = {
  slug: 'user-badges',
  labels: { singular: l('Earned badge', 'Badge obtenu'), plural: l('Earned badges', 'Badges obtenus') },
  admin: { group: GROUP, defaultColumns: ['user', 'badge', 'earnedAt'] },
  access: { read: readOwnOrCourse(), ...noWrite },
  endpoints: userBadgeEndpoints,
  indexes: [{ fields: ['user', 'badge'], unique: true }],
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, admin: ro, label: l('Learner', 'Apprenant') },
    { name: 'badge', type: 'relationship', relationTo: 'badges', required: true, index: true, admin: ro, label: l('Badge', 'Badge') },
    { name: 'earnedAt', type: 'date', required: true, admin: ro, label: l('Earned at', 'Obtenu le') },
    // set by POST /api/user-badges/:id/revoke; the Open Badges revocation list publishes it
    { name: 'revokedAt', type: 'date', admin: ro, label: l('Revoked at', 'Révoqué le') },
    { name: 'revokedReason', type: 'textarea', admin: ro, label: l('Revocation reason', 'Motif de révocation') },
  ],
}

export const UserXp: CollectionConfig = {
  slug: 'user-xp',
  labels: { singular: l('XP total', 'Total XP'), plural: l('XP totals', 'Totaux XP') },
  admin: { group: GROUP, defaultColumns: ['user', 'totalXp', 'level', 'levelName'] },
  access: { read: readOwnOrCourse(), ...noWrite },
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, unique: true, admin: ro, label: l('Learner', 'Apprenant') },
    { name: 'totalXp', type: 'number', defaultValue: 0, min: 0, index: true, admin: ro, label: l('Total XP', 'XP total') },
    { name: 'level', type: 'number', defaultValue: 1, min: 1, admin: ro, label: l('Level', 'Niveau') },
    { name: 'levelName', type: 'text', admin: ro, label: l('Level name', 'Nom du niveau') },
  ],
}

export const XpEvents: CollectionConfig = {
  slug: 'xp-events',
  labels: { singular: l('XP event', 'Gain XP'), plural: l('XP history', 'Historique XP') },
  admin: { group: GROUP, defaultColumns: ['user', 'action', 'xp', 'createdAt'] },
  access: { read: readOwnOrCourse(), ...noWrite },
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, admin: ro },
    { name: 'action', type: 'text', required: true, index: true, admin: ro },
    { name: 'xp', type: 'number', required: true, admin: ro },
    /** One award per key (e.g. lesson_completed:12:34): replays and races add nothing. */
    { name: 'sourceKey', type: 'text', required: true, unique: true, admin: ro },
    { name: 'course', type: 'relationship', relationTo: 'courses', index: true, admin: ro },
    { name: 'category', type: 'relationship', relationTo: 'course-categories', index: true, admin: ro },
  ],
}

export const UserStreaks: CollectionConfig = {
  slug: 'user-streaks',
  labels: { singular: l('Streak', 'Série'), plural: l('Streaks', 'Séries') },
  admin: { group: GROUP, defaultColumns: ['user', 'dailyStreak', 'longestDailyStreak', 'perfectQuizStreak', 'lastActivityDate'] },
  access: { read: readOwnOrCourse(), ...noWrite },
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, unique: true, admin: ro },
    { name: 'timezone', type: 'text', defaultValue: 'UTC', admin: ro, label: l('Time zone', 'Fuseau horaire') },
    { name: 'dailyStreak', type: 'number', defaultValue: 0, min: 0, admin: ro, label: l('Daily streak', 'Série quotidienne') },
    { name: 'longestDailyStreak', type: 'number', defaultValue: 0, min: 0, admin: ro, label: l('Longest daily streak', 'Plus longue série') },
    { name: 'lastActivityDate', type: 'text', admin: ro, label: l('Last activity (local date)', 'Dernière activité (date locale)') },
    { name: 'perfectQuizStreak', type: 'number', defaultValue: 0, min: 0, admin: ro, label: l('Perfect quiz streak', 'Série de quiz parfaits') },
    { name: 'longestPerfectQuizStreak', type: 'number', defaultValue: 0, min: 0, admin: ro },
  ],
}

export const Challenges: CollectionConfig = {
  slug: 'challenges',
  labels: { singular: l('Challenge', 'Défi'), plural: l('Challenges', 'Défis') },
  admin: { group: GROUP, useAsTitle: 'name', defaultColumns: ['name', 'type', 'startDate', 'endDate', 'active'] },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: l('Name', 'Nom') },
    { name: 'description', type: 'textarea', localized: true, label: l('Description', 'Description') },
    { name: 'type', type: 'select', required: true, defaultValue: 'weekly', label: l('Type', 'Type'), options: [
      { value: 'weekly', label: l('Weekly', 'Hebdomadaire') }, { value: 'monthly', label: l('Monthly', 'Mensuel') },
      { value: 'seasonal', label: l('Seasonal', 'Saisonnier') }, { value: 'event', label: l('Event', 'Événement') },
    ] },
    { name: 'criteria', type: 'group', label: l('Criteria', 'Conditions'), fields: [
      { name: 'type', type: 'select', required: true, options: CHALLENGE_CRITERIA.map((c) => ({ value: c, label: c })), label: l('Type', 'Type') },
      { name: 'value', type: 'number', min: 1, defaultValue: 1, required: true, label: l('Target', 'Objectif') },
    ] },
    { type: 'row', fields: [
      { name: 'rewardXp', type: 'number', min: 0, defaultValue: 0, label: l('Reward XP', 'XP de récompense') },
      { name: 'rewardBadge', type: 'relationship', relationTo: 'badges', label: l('Reward badge', 'Badge de récompense') },
    ] },
    { type: 'row', fields: [
      { name: 'startDate', type: 'date', required: true, label: l('Start', 'Début') },
      { name: 'endDate', type: 'date', required: true, label: l('End', 'Fin') },
      { name: 'active', type: 'checkbox', defaultValue: true, label: l('Active', 'Actif') },
    ] },
  ],
}

export const UserChallenges: CollectionConfig = {
  slug: 'user-challenges',
  labels: { singular: l('Challenge progress', 'Progression de défi'), plural: l('Challenge progress', 'Progression des défis') },
  admin: { group: GROUP, defaultColumns: ['user', 'challenge', 'progress', 'completed', 'rewardedAt'] },
  access: { read: readOwnOrCourse(), ...noWrite },
  indexes: [{ fields: ['user', 'challenge'], unique: true }],
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true, admin: ro },
    { name: 'challenge', type: 'relationship', relationTo: 'challenges', required: true, index: true, admin: ro },
    { name: 'progress', type: 'number', defaultValue: 0, min: 0, admin: ro, label: l('Progress', 'Progression') },
    { name: 'completed', type: 'checkbox', defaultValue: false, admin: ro, label: l('Completed', 'Terminé') },
    { name: 'completedAt', type: 'date', admin: ro },
    { name: 'rewardedAt', type: 'date', admin: ro, label: l('Rewarded at', 'Récompensé le') },
  ],
}
