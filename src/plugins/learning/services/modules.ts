/** Which modules of a course a learner may open (pure). */
export type ModuleInfo = { id: number | string; unlockRule?: null | string }

/**
 * Modules are in their admin order. A module with rule `always` is open; a `sequential` one opens
 * when the previous module is open and all its required lessons are completed.
 */
export function unlockedModules(modules: ModuleInfo[], requiredByModule: Map<string, string[]>, completed: Set<string>): Set<string> {
  const open = new Set<string>()
  let prevOpenAndDone = true
  modules.forEach((m, i) => {
    const isOpen = i === 0 || m.unlockRule !== 'sequential' || prevOpenAndDone
    if (isOpen) open.add(String(m.id))
    const required = requiredByModule.get(String(m.id)) ?? []
    prevOpenAndDone = isOpen && required.every((l) => completed.has(l))
  })
  return open
}

/** Course progress: required lessons plus each final quiz count as one unit each. */
export function courseProgress(requiredLessons: string[], completed: Set<string>, finalQuizzes: string[], passedQuizzes: Set<string>) {
  const units = requiredLessons.length + finalQuizzes.length
  const done = requiredLessons.filter((l) => completed.has(l)).length + finalQuizzes.filter((q) => passedQuizzes.has(q)).length
  return { percentage: units === 0 ? 0 : Math.round((done / units) * 100), complete: units > 0 && done === units }
}
