/** Every role a user can hold. Only admins grant roles. */
export const ROLES = [
  'admin',
  'editor',
  'instructor',
  'student',
  'artist',
  'participant',
  'organizer',
  'restaurant-owner',
  'driver',
  'customer',
  'marketer',
  'practitioner',
] as const

export type Role = (typeof ROLES)[number]

/** Roles given to anyone who signs up on their own. */
export const SELF_REGISTRATION_ROLES: Role[] = ['participant', 'student', 'customer']

/** Roles that may open the admin panel (they author or manage content there). */
export const ADMIN_PANEL_ROLES: Role[] = [
  'admin',
  'editor',
  'instructor',
  'organizer',
  'restaurant-owner',
  'marketer',
  'artist',
  'practitioner',
]
