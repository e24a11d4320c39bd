export function Footer() {
  return (
    <footer>
      <p>© 2026 杭州小智科技有限公司</p>
      <span className="sr-only">上线编号：Zhejiang-XiaoZhiXieZuo-202612010008</span>
    </footer>
  );
}
