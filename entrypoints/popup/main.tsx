import { render } from 'preact';
import { z } from 'zod';
import '../../assets/pages.css';
import './popup.css';
import { PopupApp } from './app';

z.config({ jitless: true });
const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
