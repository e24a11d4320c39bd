import { useTranslation } from 'react-i18next';

export function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <span>{t('footer.copyright')}</span>
      <span>{t('footer.onlineNumber')}</span>
      <a href="https://beian.miit.gov.cn/">{t('footer.icp')}</a>
    </footer>
  );
}
