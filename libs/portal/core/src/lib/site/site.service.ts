import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { SiteInfo } from '@urp/shared/contracts';
import { firstValueFrom, timeout } from 'rxjs';

export type SiteInfoStatus = 'idle' | 'loading' | 'ready' | 'error';

/** A hung API must not keep the portal from rendering: after this, the fallback texts show. */
const SITE_INFO_TIMEOUT_MS = 5000;

/** Public facts about the municipality and its URP (GET /api/site), loaded once and shared. */
@Injectable({ providedIn: 'root' })
export class SiteService {
  private readonly http = inject(HttpClient);
  private readonly infoState = signal<SiteInfo | null>(null);
  private readonly statusState = signal<SiteInfoStatus>('idle');
  private loading: Promise<void> | null = null;

  readonly info = this.infoState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly municipalityName = computed(() => this.infoState()?.municipalityName ?? null);

  /**
   * Starts the request the first time it is called; later calls share it. The promise never
   * rejects: on failure `status()` is 'error' and pages show their fallback texts.
   */
  load(): Promise<void> {
    if (this.loading) return this.loading;
    this.statusState.set('loading');
    this.loading = firstValueFrom(this.http.get<SiteInfo>('/api/site').pipe(timeout(SITE_INFO_TIMEOUT_MS))).then(
      (info) => {
        this.infoState.set(info);
        this.statusState.set('ready');
      },
      () => this.statusState.set('error'),
    );
    return this.loading;
  }
}
