import type { CollectionBeforeChangeHook } from 'payload'

/** Records who uploaded a file; never taken from the client. */
export const setUploadedBy: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create') {
    return { ...data, uploadedBy: req.user?.collection === 'users' ? req.user.id : (data.uploadedBy ?? null) }
  }
  return data
}
