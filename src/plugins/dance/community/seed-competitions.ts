export async function seedCompetitionDemo(..._args: unknown[]): Promise<void> {}
