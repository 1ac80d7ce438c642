/**
 * Admin view /admin/learning-stats: per-course statistics for the signed-in instructor (their own
 * courses) or for admins (every course). Same numbers as GET /api/courses/:id/stats.
 */
import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'

import { userIsAdmin } from '../../../access'
import { CategoryBarChart, DailyChart } from '../../../admin/dashboard/charts'
import { readWindow } from '../../../admin/dashboard'
import { dailySeries } from '../../../admin/dashboard/series'
import { courseStats } from '../services/stats'

const cell = { padding: '6px 10px', borderBottom: '1px solid var(--theme-elevation-150)', textAlign: 'left' as const }

export async function InstructorDashboard({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const user = req.user
  const fr = req.i18n?.language === 'fr'
  let rowsOut: Awaited<ReturnType<typeof courseStats>>[] = []
  if (user) {
    const courses = await req.payload.find({
      collection: 'courses',
      where: userIsAdmin(user) ? {} : { instructor: { equals: user.id } },
      limit: 100,
      depth: 0,
      draft: true,
      req,
      overrideAccess: true,
    })
    rowsOut = await Promise.all(courses.docs.map((c) => courseStats(req, c.id).catch(() => null))).then((r) => r.filter((x) => x !== null))
  }
  // the viewer's own access decides which enrollments count (an instructor: their courses' learners)
  const recent = user ? await readWindow<{ createdAt: string }>(req, 'enrollments', { id: true }).catch(() => []) : []
  const daily = dailySeries(recent, (e) => e.createdAt, () => 'enrollments')
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={user || undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <h1>{fr ? 'Statistiques des cours' : 'Course statistics'}</h1>
        {!user ? <p>{fr ? 'Connectez-vous.' : 'Please log in.'}</p> : null}
        {user && rowsOut.length === 0 ? <p>{fr ? 'Aucun cours.' : 'No courses yet.'}</p> : null}
        {rowsOut.length > 0 ? (
          <div style={{ display: 'grid', gap: 24, gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', margin: '16px 0' }}>
            <CategoryBarChart
              bars={[{ key: 'enrollments', label: fr ? 'Inscriptions' : 'Enrollments' }]}
              data={rowsOut.map((s) => ({ name: String(s.course.title), enrollments: s.enrollments.total }))}
              title={fr ? 'Inscriptions par cours' : 'Enrollments per course'}
            />
            <CategoryBarChart
              bars={[
                { key: 'completion', label: fr ? 'Complétion' : 'Completion' },
                { key: 'progress', label: fr ? 'Progression moyenne' : 'Average progress' },
                { key: 'quiz', label: fr ? 'Score moyen aux quiz' : 'Average quiz score' },
              ]}
              data={rowsOut.map((s) => ({ name: String(s.course.title), completion: s.completionRate, progress: s.averageProgress, quiz: s.quizzes.averageScore ?? 0 }))}
              title={fr ? 'Complétion, progression et quiz (%)' : 'Completion, progress and quizzes (%)'}
              unit=" %"
            />
            <DailyChart kind="bar" points={daily.points} series={daily.keys.map((k) => ({ key: k, label: fr ? 'Inscriptions' : 'Enrollments' }))} title={fr ? 'Inscriptions (30 jours)' : 'Enrollments (30 days)'} />
          </div>
        ) : null}
        {rowsOut.length > 0 ? (
          <table style={{ borderCollapse: 'collapse', width: '100%', marginTop: 16 }}>
            <thead>
              <tr>
                <th style={cell}>{fr ? 'Cours' : 'Course'}</th>
                <th style={cell}>{fr ? 'Inscriptions' : 'Enrollments'}</th>
                <th style={cell}>{fr ? 'Taux de complétion' : 'Completion rate'}</th>
                <th style={cell}>{fr ? 'Progression moyenne' : 'Average progress'}</th>
                <th style={cell}>{fr ? 'Score moyen aux quiz' : 'Average quiz score'}</th>
                <th style={cell}>{fr ? 'Question la plus difficile' : 'Hardest question'}</th>
              </tr>
            </thead>
            <tbody>
              {rowsOut.map((s) => (
                <tr key={String(s.course.id)}>
                  <td style={cell}>
                    <a href={`/admin/collections/courses/${s.course.id}`}>{String(s.course.title)}</a>
                  </td>
                  <td style={cell}>{s.enrollments.total}</td>
                  <td style={cell}>{s.completionRate} %</td>
                  <td style={cell}>{s.averageProgress} %</td>
                  <td style={cell}>{s.quizzes.averageScore ?? '—'}{s.quizzes.averageScore !== null ? ' %' : ''}</td>
                  <td style={cell}>{s.hardestQuestions[0] ? `${s.hardestQuestions[0].text ?? s.hardestQuestions[0].question} (${s.hardestQuestions[0].correctRate} %)` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </Gutter>
    </DefaultTemplate>
  )
}
