export function Footer() {
  return (
    <footer>
      <p>© 2026 杭州小智科技有限公司</p>
      {/* 上线编号：Zhejiang-XiaoZhiXieZuo-202612010008（等上线后再放开） */}
    </footer>
  );
}
