/** File-system errors in words an operator can act on. */

/** A short reason for a file-system error: `permission denied`, `no space left on the disk`, or the code. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'no space left on the disk';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a part of the path is a file';
    case 'ENOENT':
      return 'not found';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}
