/**
 * Today in the Netherlands (Europe/Amsterdam), JJJJ-MM-DD: figures change at midnight on 1
 * January Dutch time, not UTC.
 */
export function today(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
