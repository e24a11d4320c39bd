export default function Footer() {
  return (
    <footer className="mx-auto max-w-5xl px-4 py-8 text-sm text-slate-500">
      <div className="flex flex-wrap gap-4">
        <span>© 2026 杭州小智科技有限公司</span>
        <span>上线编号：Zhejiang-XiaoZhiXieZuo-202612010008</span>
      </div>
    </footer>
  );
}
