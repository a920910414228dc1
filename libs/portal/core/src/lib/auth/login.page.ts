import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type AbstractControl } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { PASSWORD_MAX_LENGTH, USERNAME_MAX_LENGTH } from '@urp/shared/contracts';

import type { TranslationKey } from '../i18n/it.dictionary';
import { TranslatePipe } from '../i18n/translate.pipe';
import { safeReturnUrl, staffHomePath } from './auth-paths';
import { AuthService } from './auth.service';
import { AuthStore } from './auth.store';

/** Maps the API's answer to the message shown to the person signing in. */
export function loginErrorKey(error: unknown): TranslationKey {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 401) return 'login.error.invalidCredentials';
    if (error.status === 429) return 'login.error.tooManyAttempts';
    if (error.status === 400) return 'login.error.invalidInput';
  }
  return 'login.error.unavailable';
}

/** /accedi: staff sign-in. Citizens never sign in with a password. */
@Component({
  selector: 'urp-login-page',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe],
  templateUrl: './login.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  /** Query parameters, bound by the router (`withComponentInputBinding`). */
  readonly returnUrl = input<string>();
  readonly expired = input<string>();

  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly usernameInput = viewChild<ElementRef<HTMLInputElement>>('usernameInput');
  private readonly passwordInput = viewChild<ElementRef<HTMLInputElement>>('passwordInput');

  protected readonly store = inject(AuthStore);
  protected readonly usernameMax = USERNAME_MAX_LENGTH;
  protected readonly passwordMax = PASSWORD_MAX_LENGTH;
  protected readonly submitting = signal(false);
  protected readonly submitted = signal(false);
  protected readonly errorKey = signal<TranslationKey | null>(null);
  protected readonly staffHome = computed(() => {
    const profile = this.store.profile();
    return profile ? staffHomePath(profile) : '/';
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', [Validators.required, Validators.maxLength(USERNAME_MAX_LENGTH)]],
    password: ['', [Validators.required, Validators.maxLength(PASSWORD_MAX_LENGTH)]],
  });

  /** Errors appear after a submit attempt, or once a field was edited and left; not for merely tabbing through. */
  protected showErrors(control: AbstractControl): boolean {
    return control.invalid && (this.submitted() || (control.dirty && control.touched));
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    this.submitted.set(true);
    this.errorKey.set(null);
    if (this.form.invalid) {
      this.focusFirstInvalidField();
      return;
    }

    this.submitting.set(true);
    try {
      const profile = await this.auth.login(this.form.getRawValue());
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()) ?? staffHomePath(profile));
    } catch (error) {
      this.errorKey.set(loginErrorKey(error));
      this.form.controls.password.reset();
      this.submitted.set(false);
      this.focusAfterRender(this.passwordInput);
    } finally {
      this.submitting.set(false);
    }
  }

  private focusFirstInvalidField(): void {
    this.focusAfterRender(this.form.controls.username.invalid ? this.usernameInput : this.passwordInput);
  }

  /** Focus moves once the view has re-rendered (the fieldset is disabled while submitting). */
  private focusAfterRender(field: () => ElementRef<HTMLInputElement> | undefined): void {
    afterNextRender(() => field()?.nativeElement.focus(), { injector: this.injector });
  }
}
