/**
 * Errors the fake raises, shaped like OfficeExtension.Error: a `code` from Excel.ErrorCodes
 * ("ItemNotFound", "InvalidArgument" ...) or "PropertyNotLoaded", a message, and debug info naming
 * the failing statement.
 */

export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'AccessDenied'
  | 'GeneralException'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'InvalidReference'
  | 'InvalidObjectPath'
  | 'InvalidSelection'
  | 'ApiNotFound'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'UnknownMember';

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: FakeErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, errorLocation };
  }
}
