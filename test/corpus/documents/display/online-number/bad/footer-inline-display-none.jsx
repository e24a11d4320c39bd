import { ONLINE_NUMBER } from '../constants/site';

export function Footer() {
  return (
    <footer>
      <p>© 2026 杭州小智科技有限公司</p>
      <p style={{ display: 'none' }}>上线编号：{ONLINE_NUMBER}</p>
    </footer>
  );
}
