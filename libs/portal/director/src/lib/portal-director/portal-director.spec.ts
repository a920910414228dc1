import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PortalDirector } from './portal-director';

describe('PortalDirector', () => {
  let component: PortalDirector;
  let fixture: ComponentFixture<PortalDirector>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [PortalDirector],
    }).compileComponents();

    fixture = TestBed.createComponent(PortalDirector);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
