import { ONLINE_NUMBER } from '../constants/site';

export function Footer() {
  return (
    <footer className="border-t py-6 text-center text-xs text-gray-500">
      <p>© 2026 杭州小智科技有限公司</p>
      <p>生成式人工智能服务上线编号：{ONLINE_NUMBER}</p>
      <a href="https://beian.miit.gov.cn/">浙ICP备2026044830号-1</a>
    </footer>
  );
}
