import { Component } from '@angular/core';

@Component({
  selector: 'urp-portal-office',
  imports: [],
  templateUrl: './portal-office.html',
  styleUrl: './portal-office.css',
})
export class PortalOffice {}
