import { render } from 'preact';
import { z } from 'zod';
import '../../assets/pages.css';
import './library.css';
import { LibraryApp } from './app';

z.config({ jitless: true });
const root = document.getElementById('app');
if (root) render(<LibraryApp />, root);
