import { useTranslation } from 'react-i18next';

export function Footer() {
  const { t } = useTranslation();
  return (
    <footer>
      <p className="invisible text-xs">{t('footer.onlineNumber')}</p>
    </footer>
  );
}
