/**
 * Limits of a GraphQL document, checked before it runs:
 * - its size (characters and tokens) when it is parsed;
 * - graphql's own rules first, on their own: Payload's complexity rule walks fragment spreads
 *   recursively, so beside `NoFragmentCyclesRule` (the rules run side by side) a fragment cycle
 *   overflowed the stack — a 500 instead of the cycle's 400;
 * - then the depth of its selections (this rule) and Payload's complexity rule.
 */
import type { ASTNode, DocumentNode, FragmentDefinitionNode, GraphQLError as GraphQLErrorType, GraphQLSchema, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql'

import { createRequire } from 'node:module'

// graphql checks that a schema comes from its own copy of the module: the one graphql-http and
// Payload's schema use is the CommonJS build, which a bundler-resolved `import` may not be
const { GraphQLError, Kind, parse, specifiedRules, validate } = createRequire(import.meta.url)('graphql') as typeof import('graphql')

export const MAX_QUERY_CHARS = 100_000
export const MAX_QUERY_TOKENS = 20_000
/** Field nesting of one operation; the playground's introspection query needs 13. */
export const MAX_QUERY_DEPTH = 20

/** The depth of a selection set, fragments inlined (each fragment once per path: cycles are refused before this runs). */
function selectionDepth(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>, max: number, depth = 0): number {
  if (!set || depth > max) return depth
  let deepest = depth
  for (const selection of set.selections) {
    let d = depth
    if (selection.kind === Kind.FIELD) d = selection.selectionSet ? selectionDepth(selection.selectionSet, fragments, seen, max, depth + 1) : depth + 1
    else if (selection.kind === Kind.INLINE_FRAGMENT) d = selectionDepth(selection.selectionSet, fragments, seen, max, depth)
    else if (selection.kind === Kind.FRAGMENT_SPREAD && !seen.has(selection.name.value)) {
      const fragment = fragments.get(selection.name.value)
      if (fragment) d = selectionDepth(fragment.selectionSet, fragments, new Set(seen).add(selection.name.value), max, depth)
    }
    if (d > deepest) deepest = d
    if (deepest > max) break
  }
  return deepest
}

export const depthLimitRule =
  (max = MAX_QUERY_DEPTH): ValidationRule =>
  (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def)
    return {
      OperationDefinition(node) {
        if (selectionDepth(node.selectionSet, fragments, new Set(), max) > max) {
          context.reportError(new GraphQLError(`The query nests deeper than ${max} fields.`, { nodes: [node as ASTNode] }))
        }
      },
    }
  }

/** graphql-http's `parse`: refuses documents over the size limits (a 400). */
export const limitedParse: typeof parse = (source, options) => {
  const text = typeof source === 'string' ? source : source.body
  if (text.length > MAX_QUERY_CHARS) throw new GraphQLError(`The query is longer than ${MAX_QUERY_CHARS} characters.`)
  return parse(source, { ...options, maxTokens: MAX_QUERY_TOKENS })
}

/** graphql-http's `validate`: graphql's own rules, and only when they pass the depth limit and the other rules given. */
export const validateInStages = (schema: GraphQLSchema, document: DocumentNode, rules: readonly ValidationRule[] = specifiedRules): readonly GraphQLErrorType[] => {
  const own = rules.filter((r) => specifiedRules.includes(r))
  const first = validate(schema, document, own)
  if (first.length) return first
  return validate(schema, document, [depthLimitRule(), ...rules.filter((r) => !specifiedRules.includes(r))])
}
