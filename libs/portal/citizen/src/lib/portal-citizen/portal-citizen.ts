import { Component } from '@angular/core';

@Component({
  selector: 'urp-portal-citizen',
  imports: [],
  templateUrl: './portal-citizen.html',
  styleUrl: './portal-citizen.css',
})
export class PortalCitizen {}
