// The package's Svelte types: <mongolia-timeline> in svelte/elements, with its typed properties and `onmt-*` handlers.
/// <reference types="mongolia-timeline/svelte" />
