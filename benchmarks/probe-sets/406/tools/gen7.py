from lib import *

A = """SỞ NỘI VỤ TỈNH ĐỒNG NAI
Ban Tôn giáo
Lượt xem: 1.329 | In bài viết

Tình hình tôn giáo trên địa bàn tỉnh năm 2024

Đồng Nai là một trong những địa phương có đông tín đồ tôn giáo nhất cả nước. Tính đến tháng 10/2024, toàn tỉnh có 11 tôn giáo, 32 tổ chức tôn giáo với gần 1,9 triệu tín đồ, chiếm khoảng 57% dân số.

Bảng: Một số chỉ tiêu chủ yếu phân theo tôn giáo (tính đến tháng 10/2024)

Tôn giáo

Cơ sở thờ tự (cơ sở)

Chức sắc (người)

Tín đồ (nghìn người)

Công giáo

562

1.480

1.036,2

Phật giáo

638

2.115

712,5

Tin lành

164

386

68,9

Cao Đài

37

214

41,7

Tôn giáo khác

26

92

22,3

Tổng số

1.427

4.287

1.881,6

So với năm 2023, số chức sắc tăng 2,4%, số tín đồ tăng 1,8%. Trong 10 tháng năm 2024, các tổ chức tôn giáo tổ chức 1.150 cuộc lễ hội, sinh hoạt tôn giáo quy mô lớn với khoảng 2,6 triệu lượt người tham dự; riêng tháng 5/2024, dịp Đại lễ Phật đản Phật lịch 2568, có trên 350.000 lượt người tham dự.

Năm 2024, UBND tỉnh đã chấp thuận chủ trương cho 41 cơ sở tôn giáo xây dựng mới, cải tạo với tổng diện tích sàn khoảng 58.000 m2; cấp giấy chứng nhận quyền sử dụng đất cho 73 cơ sở với diện tích 42,7 ha, nâng tỷ lệ cơ sở đã được cấp giấy lên 81,3%.

Địa chỉ: số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa.
"""

asof_s = P("Tính đến tháng 10/2024", None, "2024-10-31")
asof = PI("tính đến tháng 10/2024", None, "2024-10-31")
m10 = P("Trong 10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("có 11 tôn giáo", "11", 11, "count", "tôn giáo", "tôn giáo", period=asof_s),
    F("32 tổ chức tôn giáo", "32", 32, "count", "tổ chức tôn giáo", "tổ chức tôn giáo", period=asof_s),
    F("gần 1,9 triệu tín đồ", "1,9", 1900000, "count", "tín đồ", "tín đồ", approx="nearly", percent=57, period=asof_s),
]
rows = [("Công giáo", "562", "1.480", "1.036,2"), ("Phật giáo", "638", "2.115", "712,5"),
        ("Tin lành", "164", "386", "68,9"), ("Cao Đài", "37", "214", "41,7"),
        ("Tôn giáo khác", "26", "92", "22,3"), ("Tổng số", "1.427", "4.287", "1.881,6")]
for label, a, b, c in rows:
    lab = "tổng số" if label == "Tổng số" else label
    va = int(a.replace(".", ""))
    vb = int(b.replace(".", ""))
    vc = round(float(c.replace(".", "").replace(",", ".")) * 1000)
    figs.append(F(f"{label}\n\n{a}\n", a, va, "count", "cơ sở", f"cơ sở thờ tự {lab}", period=asof))
    figs.append(F(f"{a}\n\n{b}\n", b, vb, "count", "người", f"chức sắc {lab}", period=asof))
    figs.append(F(f"{b}\n\n{c}\n", c, vc, "count", "người", f"tín đồ {lab}", period=asof))

figs += [
    F("chức sắc tăng 2,4%", "2,4", 2.4, "percent", "%", "số chức sắc tăng so với năm 2023", period=asof),
    F("tín đồ tăng 1,8%", "1,8", 1.8, "percent", "%", "số tín đồ tăng so với năm 2023", period=asof),
    F("tổ chức 1.150 cuộc", "1.150", 1150, "count", "cuộc", "cuộc lễ hội, sinh hoạt tôn giáo quy mô lớn", period=m10),
    F("khoảng 2,6 triệu lượt người", "2,6", 2600000, "count", "lượt người", "lượt người tham dự",
      approx="about", period=m10),
    F("trên 350.000 lượt người", "350.000", 350000, "count", "lượt người", "lượt người tham dự Đại lễ Phật đản",
      approx="over", period=P("tháng 5/2024", "2024-05-01", "2024-05-31")),
    F("cho 41 cơ sở tôn giáo", "41", 41, "count", "cơ sở tôn giáo", "cơ sở tôn giáo được chấp thuận xây dựng mới, cải tạo",
      period=Y24),
    F("khoảng 58.000 m2", "58.000", 58000, "measure", "m2", "tổng diện tích sàn", approx="about", period=Y24),
    F("cho 73 cơ sở", "73", 73, "count", "cơ sở", "cơ sở được cấp giấy chứng nhận quyền sử dụng đất", period=Y24),
    F("diện tích 42,7 ha", "42,7", 42.7, "measure", "ha", "diện tích được cấp giấy chứng nhận", period=Y24),
    F("lên 81,3%", "81,3", 81.3, "percent", "%", "tỷ lệ cơ sở đã được cấp giấy", period=Y24),
]

write("p406-7", A, figs, [
    "Department site (Sở Nội vụ Đồng Nai, Ban Tôn giáo): religion statistics 2024; no dateline at all (only a view counter), so no published.",
    "One-cell-per-line table (as h23): columns 'Cơ sở thờ tự (cơ sở)', 'Chức sắc (người)', 'Tín đồ (nghìn người)' — the 'nghìn' in the header",
    "multiplies the cell (1.036,2 → 1.036.200 người). Rows are religions (not places): subject = column + row label; the 'Tổng số' row is a figure of its own;",
    "no totals for table cells. Period of cells from the table title '(tính đến tháng 10/2024)', a separate line: inherited.",
    "'So với năm 2023, số chức sắc tăng 2,4%' = growth rate as the claim (percent, no change); its period is the as-of month (baseline is not the period): inherited.",
    "'riêng tháng 5/2024 …' has no part-of cue: no total. 'nâng tỷ lệ … lên 81,3%' states the new level only.",
    "Distractors: 'Lượt xem: 1.329', 'Phật lịch 2568', 'Bảng:', address 'số 2 Nguyễn Văn Trị'.",
], location="Đồng Nai")
