/**
 * What an exempt reason must say (docs/domain.md#path): a service offered to the public is exempt
 * only without public-opinion attributes or social-mobilisation capability. Data, not logic.
 */

/** "不具有舆论属性或社会动员能力" and its English equivalent, negation first. */
export const NO_PUBLIC_OPINION =
  /(不具有|不具备|无|没有|不涉及)[^。；;\n]{0,12}(舆论属性|社会动员)|\b(no|without|lacks?)\b[^.;\n]{0,24}\b(public[- ]opinion|social[- ]mobili[sz]ation)/i;

export function statesNoPublicOpinion(reason: string | null | undefined): boolean {
  return NO_PUBLIC_OPINION.test(reason ?? '');
}
