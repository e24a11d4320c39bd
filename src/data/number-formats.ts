/** Number formats of docs/domain.md#numbers (status V). */

/** Province (or region) prefixes of model filing numbers, lower-cased; compared case-insensitively. */
export const FILING_PROVINCES = new Set([
  'beijing',
  'tianjin',
  'hebei',
  'shanxi',
  'neimenggu',
  'innermongolia',
  'liaoning',
  'jilin',
  'heilongjiang',
  'shanghai',
  'jiangsu',
  'zhejiang',
  'anhui',
  'fujian',
  'jiangxi',
  'shandong',
  'henan',
  'hubei',
  'hunan',
  'guangdong',
  'guangxi',
  'hainan',
  'chongqing',
  'sichuan',
  'guizhou',
  'yunnan',
  'xizang',
  'tibet',
  'shaanxi',
  'gansu',
  'qinghai',
  'ningxia',
  'xinjiang',
]);

/** `<Province>-<Name>-<YYYYMMDD>` with an optional 4-digit serial (from 2024). */
export const FILING_NUMBER = /^([A-Za-z]+)-([A-Za-z0-9][A-Za-z0-9._]*)-(\d{8})(\d{4})?$/;

/** `网信算备` + 21 digits + `号`; spaces allowed. */
export const ALGORITHM_FILING_NUMBER = /^网信算备\s*(\d\s*){21}号$/;

/** GB 32100: the 31 characters a unified social credit code may use, in value order. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The Interim Measures took effect on 2023-08-15; no filing number predates them by much. */
export const EARLIEST_FILING_DATE = '20230601';
