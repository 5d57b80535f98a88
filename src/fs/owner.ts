// Files named after the process that made them (temporary outputs, browser profiles): whether
// that process still runs decides whether a later run may remove them.

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: a process of another user has that id; it is running, and its files are not ours.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
