import type { Access, Config } from 'payload'

import { describe, expect, it } from 'vitest'

import { onParent, onVersion, versionAccess, versionsReadFrom } from './version-access'

const call = (access: Access | undefined, user: unknown) => access?.({ req: { user } } as never)

describe('onVersion', () => {
  it('re-roots a document constraint on the versions table, and/or included', () => {
    expect(
      onVersion({ or: [{ _status: { equals: 'published' } }, { and: [{ 'course.instructor': { equals: 7 } }, { id: { in: [1, 2] } }] }] }),
    ).toEqual({
      or: [{ 'version._status': { equals: 'published' } }, { and: [{ 'version.course.instructor': { equals: 7 } }, { parent: { in: [1, 2] } }] }],
    })
    expect(onParent({ and: [{ _status: { equals: 'published' } }, { id: { equals: 3 } }] })).toEqual({
      and: [{ 'parent._status': { equals: 'published' } }, { parent: { equals: 3 } }],
    })
  })
})

describe('versionAccess', () => {
  const read: Access = ({ req }) => ((req.user as { admin?: boolean } | null)?.admin ? true : req.user ? { _status: { equals: 'published' } } : false)
  const own: Access = () => false
  const config = versionAccess({
    collections: [
      { slug: 'drafted', versions: { drafts: true }, access: { read }, fields: [] },
      { slug: 'plain', access: { read }, fields: [] },
      { slug: 'explicit', versions: true, access: { read, readVersions: own }, fields: [] },
    ],
    globals: [{ slug: 'settings', versions: { drafts: true }, access: { update: own }, fields: [] }],
  } as unknown as Config)
  const access = (slug: string) => config.collections?.find((c) => c.slug === slug)?.access

  it("gives versioned collections their read rule applied to each version's snapshot", async () => {
    expect(await call(access('drafted')?.readVersions, { admin: true })).toBe(true)
    expect(await call(access('drafted')?.readVersions, { id: 1 })).toEqual({
      and: [{ 'version._status': { equals: 'published' } }, { 'parent._status': { equals: 'published' } }],
    })
    expect(await call(access('drafted')?.readVersions, null)).toBe(false)
  })

  it('leaves collections without versions and explicit rules alone; globals take their update rule', () => {
    expect(access('plain')?.readVersions).toBeUndefined()
    expect(access('explicit')?.readVersions).toBe(own)
    expect(config.globals?.[0].access?.readVersions).toBe(own)
  })

  it('versionsReadFrom keeps true and false as they are', async () => {
    expect(await call(versionsReadFrom(() => true), null)).toBe(true)
    expect(await call(versionsReadFrom(() => false), null)).toBe(false)
  })
})
