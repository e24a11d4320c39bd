import { SITE } from '@/constants/site';

export function Footer() {
  return (
    <footer>
      <div className="hidden lg:hidden">
        <p>
          <span>上线编号：</span>
          <span>{SITE.onlineNumber}</span>
        </p>
      </div>
    </footer>
  );
}
