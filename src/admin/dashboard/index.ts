/**
 * The home dashboard's one registration point. A plugin adds its widgets in its own config
 * transform with `addDashboardWidgets(config, [...])`; a plugin switched off adds nothing, so its
 * widgets are not there. The core builds the default layout from what was registered: each user
 * sees the widgets of the roles they hold (admins see all), in `order`, instead of Payload's wall
 * of collection cards (still available from the dashboard's "add widget" menu).
 *
 * Widgets are Payload dashboard widgets (`admin.dashboard.widgets`): a server component that
 * receives `{ req, widgetSlug, widgetData }`; draw charts with `./charts` (recharts).
 */
import type { Config, PayloadRequest, Widget, WidgetWidth } from 'payload'

import type { Role } from '../../access/roles'

export type DashboardWidget = Widget & {
  /** Roles that get it in their default layout; admins always do. Omitted: every admin-panel user. */
  roles?: Role[]
  /** Place in the default layout (lower first). */
  order?: number
  width?: WidgetWidth
}

type Registered = { slug: string; roles?: Role[]; order: number; width: WidgetWidth }

const CUSTOM_KEY = 'vibeDashboardWidgets'

export function addDashboardWidgets(config: Config, widgets: DashboardWidget[]): Config {
  const registered: Registered[] = [...((config.custom?.[CUSTOM_KEY] as Registered[] | undefined) ?? [])]
  const payloadWidgets: Widget[] = [...(config.admin?.dashboard?.widgets ?? [])]
  for (const { roles, order = 100, width = 'medium', ...widget } of widgets) {
    if (payloadWidgets.some((w) => w.slug === widget.slug)) throw new Error(`dashboard widget "${widget.slug}" is registered twice`)
    payloadWidgets.push({ minWidth: 'small', maxWidth: 'full', ...widget })
    registered.push({ slug: widget.slug, roles, order, width })
  }
  return {
    ...config,
    custom: { ...config.custom, [CUSTOM_KEY]: registered },
    admin: { ...config.admin, dashboard: { ...config.admin?.dashboard, widgets: payloadWidgets, defaultLayout: defaultLayout } },
  }
}

/** The widgets registered for this user's roles, in order. */
export function defaultLayout({ req }: { req: PayloadRequest }) {
  const registered = ((req.payload.config.custom?.[CUSTOM_KEY] as Registered[] | undefined) ?? []).slice().sort((a, b) => a.order - b.order)
  const roles = ((req.user as { roles?: Role[] } | null)?.roles ?? []) as Role[]
  const isAdmin = roles.includes('admin')
  return registered
    .filter((w) => isAdmin || !w.roles || w.roles.some((r) => roles.includes(r)))
    .map((w) => ({ widgetSlug: w.slug, width: w.width }) as never)
}

/**
 * Documents of `collection` created (or dated by `dateField`) in the last 30 days that the reader
 * may read: the widget shows each user only what their access gives them.
 */
export async function readWindow<T = Record<string, unknown>>(req: PayloadRequest, collection: string, select: Record<string, true>, where: Record<string, unknown> = {}, dateField = 'createdAt'): Promise<T[]> {
  const { windowStart } = await import('./series')
  const result = await req.payload.find({
    collection: collection as never,
    where: { and: [{ [dateField]: { greater_than_equal: windowStart() } }, where] } as never,
    select: { ...select, [dateField]: true } as never,
    depth: 0,
    limit: 10_000,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return result.docs as T[]
}

/** How many documents match, as the reader may see them. */
export async function countFor(req: PayloadRequest, collection: string, where: Record<string, unknown>): Promise<number> {
  const { totalDocs } = await req.payload.count({ collection: collection as never, where: where as never, overrideAccess: false, user: req.user, req })
  return totalDocs
}

/** Link to a collection's list filtered by `where` (the admin's query-string format). */
export function listLink(req: PayloadRequest, collection: string, where: Record<string, Record<string, string>>): string {
  const params = new URLSearchParams()
  for (const [field, ops] of Object.entries(where)) for (const [op, value] of Object.entries(ops)) params.set(`where[${field}][${op}]`, value)
  return `${req.payload.config.routes.admin}/collections/${collection}?${params.toString()}`
}
