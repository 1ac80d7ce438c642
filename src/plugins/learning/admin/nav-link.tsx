'use client'
/** Navigation entry of the course statistics view, for instructors and admins. */
import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'

export function LearningStatsNavLink() {
  const { user } = useAuth<{ roles?: string[] }>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  if (!user?.roles?.some((r) => r === 'admin' || r === 'instructor' || r === 'editor')) return null
  return (
    <a className="nav__link" href={`${config.routes.admin}/learning-stats`} id="nav-learning-stats" style={{ display: 'block', padding: '4px 0' }}>
      <span className="nav__link-label">{i18n.language === 'en' ? 'Course statistics' : 'Statistiques des cours'}</span>
    </a>
  )
}
