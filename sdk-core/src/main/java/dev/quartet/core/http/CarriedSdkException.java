package dev.quartet.core.http;

import dev.quartet.core.errors.SdkException;
import java.io.IOException;

/**
 * Carries an {@link SdkException} thrown inside an interceptor (a failed token fetch or login)
 * through OkHttp, which only passes {@link IOException}s on cleanly, particularly to async callbacks.
 * The retry layer does not retry it and the invoker rethrows the original.
 */
public final class CarriedSdkException extends IOException {
  /**
   * Carries {@code carried} through OkHttp.
   *
   * @param carried the exception to rethrow on the caller's side
   */
  public CarriedSdkException(SdkException carried) {
    super(carried.getMessage(), carried);
  }

  /** {@return the exception to rethrow} */
  public SdkException carried() {
    return (SdkException) getCause();
  }

  /**
   * Wraps {@code interceptor} so that the SdkExceptions it throws travel as this IOException.
   *
   * @param interceptor the interceptor to wrap
   * @return the wrapping interceptor
   */
  public static Carrying carrying(SdkInterceptor interceptor) {
    return new Carrying(interceptor);
  }

  /** An interceptor whose SdkExceptions travel as {@link CarriedSdkException}s. */
  public static final class Carrying implements SdkInterceptor {
    private final SdkInterceptor wrapped;

    private Carrying(SdkInterceptor wrapped) {
      this.wrapped = wrapped;
    }

    /** {@return the interceptor this one wraps} */
    public SdkInterceptor wrapped() {
      return wrapped;
    }

    @Override
    public okhttp3.Response intercept(Step step) throws IOException {
      try {
        return wrapped.intercept(step);
      } catch (SdkException e) {
        throw new CarriedSdkException(e);
      }
    }
  }
}
