import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';

import { AUTH_API } from './auth-api.service';
import { LOGIN_PATH } from './auth-paths';
import { AuthStore } from './auth.store';

const API_PREFIX = '/api/';

/**
 * For calls to our own API: sends the session cookie, and on 401 forgets the signed-in person.
 * When a session that was active expires (401 from any endpoint but the auth ones), the person is
 * taken to the login page, which brings them back where they were.
 */
export const credentialsInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith(API_PREFIX)) return next(request);

  const store = inject(AuthStore);
  const router = inject(Router);

  return next(request.clone({ withCredentials: true })).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401) {
        const wasSignedIn = store.isSignedIn();
        store.clear();
        const isAuthCall = Object.values(AUTH_API).some((url) => request.url === url);
        if (wasSignedIn && !isAuthCall) {
          void router.navigate([LOGIN_PATH], {
            queryParams: { returnUrl: router.url, expired: 1 },
          });
        }
      }
      return throwError(() => error);
    }),
  );
};
