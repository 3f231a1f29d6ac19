/**
 * Styles live in the shadow root (adoptedStyleSheets: no inline style, fine under a strict CSP).
 * Every visual value reads a design token in a fallback chain, set once on :host:
 *   component token (--regelingenwijzer-*) → NL Design System component tokens (--utrecht-*,
 *   --nl-*) of the same part (button, form field, radio button, alert, link, heading) → default.
 * A municipality's NL Design System theme therefore styles the widget with no extra work.
 */
import { css } from 'lit';

/**
 * The widget's design tokens (custom-elements.json takes them from here; test/themes checks
 * every chain below against the CSS, and the README's table against this list).
 *
 * @cssprop --regelingenwijzer-font-family - Text. Falls back to --utrecht-document-font-family, then system-ui.
 * @cssprop --regelingenwijzer-font-size - Base size. Falls back to --utrecht-document-font-size, then 1.125rem.
 * @cssprop --regelingenwijzer-line-height - Line height. Falls back to --utrecht-document-line-height, then 1.5.
 * @cssprop --regelingenwijzer-color - Text colour. Falls back to --utrecht-document-color, then #1a1a1a.
 * @cssprop --regelingenwijzer-background-color - Background. Falls back to --utrecht-document-background-color, then #ffffff.
 * @cssprop --regelingenwijzer-muted-color - Hints and progress. Falls back to --utrecht-document-muted-color, then #4a4a4a.
 * @cssprop --regelingenwijzer-heading-font-family - Headings. Falls back to --utrecht-heading-font-family, then the text font.
 * @cssprop --regelingenwijzer-heading-color - Headings. Falls back to --utrecht-heading-color, then the text colour.
 * @cssprop --regelingenwijzer-heading-font-weight - Headings. Falls back to --utrecht-heading-font-weight, then bold.
 * @cssprop --regelingenwijzer-heading-2-font-size - Screen headings. Falls back to --nl-heading-level-2-font-size, then 1.6em.
 * @cssprop --regelingenwijzer-heading-3-font-size - Section headings. Falls back to --nl-heading-level-3-font-size, then 1.25em.
 * @cssprop --regelingenwijzer-primary-color - Primary button. Falls back to --utrecht-button-primary-action-background-color, then #0b4f8a.
 * @cssprop --regelingenwijzer-primary-hover-color - Primary button on hover. Falls back to --utrecht-button-primary-action-hover-background-color, then the primary colour.
 * @cssprop --regelingenwijzer-primary-text-color - Primary button text. Falls back to --utrecht-button-primary-action-color, --utrecht-button-color, then #ffffff.
 * @cssprop --regelingenwijzer-secondary-color - Secondary button text and border. Falls back to --utrecht-button-secondary-action-color, then the primary colour.
 * @cssprop --regelingenwijzer-button-border-radius - Buttons. Falls back to --utrecht-button-border-radius, then the border radius.
 * @cssprop --regelingenwijzer-button-font-weight - Primary button. Falls back to --utrecht-button-font-weight, then bold.
 * @cssprop --regelingenwijzer-choice-color - Checked radio buttons and checkboxes. Falls back to --utrecht-radio-button-checked-background-color, then the primary colour.
 * @cssprop --regelingenwijzer-border-color - Text fields and dividers. Falls back to --utrecht-textbox-border-color, --utrecht-form-control-border-color, then #5a5a5a.
 * @cssprop --regelingenwijzer-border-radius - Fields and boxes. Falls back to --utrecht-border-radius-md, then 4px.
 * @cssprop --regelingenwijzer-link-color - Links. Falls back to --utrecht-link-color, then #0b4f8a.
 * @cssprop --regelingenwijzer-link-hover-color - Links on hover. Falls back to --utrecht-link-hover-color, then the link colour.
 * @cssprop --regelingenwijzer-focus-color - Focus outline. Falls back to --utrecht-focus-outline-color, then #1a1a1a.
 * @cssprop --regelingenwijzer-focus-width - Focus outline width. Falls back to --utrecht-focus-outline-width, then 3px.
 * @cssprop --regelingenwijzer-focus-background-color - Focused control background. Falls back to --utrecht-focus-background-color, then #ffdd00.
 * @cssprop --regelingenwijzer-error-color - Error messages and the error summary border. Falls back to --utrecht-form-field-error-message-color, --utrecht-feedback-danger-color, then #b00020.
 * @cssprop --regelingenwijzer-error-background-color - Error summary background. Falls back to --utrecht-alert-error-background-color, then none.
 * @cssprop --regelingenwijzer-error-text-color - Error summary text and links. Falls back to --utrecht-alert-error-color, then the error colour.
 * @cssprop --regelingenwijzer-ok-color - "Past waarschijnlijk" label. Default #0a6b2e.
 * @cssprop --regelingenwijzer-warn-color - "Misschien" label. Default #7a4b00.
 * @cssprop --regelingenwijzer-crisis-color - Crisis lines. Default #8a0000.
 * @cssprop --regelingenwijzer-space - Spacing unit. Default 1rem.
 */
export const styles = css`
  :host {
    --_font: var(--regelingenwijzer-font-family, var(--utrecht-document-font-family, system-ui, sans-serif));
    --_size: var(--regelingenwijzer-font-size, var(--utrecht-document-font-size, 1.125rem));
    --_line: var(--regelingenwijzer-line-height, var(--utrecht-document-line-height, 1.5));
    --_text: var(--regelingenwijzer-color, var(--utrecht-document-color, #1a1a1a));
    --_bg: var(--regelingenwijzer-background-color, var(--utrecht-document-background-color, #ffffff));
    --_h-font: var(--regelingenwijzer-heading-font-family, var(--utrecht-heading-font-family, var(--_font)));
    --_h-color: var(--regelingenwijzer-heading-color, var(--utrecht-heading-color, var(--_text)));
    --_h-weight: var(--regelingenwijzer-heading-font-weight, var(--utrecht-heading-font-weight, bold));
    --_h2: var(--regelingenwijzer-heading-2-font-size, var(--nl-heading-level-2-font-size, 1.6em));
    --_h3: var(--regelingenwijzer-heading-3-font-size, var(--nl-heading-level-3-font-size, 1.25em));
    --_primary: var(--regelingenwijzer-primary-color, var(--utrecht-button-primary-action-background-color, #0b4f8a));
    --_primary-hover: var(--regelingenwijzer-primary-hover-color, var(--utrecht-button-primary-action-hover-background-color, var(--_primary)));
    --_on-primary: var(--regelingenwijzer-primary-text-color, var(--utrecht-button-primary-action-color, var(--utrecht-button-color, #ffffff)));
    --_secondary: var(--regelingenwijzer-secondary-color, var(--utrecht-button-secondary-action-color, var(--_primary)));
    --_button-radius: var(--regelingenwijzer-button-border-radius, var(--utrecht-button-border-radius, var(--_radius)));
    --_button-weight: var(--regelingenwijzer-button-font-weight, var(--utrecht-button-font-weight, bold));
    --_choice: var(--regelingenwijzer-choice-color, var(--utrecht-radio-button-checked-background-color, var(--_primary)));
    --_link: var(--regelingenwijzer-link-color, var(--utrecht-link-color, #0b4f8a));
    --_link-hover: var(--regelingenwijzer-link-hover-color, var(--utrecht-link-hover-color, var(--_link)));
    --_focus: var(--regelingenwijzer-focus-color, var(--utrecht-focus-outline-color, #1a1a1a));
    --_focus-width: var(--regelingenwijzer-focus-width, var(--utrecht-focus-outline-width, 3px));
    --_focus-bg: var(--regelingenwijzer-focus-background-color, var(--utrecht-focus-background-color, #ffdd00));
    --_error: var(--regelingenwijzer-error-color, var(--utrecht-form-field-error-message-color, var(--utrecht-feedback-danger-color, #b00020)));
    --_error-bg: var(--regelingenwijzer-error-background-color, var(--utrecht-alert-error-background-color, none));
    --_error-text: var(--regelingenwijzer-error-text-color, var(--utrecht-alert-error-color, var(--_error)));
    --_muted: var(--regelingenwijzer-muted-color, var(--utrecht-document-muted-color, #4a4a4a));
    --_border: var(--regelingenwijzer-border-color, var(--utrecht-textbox-border-color, var(--utrecht-form-control-border-color, #5a5a5a)));
    --_ok: var(--regelingenwijzer-ok-color, #0a6b2e);
    --_warn: var(--regelingenwijzer-warn-color, #7a4b00);
    --_crisis: var(--regelingenwijzer-crisis-color, #8a0000);
    --_radius: var(--regelingenwijzer-border-radius, var(--utrecht-border-radius-md, 4px));
    --_space: var(--regelingenwijzer-space, 1rem);
    display: block;
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: var(--_line);
    color: var(--_text);
    background: var(--_bg);
    overflow-wrap: anywhere;
  }
  * { box-sizing: border-box; }
  [hidden] { display: none !important; }
  .wizard { max-width: 44rem; padding: var(--_space); color: var(--_text); background: var(--_bg); font-family: var(--_font); }
  /* Every element isolates its text, as <bdi> does: a direction character in a dataset text cannot reach past its element. */
  .wizard * { unicode-bidi: isolate; }
  h2, h3, h4 { line-height: 1.25; margin: 0 0 calc(var(--_space) * 0.75); font-family: var(--_h-font); color: var(--_h-color); font-weight: var(--_h-weight); }
  h2 { font-size: var(--_h2); }
  h3 { font-size: var(--_h3); }
  h4 { font-size: 1.05em; }
  h2:focus { outline: none; }
  p { margin: 0 0 var(--_space); }
  a { color: var(--_link); text-underline-offset: 0.15em; }
  a:hover, button.link:hover { color: var(--_link-hover); }
  a:focus-visible, button:focus-visible, input:focus-visible, summary:focus-visible {
    outline: var(--_focus-width) solid var(--_focus); outline-offset: 2px; background-color: var(--_focus-bg); color: #1a1a1a;
  }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
    overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0;
  }
  .hint { color: var(--_muted); }
  .progress { color: var(--_muted); font-size: 0.9em; margin-block-end: calc(var(--_space) / 2); }
  fieldset { border: 0; margin: 0 0 var(--_space); padding: 0; min-width: 0; }
  legend { padding: 0; }
  .choices { display: grid; gap: calc(var(--_space) / 2); }
  .choice { display: flex; align-items: flex-start; gap: 0.6em; min-height: 44px; padding-block: 0.25em; }
  .choice input { font: inherit; width: 1.5em; height: 1.5em; margin: 0.1em 0 0; flex: none; accent-color: var(--_choice); }
  .choice label { cursor: pointer; }
  .or { color: var(--_muted); margin: 0.25em 0; }
  .field input[type='text'], .field input[type='date'] {
    font: inherit; min-height: 44px; padding: 0.4em 0.6em; border: 2px solid var(--_border);
    border-radius: var(--_radius); background: var(--_bg); color: var(--_text); max-width: 12em; width: 100%;
  }
  .echo { margin: 0.4em 0 0; font-weight: bold; }
  .echo:empty { display: none; }
  .money { display: flex; align-items: center; gap: 0.4em; }
  .error-message { color: var(--_error); font-weight: bold; margin: 0 0 0.5em; }
  .has-error { border-inline-start: 4px solid var(--_error); padding-inline-start: var(--_space); }
  .error-summary {
    border: 4px solid var(--_error); padding: var(--_space); margin-block-end: var(--_space); border-radius: var(--_radius); background: var(--_error-bg); color: var(--_error-text);
  }
  .error-summary h2 { font-size: 1.25em; }
  .error-summary ul { margin: 0; padding-inline-start: 1.2em; }
  .error-summary a { color: var(--_error-text); font-weight: bold; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; margin-block: var(--_space); }
  button {
    font: inherit; min-height: 44px; min-width: 44px; padding: 0.5em 1.2em; border-radius: var(--_button-radius);
    cursor: pointer; border: 2px solid var(--_primary);
  }
  button.primary { background: var(--_primary); color: var(--_on-primary); font-weight: var(--_button-weight); }
  button.primary:hover { background: var(--_primary-hover); border-color: var(--_primary-hover); }
  button.secondary { background: var(--_bg); color: var(--_secondary); border-color: var(--_secondary); }
  button.link {
    border: 0; background: none; color: var(--_link); text-decoration: underline; padding: 0.25em 0; min-height: 24px;
  }
  .idle-warning {
    position: sticky; top: 0; z-index: 1; border: 4px solid var(--_warn); border-radius: var(--_radius); padding: var(--_space);
    margin-block-end: var(--_space); background: var(--_bg); color: var(--_text);
  }
  .idle-warning p { margin-block-end: 0.5em; }
  .confirm { border: 2px solid var(--_border); border-inline-start-width: 8px; border-radius: var(--_radius); padding: var(--_space); margin-block: var(--_space); }
  .confirm p { margin: 0; }
  .confirm .actions { margin-block-end: 0; }
  .back { display: inline-block; margin-block-end: var(--_space); }
  dl.summary { margin: 0 0 var(--_space); }
  /* A row: the question, the answer under it, then "Wijzig", at every width (as a summary list on a
     phone). Plain blocks: a grid in a size container (three columns on a wide widget) cost the step
     to the review twice the style and layout time, 15 against 7-11 ms at 4x CPU with 40 rows, and
     an inline answer and button one line more (issue 24). */
  .summary-row { padding-block: 0.6em; border-bottom: 1px solid var(--_border); }
  .summary-row dt { font-weight: bold; }
  .summary-row dd { margin: 0.25em 0 0; }
  .overview { margin: 0 0 var(--_space); padding-inline-start: 1.5em; }
  .overview li { margin-block: 0.25em; }
  .route {
    border: 2px solid var(--_border); border-radius: var(--_radius); padding: var(--_space); margin-block-end: var(--_space);
  }
  .route.crisis { border: 4px solid var(--_crisis); }
  .route.urgent { border-inline-start: 8px solid var(--_crisis); }
  .tag { display: inline-block; font-weight: bold; font-size: 0.9em; padding: 0.1em 0.5em; border-radius: var(--_radius); border: 2px solid currentColor; margin-block-end: 0.4em; }
  .tag.past { color: var(--_ok); }
  .tag.misschien, .tag.komt { color: var(--_warn); }
  .tag.past-niet { color: var(--_muted); }
  .tag.urgent, .tag.crisis { color: var(--_crisis); }
  .section-head { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: var(--_space); }
  .section-head h3 { margin-inline-end: auto; }
  .first-steps { border: 2px solid var(--_border); border-radius: var(--_radius); padding: var(--_space); margin-block-end: var(--_space); }
  .steps, .checklist { margin: 0; padding-inline-start: 1.5em; }
  .steps > li, .checklist > li { margin-block: 0 calc(var(--_space) * 0.6); }
  details.counter { border-width: 0 0 1px; border-radius: 0; padding: 0 0 0 calc(var(--_space) / 2); margin: 0; }
  details.counter:last-child { border-bottom: 0; }
  details.counter > summary { padding-block: 0.4em; }
  details.counter[open] { padding-block-end: var(--_space); }
  details.counter > summary .names { display: block; font-weight: normal; font-size: 0.9em; color: var(--_text); }
  details.bring > summary { font-size: 1.1em; }
  .what-if { border: 2px solid var(--_border); border-radius: var(--_radius); padding: var(--_space); margin-block: var(--_space); }
  .what-if-rows { padding-inline-start: 1.2em; }
  .what-if-rows li { margin-block-end: calc(var(--_space) / 2); overflow-wrap: anywhere; }
  .what-if-rows dl { margin: 0; }
  .what-if-rows dl > div { display: flex; flex-wrap: wrap; column-gap: 0.3em; }
  .what-if-rows dt { font-weight: bold; }
  .what-if-rows dd { margin: 0; }
  .counter-body { padding-block-end: calc(var(--_space) / 2); }
  .read-aloud { margin-block-end: calc(var(--_space) / 2); }
  .panel { border: 2px solid var(--_border); border-radius: var(--_radius); padding: var(--_space); margin-block: var(--_space); }
  .panel h3:focus { outline: none; }
  abbr[title] { text-decoration: none; }
  .contact { margin: 0 0 var(--_space); padding: 0; list-style: none; }
  .contact li { margin-block: 0.2em; }
  .regeling { border-top: 1px solid var(--_border); padding-block: calc(var(--_space) * 0.75); }
  .regeling ul { margin: 0.25em 0 0.5em; padding-inline-start: 1.2em; }
  .criteria li { list-style: none; margin-inline-start: -1.2em; }
  .criteria .mark { font-weight: bold; display: inline-block; min-width: 1.4em; }
  .criteria .alternatives li { list-style: disc; margin-inline-start: 0; }
  .meta { color: var(--_muted); font-size: 0.9em; }
  details { margin-block: var(--_space); }
  details.why { margin-block: 0.5em; }
  details.why > summary { font-weight: normal; }
  .crisis-now { border: 4px solid var(--_crisis); border-radius: var(--_radius); padding: var(--_space); margin-block-end: var(--_space); }
  .crisis-now h2 { font-size: 1.1em; color: var(--_crisis); }
  .crisis-now ul { margin: 0; padding-inline-start: 1.2em; }
  .danger-now { margin: 0 0 var(--_space); padding-inline-start: 1.2em; }
  .urgent-help { border-top: 1px solid var(--_border); margin-block-end: 0; }
  .urgent-help ul { margin: 0; padding-inline-start: 1.2em; }
  summary { cursor: pointer; font-weight: bold; min-height: 44px; padding-block: 0.5em; color: var(--_link); }
  @media (forced-colors: active) {
    .tag, .route, button, .error-summary { border-color: CanvasText; }
    button.primary { forced-color-adjust: none; background: ButtonText; color: ButtonFace; }
  }
  @media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; scroll-behavior: auto !important; } }
  @media print {
    :host { font-size: 11pt; color: #000; background: #fff; }
    .actions, .back, button, .no-print { display: none !important; }
    /* Every collapsed part is open on paper. */
    details::details-content { content-visibility: visible; display: block; }
    details > summary { color: #000; }
    .route { break-inside: avoid; border: 1px solid #000; }
    a[href^='http']::after { content: ' (' attr(href) ')'; font-size: 0.85em; }
  }
`;
