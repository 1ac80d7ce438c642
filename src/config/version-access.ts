/**
 * Versions are readable only by those who may read the document as it was in that version.
 *
 * Payload reads versions (`/api/<slug>/versions`, `/versions/:id`, GraphQL `versions<Slug>`,
 * `version<Slug>`) with `access.readVersions`, which defaults to "any signed-in user": every
 * unpublished draft of a course or a lesson was open to every learner.
 *
 * Rule, for every collection that keeps versions and sets no `readVersions` of its own: the
 * collection's `read` access, applied both to the version's snapshot and to its document as it is
 * now. `true` and `false` stay as they are; a `Where` on the document is re-rooted on the version
 * (`_status` → `version._status`, `course.instructor` → `version.course.instructor`) and on its
 * document (`parent._status`, `parent.course.instructor`); `id` → `parent`. A learner who may read
 * only published courses thus sees only published versions of courses published now; the
 * instructor of a course and admins see all of its drafts. Globals that keep versions and set no `readVersions` take their `update`
 * access (a global's read access cannot tell a draft from the published document).
 */
import type { Access, Config, Where } from 'payload'

const isRow = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function reroot(where: Where, prefix: string): Where {
  const out: Where = {}
  for (const [key, value] of Object.entries(where)) {
    if (['and', 'or'].includes(key.toLowerCase()) && Array.isArray(value)) out[key] = value.map((w) => (isRow(w) ? reroot(w as Where, prefix) : w)) as Where[]
    else out[key === 'id' ? 'parent' : `${prefix}${key}`] = value as Where[string]
  }
  return out
}

/** The constraint on a version's snapshot: `field` → `version.field`, `id` → `parent`. */
export const onVersion = (where: Where): Where => reroot(where, 'version.')

/** The constraint on a version's document as it is now: `field` → `parent.field`, `id` → `parent`. */
export const onParent = (where: Where): Where => reroot(where, 'parent.')

/**
 * `read` turned into a `readVersions`: a version is readable when the rule admits both its
 * snapshot (no draft for who reads only published documents) and its document as it is now (no
 * old published version of a document taken back to draft).
 */
export const versionsReadFrom =
  (read: Access): Access =>
  async (args) => {
    const result = await read(args)
    return isRow(result) ? { and: [onVersion(result as Where), onParent(result as Where)] } : result
  }

const signedIn: Access = ({ req }) => Boolean(req.user)

/** A config transformer; runs after the plugins so that it sees every collection and global. */
export const versionAccess = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((c) =>
    c.versions && !c.access?.readVersions ? { ...c, access: { ...c.access, readVersions: versionsReadFrom(c.access?.read ?? signedIn) } } : c,
  ),
  globals: (config.globals ?? []).map((g) =>
    g.versions && !g.access?.readVersions ? { ...g, access: { ...g.access, readVersions: g.access?.update ?? signedIn } } : g,
  ),
})
