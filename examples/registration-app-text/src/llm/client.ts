import OpenAI from 'openai';

export const client = new OpenAI({
  baseURL: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
  apiKey: process.env.DASHSCOPE_API_KEY,
});

export async function generateTitle(attributes: string): Promise<string> {
  const completion = await client.chat.completions.create({
    model: 'qwen-plus',
    messages: [
      { role: 'system', content: '你是电商文案助手。' },
      { role: 'user', content: attributes },
    ],
  });
  return completion.choices[0]?.message.content ?? '';
}
