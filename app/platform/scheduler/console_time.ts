/** A console line of an ace task, prefixed with the time (UTC, ISO 8601) so cron and systemd logs read in order. */
export const stamped = (message: string) => `${new Date().toISOString()} ${message}`
