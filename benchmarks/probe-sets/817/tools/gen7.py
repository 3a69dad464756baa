"""p817-7: department site (Sở Công Thương Bình Định), no dateline, wood pellets, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH BÌNH ĐỊNH
Trang chủ / Công nghiệp / Tin chuyên ngành

Ngành viên nén gỗ: tăng sản lượng, mở rộng thị trường

Năm 2023, sản lượng viên nén gỗ của các doanh nghiệp trên địa bàn tỉnh đạt 612.000 tấn, tăng 8,3% so với năm 2022; kim ngạch xuất khẩu đạt 98,6 triệu USD, chiếm 6,2% tổng kim ngạch xuất khẩu của tỉnh. Các nhà máy tập trung tại Khu kinh tế Nhơn Hội, Khu công nghiệp Phú Tài và huyện Phù Cát. Mỗi năm, các nhà máy tiêu thụ khoảng 1,1 triệu tấn mùn cưa, dăm gỗ và cành ngọn keo, tạo việc làm cho hơn 2.000 lao động với thu nhập bình quân 7,8 triệu đồng/người/tháng.

Một số chỉ tiêu chủ yếu của ngành viên nén gỗ:
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Số nhà máy đang hoạt động (nhà máy)
14
16
18
Sản lượng (nghìn tấn)
565
612
680
Kim ngạch xuất khẩu (triệu USD)
104,2
98,6
115
Lao động (người)
1.850
2.040
2.300

Giá viên nén gỗ xuất khẩu bình quân năm 2023 khoảng 161 USD/tấn, giảm 12,5% so với năm trước do nhu cầu tại châu Âu sụt giảm. Năm 2024, Sở có kế hoạch tổ chức 2 đoàn doanh nghiệp tham gia Hội chợ quốc tế ngành gỗ và năng lượng sinh khối lần thứ 3 tại Hàn Quốc; dự kiến có 3 dự án mới với tổng vốn đầu tư 1.250 tỷ đồng đi vào hoạt động trong năm.

Sở Công Thương tỉnh Bình Định
Địa chỉ: 143 Lê Hồng Phong, TP. Quy Nhơn, tỉnh Bình Định
Điện thoại: 0256.3826.114 - Fax: 0256.3826.115
Lượt truy cập: 1.284.507
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt 612.000 tấn", "612.000", 612000, "measure", "tấn", "sản lượng viên nén gỗ", Y23,
      change=C("increase", 8.3, baseline="năm 2022")),
    F("đạt 98,6 triệu USD", "98,6", 98600000, "money", "USD", "kim ngạch xuất khẩu viên nén gỗ", Y23, percent=6.2),
]
rows = [
    ("Số nhà máy đang hoạt động", "count", "nhà máy", 1, [("\n14\n16", "14"), ("\n16\n18", "16"), ("\n18\nSản", "18")]),
    ("Sản lượng viên nén gỗ", "measure", "tấn", 1e3, [("\n565\n", "565"), ("\n612\n680", "612"), ("\n680\n", "680")]),
    ("Kim ngạch xuất khẩu", "money", "USD", 1e6, [("\n104,2\n", "104,2"), ("\n98,6\n115", "98,6"), ("\n115\n", "115")]),
    ("Lao động", "count", "người", 1, [("\n1.850\n", "1.850"), ("\n2.040\n", "2.040"), ("\n2.300\n", "2.300")]),
]
for label, kind, unit, mult, cells in rows:
    for (anchor, num), per, col in zip(cells, (Y22, Y23, K24), ("năm 2022", "năm 2023", "kế hoạch 2024")):
        v = float(num.replace(".", "").replace(",", ".")) * mult
        kw = {"status": "target"} if col.startswith("kế") else {}
        FIGS.append(F(anchor, num, round(v, 6), kind, unit, f"{label} {col}", per, **kw))

FIGS += [
    F("khoảng 1,1 triệu tấn", "1,1", 1100000, "measure", "tấn", "mùn cưa, dăm gỗ và cành ngọn keo các nhà máy tiêu thụ mỗi năm",
      approx="about"),
    F("hơn 2.000 lao động", "2.000", 2000, "count", "lao động", "lao động có việc làm tại các nhà máy viên nén", approx="over"),
    F("7,8 triệu đồng/người/tháng", "7,8", 7800000, "money", "đồng/người/tháng", "thu nhập bình quân lao động"),
    F("khoảng 161 USD/tấn", "161", 161, "money", "USD/tấn", "giá viên nén gỗ xuất khẩu bình quân",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about", change=C("decrease", 12.5, baseline="năm trước")),
    F("tổ chức 2 đoàn", "2", 2, "count", "đoàn", "đoàn doanh nghiệp tham gia hội chợ tại Hàn Quốc", Y24,
      status="target"),
    F("có 3 dự án mới", "3", 3, "count", "dự án", "dự án mới đi vào hoạt động", Y24, status="forecast"),
    F("tư 1.250 tỷ đồng", "1.250", 1250000000000, "money", "đồng", "tổng vốn đầu tư dự án mới", Y24,
      status="forecast"),
]

NOTES = [
    "Sở Công Thương tỉnh Bình Định: ngành viên nén gỗ 2022-2024. No dateline (published absent); footer address, phone, fax, visit counter.",
    "One-cell-per-line table: header cells Chỉ tiêu / Năm 2022 / Năm 2023 / Kế hoạch 2024, then each row's cells. Unit and multiplier from the",
    "  row label ('(nghìn tấn)' → 565 = 565000 tấn, '(triệu USD)' → 104,2 = 104200000 USD); period from the column header (scored);",
    "  'Kế hoạch 2024' → status target. The table's 612 and 98,6 repeat the lead figures: each cell is a figure of its own.",
    "'chiếm 6,2% tổng kim ngạch xuất khẩu của tỉnh' is the percent of 98,6 triệu USD. 'năm trước' baseline = 2022.",
    "'Năm 2024, Sở có kế hoạch tổ chức 2 đoàn' → target; '; dự kiến có 3 dự án ... 1.250 tỷ đồng' → forecast; all in one sentence with 'Năm 2024'",
    "  ('trong năm' = 2024), so the period is scored. 'Mỗi năm', 'bình quân' give no period.",
    "Distractors: 'lần thứ 3' (ordinal), '143 Lê Hồng Phong', phone/fax 0256.3826.114/115, 'Lượt truy cập: 1.284.507'.",
]

write("p817-7", TEXT, NOTES, FIGS, published=None, location="Bình Định")
