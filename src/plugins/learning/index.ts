/**
 * Learning plugin: courses, modules, lessons, quizzes, enrollments, progress, certificates,
 * badges (Open Badges 3.0), XP/levels, streaks, challenges and leaderboards.
 * Public API for other plugins: `activatePaidEnrollment` / `cancelPendingEnrollment`.
 */
import type { CollectionConfig, Config, Plugin } from 'payload'

import { Certificates } from './collections/certificates'
import { CourseCategories } from './collections/course-categories'
import { CourseModules } from './collections/course-modules'
import { Courses } from './collections/courses'
import { Enrollments } from './collections/enrollments'
import { Badges, Challenges, UserBadges, UserChallenges, UserStreaks, UserXp, XpEvents } from './collections/gamification'
import { LessonProgress } from './collections/lesson-progress'
import { Lessons } from './collections/lessons'
import { QuizAttempts } from './collections/quiz-attempts'
import { QuizQuestions } from './collections/quiz-questions'
import { Quizzes } from './collections/quizzes'
import { addMessageAudience } from '../notifications'
import { rootEndpoints } from './endpoints/root'
import { LEARNING_QUEUE, evaluateBadgesTask, resetStreaksTask } from './jobs'
import { registerMediaGrantResolver } from '../../collections/media-access'
import { courseAudience } from './services/course-audience'
import { COURSE_GRANT, courseGrantsOf } from './services/paid-content'
import type { Role } from '../../access/roles'
import { addDashboardWidgets } from '../../admin/dashboard'
import { asSystem, forRoles } from '../../admin/visibility'

export { activatePaidEnrollment, cancelPendingEnrollment } from './services/enrollment'

/** Re-checks every learner when an admin creates, changes or re-activates a badge. */
const withBadgeJob = (badges: CollectionConfig): CollectionConfig => ({
  ...badges,
  hooks: {
    ...badges.hooks,
    afterChange: [
      ...(badges.hooks?.afterChange ?? []),
      async ({ doc, req }) => {
        if (doc.active) await req.payload.jobs.queue({ task: 'learning-evaluate-badges', input: { badge: doc.id }, queue: LEARNING_QUEUE, req })
        return doc
      },
    ],
  },
})

// a paid lesson's attachment is readable by the course's learners and instructor
registerMediaGrantResolver(COURSE_GRANT, courseGrantsOf)

/** Adds the collections, jobs and views; and a course's learners as a `messages` audience. */
export const learningPlugin: Plugin = (config: Config): Config =>
  addDashboardWidgets(addMessageAudience(withLearning(config), courseAudience), [
    { slug: 'learning-overview', Component: '/plugins/learning/admin/dashboard-widget#LearningWidget', label: { en: 'Learning', fr: 'Formation' }, roles: ['instructor', 'editor'], order: 20, width: 'medium' },
  ])

/** Who works with learning in the admin (admins see everything). */
const LEARNING_ROLES: Role[] = ['instructor', 'editor']

const withLearning = (config: Config): Config => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), '/plugins/learning/admin/nav-link#LearningStatsNavLink'],
      views: {
        ...config.admin?.components?.views,
        // instructor dashboard: /admin/learning-stats
        learningStats: { Component: '/plugins/learning/admin/instructor-dashboard.tsx#InstructorDashboard', path: '/learning-stats' },
      },
    },
  },
  collections: [
    ...(config.collections ?? []),
    ...forRoles(
      [CourseCategories, Courses, CourseModules, Lessons, Quizzes, QuizQuestions, QuizAttempts, Enrollments, LessonProgress, Certificates, withBadgeJob(Badges), UserBadges, UserXp, UserStreaks, Challenges, UserChallenges],
      LEARNING_ROLES,
    ),
    // XP history: internal records
    asSystem(XpEvents),
  ],
  endpoints: [...(config.endpoints ?? []), ...rootEndpoints],
  jobs: {
    ...config.jobs,
    tasks: [...(config.jobs?.tasks ?? []), resetStreaksTask, evaluateBadgesTask],
  },
})
