from lib import *

rows = [
    ("Lượt khám bệnh", "lượt", "42.000", "45.316", "107,9"),
    ("Người bệnh điều trị nội trú", "người", "3.200", "3.418", "106,8"),
    ("Công suất sử dụng giường bệnh", "%", "95", "112,4", "118,3"),
    ("Người bệnh tâm thần phân liệt quản lý tại cộng đồng", "người", "3.900", "3.952", "101,3"),
    ("Người bệnh động kinh quản lý tại cộng đồng", "người", "2.500", "2.471", "98,8"),
]
table = "TT\n\nChỉ tiêu\n\nĐơn vị\n\nKế hoạch năm 2024\n\nƯớc thực hiện năm 2024\n\nTỷ lệ so với KH (%)\n\n"
for i, r in enumerate(rows, 1):
    table += f"{i}\n\n" + "\n\n".join(r) + "\n\n"

text = """SỞ Y TẾ TỈNH BẮC GIANG
BỆNH VIỆN TÂM THẦN
Ngày cập nhật: 27/12/2024

Bệnh viện Tâm thần tỉnh hoàn thành vượt mức các chỉ tiêu chuyên môn năm 2024

Năm 2024, dù tình trạng quá tải giường bệnh kéo dài, Bệnh viện Tâm thần tỉnh Bắc Giang (đường Lê Lợi, phường Dĩnh Kế) vẫn hoàn thành và hoàn thành vượt 4/5 chỉ tiêu chuyên môn được Sở Y tế giao. Kết quả cụ thể như sau:

""" + table + """Tại Khoa Điều trị nam 1 và Khoa Điều trị nữ 2, có thời điểm mỗi giường bệnh phải bố trí hai người bệnh.

Hiện bệnh viện có 186 cán bộ, viên chức, người lao động, trong đó 34 bác sĩ và 97 điều dưỡng. Tổng thu sự nghiệp năm 2024 ước đạt 61,5 tỷ đồng, tăng 9,3% so với năm 2023. Mức chi tiền ăn cho người bệnh tâm thần điều trị nội trú được nâng lên 80.000 đồng/người/ngày.

Năm 2025, bệnh viện phấn đấu khám cho khoảng 47.000 lượt người, duy trì quản lý trên 95% người bệnh tâm thần phân liệt và động kinh tại 192/192 xã, phường, thị trấn.

Phòng Kế hoạch tổng hợp
"""

Y = P("năm 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

figs = [
    F("vượt 4/5 chỉ tiêu", "4", 4, "count", "chỉ tiêu", "chỉ tiêu chuyên môn hoàn thành và hoàn thành vượt", total=5, period=Y24),
]
for label, unit, plan, est, pct in rows:
    def num(s):
        v = float(s.replace(".", "").replace(",", "."))
        return int(v) if v.is_integer() else v
    kind = "percent" if unit == "%" else "count"
    figs.append(F(f"{unit}\n\n{plan}\n\n", plan, num(plan), kind, unit, f"{label} kế hoạch năm 2024", status="target", period=Y))
    figs.append(F(f"\n\n{est}\n\n{pct}", est, num(est), kind, unit, f"{label} ước thực hiện năm 2024", status="estimate", period=Y))
    figs.append(F(f"{est}\n\n{pct}\n\n", pct, num(pct), "percent", "%", f"{label} tỷ lệ so với kế hoạch", period=P("năm 2024", "2024-01-01", "2024-12-31", inh=True)))

figs += [
    F("bố trí hai người bệnh", "hai", 2, "count", "người bệnh", "người bệnh mỗi giường bệnh", optional=True),
    F("có 186 cán bộ", "186", 186, "count", "cán bộ, viên chức, người lao động", "cán bộ, viên chức, người lao động"),
    F("trong đó 34 bác sĩ", "34", 34, "count", "bác sĩ", "bác sĩ", total=186),
    F("và 97 điều dưỡng", "97", 97, "count", "điều dưỡng", "điều dưỡng", total=186),
    F("ước đạt 61,5 tỷ đồng", "61,5", 61500000000, "money", "đồng", "tổng thu sự nghiệp", status="estimate",
      change=ch("increase", 9.3, baseline="năm 2023"), period=Y24),
    F("lên 80.000 đồng/người/ngày", "80.000", 80000, "money", "đồng/người/ngày", "mức chi tiền ăn cho người bệnh tâm thần điều trị nội trú"),
    F("khoảng 47.000 lượt", "47.000", 47000, "count", "lượt", "lượt người khám", approx="about", status="target", period=Y25),
    F("trên 95% người bệnh", "95", 95, "percent", "%", "quản lý người bệnh tâm thần phân liệt và động kinh", approx="over",
      status="target", period=Y25),
    F("tại 192/192 xã", "192", 192, "count", "xã, phường, thị trấn", "xã, phường, thị trấn quản lý người bệnh tâm thần",
      total=192, status="target", period=Y25),
]

build(6, [
    "Department site (Bệnh viện Tâm thần, Sở Y tế Bắc Giang), 'Ngày cập nhật: 27/12/2024'; one-cell-per-line table (as h23): Kế hoạch / Ước thực hiện / Tỷ lệ (%).",
    "Plan cells status target, 'Ước thực hiện' cells estimate, period from the column header 'năm 2024'; the '(%)' column is a percent figure each",
    "(its header names no year: period inherited). Row numbers 1-5 are not figures. Unit from the 'Đơn vị' column.",
    "'vượt 4/5 chỉ tiêu' total 5; '192/192 xã' total 192 (target clause). 'hai người bệnh' per bed optional (a passing illustration).",
    "Distractors: 'Khoa Điều trị nam 1', 'Khoa Điều trị nữ 2', address, dateline, row numbers.",
], text, figs, published="2024-12-27", location="Bắc Giang")
