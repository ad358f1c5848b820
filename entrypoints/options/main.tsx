import { render } from 'preact';
import { z } from 'zod';
import '../../assets/pages.css';
import { OptionsApp } from './app';

z.config({ jitless: true });
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
