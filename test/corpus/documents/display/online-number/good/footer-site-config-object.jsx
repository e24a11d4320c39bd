import { SITE } from '@/constants/site';

export function Footer() {
  return (
    <footer>
      <p>
        上线编号 {SITE.onlineNumber} · <a href="https://beian.miit.gov.cn/">{SITE.icp}</a>
      </p>
    </footer>
  );
}
