import { css } from 'lit';

/** The story bar: adopted into the shadow root with the story module, so pages without a story never load it. */
export const storyStyles = css`
  .story {
    display: flex;
    gap: 8px 12px;
    align-items: flex-start;
    padding: 8px 12px;
    border-top: 1px solid var(--_grid);
    border-bottom: 1px solid var(--_grid);
    background: var(--_surface);
    /* Vertical pans scroll the page; horizontal swipes are the bar's own. */
    touch-action: pan-y;
    outline: none;
  }
  .story:focus-visible {
    box-shadow: inset 0 0 0 2px var(--_focus);
  }
  .story-body {
    flex: 1;
    min-width: 0;
  }
  .story-body p,
  .story-heading {
    margin: 0;
  }
  .story-count {
    color: var(--_muted);
    font-size: 0.8em;
  }
  .story-heading {
    font-size: 1em;
  }
  .story-text p {
    max-width: 70ch;
  }
  .story-text details {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .story-text .sources {
    margin: 2px 0 0;
    padding-left: 1.2em;
  }
  .story-nav {
    display: flex;
    gap: 6px;
    flex: none;
    align-items: center;
  }
  .story-nav button {
    min-width: 44px;
    min-height: 44px;
    font: inherit;
    font-size: 1.1em;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_grid);
    border-radius: 6px;
    cursor: pointer;
  }
  .story-nav .story-back {
    font-size: 0.9em;
  }
  .story-nav button:disabled {
    opacity: 0.4;
    cursor: default;
  }
  .story-nav button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  @media (max-width: 560px) {
    .story {
      flex-direction: column;
    }
    .story-nav {
      align-self: stretch;
      justify-content: space-between;
    }
  }
`;
