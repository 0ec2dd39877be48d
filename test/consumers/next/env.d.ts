// The package's React 19 JSX types, for the bare tag in app/bare/bare-timeline.tsx.
/// <reference types="mongolia-timeline/jsx" />
