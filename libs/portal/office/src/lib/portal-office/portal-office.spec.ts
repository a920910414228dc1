import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PortalOffice } from './portal-office';

describe('PortalOffice', () => {
  let component: PortalOffice;
  let fixture: ComponentFixture<PortalOffice>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [PortalOffice],
    }).compileComponents();

    fixture = TestBed.createComponent(PortalOffice);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
