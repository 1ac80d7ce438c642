/**
 * Config side of the admin's custom fields: what a collection writes to get money, rates and
 * structured data shown as forms. Component paths are relative to `src/` (the import map's base);
 * run `npm run generate:importmap` after adding one.
 */
import type { Config, Field, NumberField } from 'payload'

import type { CurrencySource } from './money'

export const ADMIN_COMPONENTS = {
  moneyField: '/admin/fields/money#MoneyField',
  moneyCell: '/admin/fields/money#MoneyCell',
  percentField: '/admin/fields/money#PercentField',
  percentCell: '/admin/fields/money#PercentCell',
  openingHours: '/admin/fields/opening-hours#OpeningHoursField',
  optionGroups: '/admin/fields/option-groups#OptionGroupsField',
  polygon: '/admin/fields/polygon#PolygonField',
  readableJson: '/admin/fields/readable-json#ReadableJsonField',
  jsonEditor: '/admin/fields/json-editor#JsonEditorField',
  rowTitle: '/admin/fields/row-title#RowTitle',
} as const

type Admin = NonNullable<NumberField['admin']>

/**
 * `admin` of a number field holding integer minor units: shown and typed as `14,61 €`. Say where
 * the currency is: `{ currencyPath: 'currency' }`, `{ currency: 'XOF' }` or
 * `{ currencyFrom: { relation: 'restaurant', collection: 'restaurants' } }`.
 */
export function moneyAdmin(source: CurrencySource, admin: Admin = {}): Admin {
  const clientProps = { ...source }
  return {
    ...admin,
    components: {
      ...admin.components,
      Field: { path: ADMIN_COMPONENTS.moneyField, clientProps },
      Cell: { path: ADMIN_COMPONENTS.moneyCell, clientProps },
    },
  }
}

/** `admin` of a number field holding basis points: shown and typed as a percentage (550 ↔ 5,5 %). */
export function percentAdmin(admin: Admin = {}): Admin {
  return { ...admin, components: { ...admin.components, Field: ADMIN_COMPONENTS.percentField, Cell: ADMIN_COMPONENTS.percentCell } }
}

type Fieldish = Field & { fields?: Field[]; tabs?: { fields: Field[] }[]; blocks?: { fields: Field[] }[]; admin?: { readOnly?: boolean; components?: { Field?: unknown } } }

const TITLE_TYPES = new Set(['text', 'email', 'select', 'number', 'relationship', 'date'])

/** The first few named simple fields of an array row (inside rows too): what its title shows. */
function titleFields(fields: Field[]): string[] {
  const names: string[] = []
  for (const raw of fields) {
    const f = raw as Fieldish & { name?: string }
    if (f.type === 'row' && f.fields) names.push(...titleFields(f.fields))
    else if (f.name && TITLE_TYPES.has(f.type) && f.name !== 'id') names.push(f.name)
  }
  return names.slice(0, 3)
}

/** Gives every JSON field without a component of its own a local one (see `readableJsonFields`). */
export function readableJson(fields: Field[], parentReadOnly: boolean): Field[] {
  return fields.map((raw) => {
    const f = raw as Fieldish
    const readOnly = parentReadOnly || f.admin?.readOnly === true
    if (f.type === 'json' && !f.admin?.components?.Field) {
      const component = readOnly ? ADMIN_COMPONENTS.readableJson : ADMIN_COMPONENTS.jsonEditor
      return { ...f, admin: { ...f.admin, components: { ...f.admin?.components, Field: component } } } as Field
    }
    if (f.type === 'array' && !(f.admin?.components as { RowLabel?: unknown } | undefined)?.RowLabel) {
      const titled = titleFields(f.fields ?? [])
      const withTitle = { ...f, admin: { ...f.admin, components: { ...f.admin?.components, RowLabel: { path: ADMIN_COMPONENTS.rowTitle, clientProps: { fields: titled } } } } }
      return { ...withTitle, fields: readableJson(f.fields ?? [], readOnly) } as Field
    }
    if ('fields' in f && Array.isArray(f.fields)) return { ...f, fields: readableJson(f.fields, readOnly) } as Field
    if (f.type === 'tabs' && f.tabs) return { ...f, tabs: f.tabs.map((tab) => ({ ...tab, fields: readableJson(tab.fields, readOnly) })) } as Field
    if (f.type === 'blocks' && f.blocks) return { ...f, blocks: f.blocks.map((b) => ({ ...b, fields: readableJson(b.fields, readOnly) })) } as Field
    return f
  })
}

/**
 * Core plugin, for every collection and global: every array row gets a title made of its first
 * fields; a JSON field editors cannot change (read-only, or
 * inside a read-only group or array) is shown as labelled rows; one that stays editable gets the
 * code editor loaded from this server (Payload's own loads from a CDN). Plugins give structured
 * data a real form (opening hours, option groups, polygons) before this runs.
 */
export const readableJsonFields = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((c) => ({ ...c, fields: readableJson(c.fields, false) })),
  globals: (config.globals ?? []).map((g) => ({ ...g, fields: readableJson(g.fields, false) })),
})
