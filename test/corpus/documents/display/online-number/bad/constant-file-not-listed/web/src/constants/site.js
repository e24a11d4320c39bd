export const ONLINE_NUMBER = 'Zhejiang-XiaoZhiXieZuo-202612010008';
