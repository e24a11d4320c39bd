import { ONLINE_NUMBER } from '../constants/site';

export function Footer() {
  return (
    <footer>
      <p>
        <svg aria-hidden="true" className="inline h-3 w-3" viewBox="0 0 16 16" />
        上线编号：{ONLINE_NUMBER}
      </p>
    </footer>
  );
}
