/** 站点备案信息：页脚从这里取值。 */
export const ONLINE_NUMBER = 'Zhejiang-XiaoZhiXieZuo-202612010008';

export const SITE = {
  onlineNumber: 'Zhejiang-XiaoZhiXieZuo-202612010008',
  icp: '浙ICP备2026044830号-1',
};
