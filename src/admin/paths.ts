/** URL paths of the admin's own static assets, served by the express app (src/http/app.ts). */
export const MONACO_VS_PATH = '/admin-assets/monaco/vs'
