// The HTML of the phone sign-in page: the form, the welcome after a sign-in, and the short notices
// (closed, slow down, not found). Pure functions from values to text, so the server stays about HTTP.
// Every page stands alone: inline CSS, no script, no image, no font, nothing fetched from anywhere
// (the server's CSP forbids it anyway), so it works on any phone browser on a hall's Wi-Fi with no
// internet. Every value that came from outside (the meeting's title, what the person typed, the
// name the desk greets them by) goes through `escapeHtml`; nothing is ever inserted raw.
import type { Issue } from '../../../shared/contract/errors.js';
import type { SignInResult } from '../../../shared/meetings/signin-form.js';

export interface PageMeeting {
  title: string;
  chapterName: string;
  /** ISO 4217 code shown beside the pledge field, when the chapter has one. */
  currency?: string;
}

/** What the person typed, as the form sends it back (strings; the checkbox as 'on'). */
export type FormValues = Partial<Record<'name' | 'email' | 'phone' | 'consent' | 'pledge', string>>;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function formPage(meeting: PageMeeting, action: string, values: FormValues = {}, problem?: { message: string; issues: Issue[] }): string {
  const issues = problem?.issues ?? [];
  const messageFor = (field: string) => issues.filter((i) => i.path === field).map((i) => i.message);
  const field = (name: 'name' | 'email' | 'phone' | 'pledge', label: string, attributes: string, hint?: string) => {
    const id = `f-${name}`;
    const messages = messageFor(name);
    const described = [hint ? `${id}-hint` : '', messages.length ? `${id}-error` : ''].filter(Boolean).join(' ');
    return `<div class="field${messages.length ? ' invalid' : ''}">
<label for="${id}">${label}</label>
${hint ? `<p class="hint" id="${id}-hint">${hint}</p>` : ''}${messages.length ? `<p class="error" id="${id}-error">${messages.map(escapeHtml).join('<br>')}</p>` : ''}
<input id="${id}" name="${name}" ${attributes} value="${escapeHtml(values[name] ?? '')}"${described ? ` aria-describedby="${described}"` : ''}${messages.length ? ' aria-invalid="true"' : ''}>
</div>`;
  };
  // Issues the form has no field for (the desk may name one) are still listed in the summary.
  const summary = problem
    ? `<div class="summary" role="alert" tabindex="-1">
<p><strong>${escapeHtml(problem.message)}</strong></p>
${issues.length ? `<ul>${issues.map((i) => `<li>${issueLabel(i.path)}${escapeHtml(i.message)}</li>`).join('')}</ul>` : ''}
</div>`
    : '';
  const currency = meeting.currency ? ` (${escapeHtml(meeting.currency)})` : '';
  const consentMessages = messageFor('consent');
  const body = `${header(meeting)}
${summary}
<form method="post" action="${escapeHtml(action)}" novalidate>
${field('name', 'Your name', 'type="text" autocomplete="name" autocapitalize="words" maxlength="200" required')}
${field('email', 'E-mail', 'type="email" autocomplete="email" inputmode="email" autocapitalize="off" spellcheck="false" maxlength="254"', 'An e-mail address or a phone number, or both.')}
${field('phone', 'Phone', 'type="tel" autocomplete="tel" inputmode="tel" maxlength="40"')}
<div class="field check${consentMessages.length ? ' invalid' : ''}">
${consentMessages.length ? `<p class="error" id="f-consent-error">${consentMessages.map(escapeHtml).join('<br>')}</p>` : ''}
<input id="f-consent" name="consent" type="checkbox"${values.consent === 'on' ? ' checked' : ''}>
<label for="f-consent">${escapeHtml(meeting.chapterName)} may contact me about its work</label>
</div>
${field('pledge', `Monthly pledge${currency}, if you like`, 'type="text" inputmode="decimal" autocomplete="off" maxlength="40"', 'An amount, like 10. Leave it empty if not.')}
<button type="submit">Sign in</button>
</form>`;
  return page(`Sign in: ${meeting.title}`, body);
}

const fieldLabels = new Map([
  ['name', 'Your name'],
  ['email', 'E-mail'],
  ['phone', 'Phone'],
  ['consent', 'Consent'],
  ['pledge', 'Monthly pledge'],
]);

/** "E-mail: " linking to the field, for the summary; a path the form has no field for as text. */
function issueLabel(path: string): string {
  const label = fieldLabels.get(path);
  if (label) return `<a href="#f-${path}">${label}</a>: `;
  return path ? `${escapeHtml(path)}: ` : '';
}

export function welcomePage(meeting: PageMeeting, action: string, result: SignInResult): string {
  const name = escapeHtml(result.displayName);
  const heading = result.newMember ? `Welcome, ${name} — you're signed in` : `Welcome back, ${name} — you're signed in`;
  const note = result.alreadyCheckedIn ? '<p>You had already signed in to this meeting: you are counted once.</p>' : '<p>Thank you for coming.</p>';
  const body = `${header(meeting)}
<div class="done" role="status"><h2>${heading}</h2>${note}</div>
<p><a class="again" href="${escapeHtml(action)}">Sign in someone else</a></p>`;
  return page(`Signed in: ${meeting.title}`, body);
}

/** A short page for everything that is not the form: closed, too fast, not found, an error. */
export function noticePage(title: string, message: string, meeting?: PageMeeting): string {
  return page(title, `${meeting ? header(meeting) : ''}
<div class="notice" role="alert"><h2>${escapeHtml(title)}</h2><p>${escapeHtml(message)}</p></div>`);
}

function header(meeting: PageMeeting): string {
  return `<header><p class="chapter">${escapeHtml(meeting.chapterName)}</p><h1>${escapeHtml(meeting.title)}</h1></header>`;
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

// 16px and up on inputs keeps iOS from zooming in on focus; 48px targets are easy to hit.
const css = `
*{box-sizing:border-box}
body{margin:0;font:18px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f6f5f2;color:#1d1d1b}
main{max-width:32rem;margin:0 auto;padding:1rem}
header .chapter{margin:0;color:#555;font-size:1rem}
h1{margin:.2rem 0 1rem;font-size:1.5rem;line-height:1.2}
h2{font-size:1.25rem;margin:0 0 .5rem}
.field{margin:0 0 1rem}
label{display:block;font-weight:600;margin-bottom:.25rem}
.hint{margin:0 0 .25rem;color:#555;font-size:.95rem}
input[type=text],input[type=email],input[type=tel]{width:100%;min-height:48px;padding:.6rem .75rem;font-size:18px;border:2px solid #767676;border-radius:8px;background:#fff;color:inherit}
input:focus,button:focus,a:focus{outline:3px solid #1a5fb4;outline-offset:2px}
.check{display:flex;flex-wrap:wrap;align-items:center;gap:.75rem}
.check .error{flex-basis:100%}
.check input{width:28px;height:28px;margin:0;flex:none}
.check label{display:inline;font-weight:400;margin:0;flex:1}
.invalid input{border-color:#b00020}
.error{margin:0 0 .25rem;color:#b00020;font-weight:600}
.summary,.notice{border:3px solid #b00020;border-radius:8px;padding:.75rem 1rem;margin:0 0 1rem;background:#fff}
.summary p{margin:0}
.summary ul{margin:.5rem 0 0;padding-left:1.2rem}
.summary a{color:#b00020}
.notice{border-color:#555}
.done{border:3px solid #26734d;border-radius:8px;padding:.75rem 1rem;background:#fff}
.done p,.notice p{margin:0}
button{width:100%;min-height:52px;font-size:1.15rem;font-weight:700;border:0;border-radius:8px;background:#1a5fb4;color:#fff}
.again{display:inline-block;margin-top:1rem;font-size:1.1rem;color:#1a5fb4}
`;
