import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PortalOperator } from './portal-operator';

describe('PortalOperator', () => {
  let component: PortalOperator;
  let fixture: ComponentFixture<PortalOperator>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [PortalOperator],
    }).compileComponents();

    fixture = TestBed.createComponent(PortalOperator);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
