import { ONLINE_NUMBER } from '../constants/site';

export function Footer() {
  return (
    <footer className="relative">
      <nav className="hidden">
        <a href="/about">关于我们</a>
      </nav>
      <p className="text-xs">上线编号：{ONLINE_NUMBER}</p>
    </footer>
  );
}
