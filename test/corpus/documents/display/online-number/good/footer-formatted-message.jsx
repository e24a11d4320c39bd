import { FormattedMessage } from 'react-intl';

export const Footer = () => (
  <footer className="footer">
    <FormattedMessage id="footer.copyright" />
    <p>
      <FormattedMessage id="footer.onlineNumber" />
    </p>
  </footer>
);
