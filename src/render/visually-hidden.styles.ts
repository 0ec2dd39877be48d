import { css } from 'lit';

/** Out of sight, still read by screen readers: the declarations of `.visually-hidden`, for rules that hide text only
 * under some condition (a container query) and so cannot take the class. */
export const visuallyHidden = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;
