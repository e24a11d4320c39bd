export function Footer() {
  return (
    <footer className="text-center text-xs">
      <p>© 2026 杭州小智科技有限公司</p>
      <a href="https://beian.miit.gov.cn/">浙ICP备2026044830号-1</a>
    </footer>
  );
}
