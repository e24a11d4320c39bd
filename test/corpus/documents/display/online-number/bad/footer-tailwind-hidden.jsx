import { ONLINE_NUMBER } from '../constants/site';

export function Footer() {
  return (
    <footer className="py-6 text-center text-xs">
      <p>© 2026 杭州小智科技有限公司</p>
      <p className="hidden">上线编号：{ONLINE_NUMBER}</p>
    </footer>
  );
}
