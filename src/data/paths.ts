/** What each declared path asks of the repository (docs/domain.md#path, #materials). Data, not logic. */
import type { DeclaredPath, MaterialKey } from '../model/manifest.js';

export const PATH_ORDER: Record<DeclaredPath, number> = { exempt: 0, registration: 1, filing: 2 };

export const PATH_NAMES: Record<DeclaredPath, { 'zh-CN': string; en: string }> = {
  registration: { 'zh-CN': '登记', en: 'registration' },
  filing: { 'zh-CN': '备案', en: 'filing' },
  exempt: { 'zh-CN': '无需备案或登记', en: 'exempt' },
};

export const REQUIRED_MATERIALS: Record<DeclaredPath, readonly MaterialKey[]> = {
  registration: ['business_license', 'legal_representative_id', 'contact_form', 'application_form'],
  filing: [
    'business_license',
    'legal_representative_id',
    'contact_form',
    'application_form',
    'security_assessment',
  ],
  exempt: [],
};

export const MATERIAL_NAMES: Record<MaterialKey, { 'zh-CN': string; en: string }> = {
  business_license: { 'zh-CN': '营业执照复印件', en: 'business licence copy' },
  legal_representative_id: { 'zh-CN': '法定代表人身份证明', en: 'legal representative ID proof' },
  contact_form: { 'zh-CN': '联系人信息表', en: 'contact-person form' },
  application_form: { 'zh-CN': '上线备案申请表', en: 'application form' },
  security_assessment: { 'zh-CN': '安全评估报告', en: 'security assessment report' },
};

/** Test access documents the reviewers need on both the registration and the filing path. */
export const TEST_ACCESS_DOCS = {
  account_doc: { 'zh-CN': '测试账号说明', en: 'test account notes' },
  api_doc: { 'zh-CN': '接口说明', en: 'API interface information' },
} as const;
