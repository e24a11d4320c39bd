import { ONLINE_NUMBER } from '../constants/site';

export function Footer() {
  const year = new Date().getFullYear();
  return (
    <footer className="bg-gray-50">
      <div className="container mx-auto flex flex-col items-center gap-2 md:flex-row">
        <div className="grow">© {year} 杭州小智科技有限公司</div>
        <div className="text-gray-400">
          <span>上线编号：</span>
          <span>{ONLINE_NUMBER}</span>
        </div>
      </div>
    </footer>
  );
}
