// The package's Vue types: <mongolia-timeline> in GlobalComponents, with its typed properties and `@mt-*` handlers.
/// <reference types="mongolia-timeline/vue" />
