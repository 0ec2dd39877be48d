// The package's React 19 JSX types: <mongolia-timeline> with its typed properties and `onmt-*` handlers.
/// <reference types="mongolia-timeline/jsx" />
