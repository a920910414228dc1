import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PortalCitizen } from './portal-citizen';

describe('PortalCitizen', () => {
  let component: PortalCitizen;
  let fixture: ComponentFixture<PortalCitizen>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [PortalCitizen],
    }).compileComponents();

    fixture = TestBed.createComponent(PortalCitizen);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
