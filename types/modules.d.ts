// Packages that ship no type declarations (used by tests and the benchmark only).
declare module 's3rver'
declare module 'autocannon'
