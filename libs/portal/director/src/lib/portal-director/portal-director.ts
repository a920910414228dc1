import { Component } from '@angular/core';

@Component({
  selector: 'urp-portal-director',
  imports: [],
  templateUrl: './portal-director.html',
  styleUrl: './portal-director.css',
})
export class PortalDirector {}
