import { describe, expectTypeOf, it } from 'vitest';
import { handleLcicError, LcicErrorCode, type ErrorCodeOf, type LcicAction, type LcicErrorCodeString } from '../../codes/index.js';

describe('ErrorCodeOf', () => {
  it('is exactly the action codes', () => {
    expectTypeOf<'ResourceNotFound.Room'>().toExtend<ErrorCodeOf<'DescribeRoom'>>();
    expectTypeOf<'FailedOperation.ClassTooLong'>().not.toExtend<ErrorCodeOf<'DescribeRoom'>>();
    expectTypeOf<ErrorCodeOf<'DescribeRoom'>>().toEqualTypeOf<'FailedOperation' | 'InternalError' | 'ResourceNotFound.Room'>();
  });

  it('follows the international list where it differs', () => {
    expectTypeOf<'FailedOperation.ClassExpired'>().toExtend<ErrorCodeOf<'DescribeRoomStatistics'>>();
    expectTypeOf<'FailedOperation.ClassExpired'>().not.toExtend<ErrorCodeOf<'DescribeRoomStatistics', 'international'>>();
    expectTypeOf<ErrorCodeOf<'StartRecord', 'international'>>().toBeNever();
  });

  it('is made of real codes and actions', () => {
    expectTypeOf<ErrorCodeOf<LcicAction>>().toExtend<LcicErrorCodeString>();
    expectTypeOf<'CreateRooms'>().not.toExtend<LcicAction>();
    // The enum and the string union list the same codes.
    expectTypeOf<`${LcicErrorCode}`>().toEqualTypeOf<LcicErrorCodeString>();
  });
});

describe('handleLcicError', () => {
  it('demands a handler for every code of the action', () => {
    const error: unknown = new Error('x');
    const all = {
      FailedOperation: () => 1,
      InternalError: () => 2,
      'ResourceNotFound.Room': (failure: { code: string }) => failure.code.length,
      otherwise: () => 0,
    };
    expectTypeOf(handleLcicError('DescribeRoom', error, all)).toEqualTypeOf<number>();

    // A handler's code is its own, or a sub-code of it that reached it (the catalog may not know it yet).
    handleLcicError('DescribeRoom', error, {
      ...all,
      FailedOperation: (failure) => {
        expectTypeOf(failure.code).toEqualTypeOf<'FailedOperation' | `FailedOperation.${string}`>();
        return 1;
      },
    });

    // @ts-expect-error 'ResourceNotFound.Room' has no handler
    handleLcicError('DescribeRoom', error, { FailedOperation: () => 1, InternalError: () => 2, otherwise: () => 0 });

    // An `otherwise` that only throws leaves the answer's type to the code handlers (not `never`).
    const label = handleLcicError('DescribeRoom', error, {
      FailedOperation: () => 'failed',
      InternalError: () => 'retry',
      'ResourceNotFound.Room': () => 'gone',
      otherwise: () => {
        throw error;
      },
    });
    expectTypeOf(label).toEqualTypeOf<string>();

    handleLcicError('DescribeRoom', error, {
      ...all,
      // @ts-expect-error DescribeRoom never returns this code, so a handler for it is a mistake
      'FailedOperation.ClassTooLong': () => 3,
    });
  });
});
