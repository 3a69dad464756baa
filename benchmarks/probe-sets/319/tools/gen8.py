from lib import F, P, ch, emit

ROWS = [
    # label, unit line, multiplier, base unit, [2022, 2023, est 9m 2024, % yoy]
    ("Than sạch", "nghìn tấn", 1e3, "tấn", ["1.542", "1.608", "1.237", "104,5"]),
    ("Quặng sắt tinh", "nghìn tấn", 1e3, "tấn", ["968", "1.015", "742", "97,6"]),
    ("Tinh quặng vonfram", "tấn", 1, "tấn", ["5.870", "6.124", "4.806", "108,2"]),
    ("Đá xây dựng", "nghìn m³", 1e3, "m³", ["3.215", "3.390", "2.410", "96,3"]),
    ("Cát, sỏi", "nghìn m³", 1e3, "m³", ["1.104", "1.150", "812", "95,1"]),
]

table = ["Sản phẩm", "Đơn vị tính", "Năm 2022", "Năm 2023", "Ước tính 9 tháng năm 2024",
         "9 tháng năm 2024 so với cùng kỳ (%)"]
for label, u, _, _, cells in ROWS:
    table += [label, u] + cells
TABLE = "\n\n".join(table)

TEXT = """Cục Thống kê tỉnh Thái Nguyên
Trang chủ / Tin kinh tế - xã hội / Công nghiệp

Ngành khai khoáng 9 tháng năm 2024: chỉ số sản xuất tăng 6,17%

Ngày cập nhật 03/10/2024

Chỉ số sản xuất ngành khai khoáng của tỉnh Thái Nguyên 9 tháng năm 2024 ước tính tăng 6,17% so với cùng kỳ năm trước, trong đó khai thác than cứng và than non tăng 4,52%, khai thác quặng kim loại tăng 9,86%; riêng khai khoáng khác (đá, cát, sỏi) giảm 2,34% do nhu cầu xây dựng chững lại. Ngành khai khoáng chiếm 7,8% giá trị sản xuất toàn ngành công nghiệp của tỉnh.

Giá trị sản xuất ngành khai khoáng (giá so sánh 2010) 9 tháng ước đạt 4.826,5 tỷ đồng. Số lao động làm việc trong các doanh nghiệp khai khoáng khoảng 6,2 nghìn người, giảm 3,1% so với cùng kỳ.

Sản lượng một số sản phẩm chủ yếu ngành khai khoáng

""" + TABLE + """

Nguồn: Phòng Thống kê Công nghiệp - Xây dựng, điện thoại 0208.3855.310
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9h = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9b = P("9 tháng", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("2024: chỉ số sản xuất tăng 6,17%", "6,17", 6.17, "percent", "%", "chỉ số sản xuất ngành khai khoáng", M9h),
    F("ước tính tăng 6,17% so", "6,17", 6.17, "percent", "%", "Chỉ số sản xuất ngành khai khoáng", M9,
      status="estimate"),
    F("than non tăng 4,52%", "4,52", 4.52, "percent", "%", "chỉ số sản xuất khai thác than cứng và than non", M9,
      status="estimate"),
    F("kim loại tăng 9,86%", "9,86", 9.86, "percent", "%", "chỉ số sản xuất khai thác quặng kim loại", M9,
      status="estimate"),
    F("giảm 2,34%", "2,34", 2.34, "percent", "%", "chỉ số sản xuất khai khoáng khác (đá, cát, sỏi)", M9,
      status="estimate"),
    F("chiếm 7,8%", "7,8", 7.8, "percent", "%", "tỷ trọng ngành khai khoáng trong giá trị sản xuất toàn ngành công nghiệp",
      M9i),
    F("ước đạt 4.826,5 tỷ đồng", "4.826,5", 4826.5e9, "money", "đồng", "Giá trị sản xuất ngành khai khoáng (giá so sánh 2010)",
      M9b, status="estimate"),
    F("khoảng 6,2 nghìn người", "6,2", 6200, "count", "người", "lao động làm việc trong các doanh nghiệp khai khoáng",
      M9i, approx="about", change=ch("decrease", 3.1, "%", "cùng kỳ")),
]
for label, u, mult, unit, cells in ROWS:
    a, b, c, d = cells
    lab = f"{label}\n\n{u}\n\n"
    FIGS.append(F(lab + a, a, num(a) * mult, "measure", unit, f"{label} năm 2022", Y22))
    FIGS.append(F(f"{a}\n\n{b}", b, num(b) * mult, "measure", unit, f"{label} năm 2023", Y23))
    FIGS.append(F(f"{b}\n\n{c}", c, num(c) * mult, "measure", unit, f"{label} ước tính 9 tháng năm 2024", M9h,
                  status="estimate"))
    FIGS.append(F(f"{c}\n\n{d}", d, num(d), "percent", "%", f"{label} 9 tháng năm 2024 so với cùng kỳ", M9h))

COMMENTS = [
    "Provincial statistics office (Cục Thống kê Thái Nguyên): mining production index 9 months 2024, output value, jobs, ONE-CELL-PER-LINE table",
    "(Sản phẩm | Đơn vị tính | Năm 2022 | Năm 2023 | Ước tính 9 tháng năm 2024 | 9 tháng năm 2024 so với cùng kỳ (%)).",
    "'Ngày cập nhật 03/10/2024' dateline. Default location Thái Nguyên. Growth rates are the claims: percent figures without change;",
    "'giảm 2,34%' a percent figure with value 2,34. The 'ước tính' clause governs the rates after 'trong đó' → estimate.",
    "Table: unit and multiplier from the 'Đơn vị tính' cell of each row ('nghìn tấn' ×10³ tấn, 'nghìn m³' ×10³ m³, 'tấn'); period from the column header;",
    "'Ước tính' column → estimate; the '(%)' column → percent, actual (its header has no estimate cue). 'giá so sánh 2010' is a price base, not a figure.",
    "'khoảng 6,2 nghìn người, giảm 3,1% so với cùng kỳ' count with change; 'chiếm 7,8%' share stands alone (percent figure).",
    "Distractors: phone 0208.3855.310, dateline, '2010' price base, breadcrumb.",
]

emit("p319-8", TEXT, COMMENTS, FIGS, published="2024-10-03", location="Thái Nguyên")
