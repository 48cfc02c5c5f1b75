package org.marsad.text;

/** How a quantity was stated. */
public enum QuantityKind {
    /** "13", "ثلاثة عشر", "جنديين" (dual = 2), "قتيل" (= 1). */
    EXACT,
    /** "نحو 20", "حوالي", "قرابة". */
    APPROXIMATE,
    /** "أكثر من 10", "ما لا يقل عن". */
    AT_LEAST,
    /** "أقل من", "ما لا يزيد عن". */
    AT_MOST,
    /** "بين 10 و15", "10-15". */
    RANGE,
    /** "عشرات", "بضعة", "عدة", "المئات": a range with a conservative best value. */
    VAGUE
}
