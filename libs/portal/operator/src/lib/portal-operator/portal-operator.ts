import { Component } from '@angular/core';

@Component({
  selector: 'urp-portal-operator',
  imports: [],
  templateUrl: './portal-operator.html',
  styleUrl: './portal-operator.css',
})
export class PortalOperator {}
