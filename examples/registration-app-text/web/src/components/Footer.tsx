export function Footer() {
  return (
    <footer className="site-footer">
      <p>© 2026 杭州小智科技有限公司</p>
      <p>本服务调用的生成式人工智能模型：通义千问（备案号 ZheJiang-TongYiQianWen-20230901）</p>
      <p>内容由人工智能生成，仅供参考</p>
      <a href="https://beian.miit.gov.cn/">浙ICP备2026044830号-1</a>
    </footer>
  );
}
