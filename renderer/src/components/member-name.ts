// How a member is named on screen: their name, else their e-mail, else a neutral placeholder
// (an imported row may carry only an e-mail address).
export function memberName(m: { firstName: string; lastName: string; email?: string | null }): string {
  return `${m.firstName} ${m.lastName}`.trim() || m.email || 'Unnamed member';
}
