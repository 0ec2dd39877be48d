import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { WrappedApp } from './WrappedApp.tsx';

// `?wrapper` shows the app that uses mongolia-timeline/react; scripts/test-consumers.mjs drives both.
const wrapper = new URLSearchParams(location.search).has('wrapper');

createRoot(document.getElementById('root')!).render(<StrictMode>{wrapper ? <WrappedApp /> : <App />}</StrictMode>);
