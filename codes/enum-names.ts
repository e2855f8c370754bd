/** The `LcicErrorCode` member for a code: dots become underscores (`ResourceNotFound.Room` → `ResourceNotFound_Room`). */
export function enumMemberName(code: string): string {
  return code.replaceAll('.', '_');
}
