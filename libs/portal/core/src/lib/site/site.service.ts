import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { SiteInfo } from '@urp/shared/contracts';

export type SiteInfoStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Public facts about the municipality and its URP (GET /api/site), loaded once and shared. */
@Injectable({ providedIn: 'root' })
export class SiteService {
  private readonly http = inject(HttpClient);
  private readonly infoState = signal<SiteInfo | null>(null);
  private readonly statusState = signal<SiteInfoStatus>('idle');

  readonly info = this.infoState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly municipalityName = computed(() => this.infoState()?.municipalityName ?? null);

  /** Starts the request the first time it is called; later calls do nothing unless it failed. */
  load(): void {
    const status = this.statusState();
    if (status === 'loading' || status === 'ready') return;
    this.statusState.set('loading');
    this.http.get<SiteInfo>('/api/site').subscribe({
      next: (info) => {
        this.infoState.set(info);
        this.statusState.set('ready');
      },
      error: () => this.statusState.set('error'),
    });
  }
}
