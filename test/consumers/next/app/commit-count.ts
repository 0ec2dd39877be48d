'use client';
import { useEffect, useRef } from 'react';

/**
 * For scripts/test-consumers.mjs: writes how many times React has committed the calling component to
 * `<body data-commits>`, straight to the DOM so that it causes no render itself. "1" means hydration and nothing else.
 */
export function useCommitCount() {
  const commits = useRef(0);
  useEffect(() => {
    commits.current += 1;
    document.body.dataset.commits = String(commits.current);
  });
}
