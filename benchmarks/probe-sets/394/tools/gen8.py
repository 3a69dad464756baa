from lib import *

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LÂM ĐỒNG
Trang chủ / Tin tức / Phát triển nông thôn

Kết quả phát triển hợp tác xã nông nghiệp quý III/2024

Trong quý III/2024, toàn tỉnh thành lập mới 14 hợp tác xã nông nghiệp, giải thể 3 hợp tác xã; tính đến ngày 30/9/2024, tổng số hợp tác xã nông nghiệp là 356 hợp tác xã với hơn 19,8 nghìn thành viên. Một số chỉ tiêu chủ yếu như sau:

Đơn vị tính: hợp tác xã

Chỉ tiêu

Quý III/2023

Quý III/2024

So với cùng kỳ (%)

Thành lập mới

9

14

155,6

Giải thể

5

3

60,0

Ứng dụng công nghệ cao

41

48

117,1

Có sản phẩm OCOP

52

63

121,2

Doanh thu bình quân của hợp tác xã nông nghiệp 9 tháng năm 2024 ước đạt 3,4 tỷ đồng/hợp tác xã, tăng 7,8% so với cùng kỳ. Riêng các hợp tác xã ứng dụng công nghệ cao có doanh thu bình quân 11,5 tỷ đồng. Các huyện có nhiều hợp tác xã nông nghiệp là Đơn Dương (42 hợp tác xã), Lâm Hà (38), Đức Trọng (35), Di Linh (31).

Từ đầu năm đến nay, Chi cục đã tổ chức 12 lớp bồi dưỡng cho khoảng 650 lượt cán bộ quản lý hợp tác xã.

Quý IV/2024, ngành nông nghiệp phấn đấu thành lập mới 10 hợp tác xã, nâng tỷ lệ hợp tác xã nông nghiệp hoạt động hiệu quả lên 65% (quý III/2024 đạt 58,4%).

Chi cục Phát triển nông thôn - số 46 Hoàng Văn Thụ, TP Đà Lạt. ĐT: 0263.3822.519
Thanh Lâm
07/10/2024
"""

Q23 = P("Quý III/2023", "2023-07-01", "2023-09-30")
Q24 = P("Quý III/2024", "2024-07-01", "2024-09-30")
Q24i = P("quý III/2024", "2024-07-01", "2024-09-30", True)
AS = P("tính đến ngày 30/9/2024", None, "2024-09-30")
ASi = P("tính đến ngày 30/9/2024", None, "2024-09-30", True)
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")

ROWS = [("Thành lập mới", "9", 9, "14", 14, "155,6", 155.6),
        ("Giải thể", "5", 5, "3", 3, "60,0", 60.0),
        ("Ứng dụng công nghệ cao", "41", 41, "48", 48, "117,1", 117.1),
        ("Có sản phẩm OCOP", "52", 52, "63", 63, "121,2", 121.2)]

FIGS = [
    F("thành lập mới 14 hợp tác xã", "14", 14, "count", "hợp tác xã", "hợp tác xã nông nghiệp thành lập mới",
      P("Trong quý III/2024", "2024-07-01", "2024-09-30")),
    F("giải thể 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã giải thể",
      P("Trong quý III/2024", "2024-07-01", "2024-09-30")),
    F("là 356 hợp tác xã", "356", 356, "count", "hợp tác xã", "tổng số hợp tác xã nông nghiệp", AS),
    F("hơn 19,8 nghìn", "19,8", 19800, "count", "thành viên", "thành viên hợp tác xã nông nghiệp", AS, approx="over"),
]
for label, a, av, b, bv, c, cv in ROWS:
    FIGS.append(F(f"{label}\n\n{a}\n", a, av, "count", "hợp tác xã", f"{label} Quý III/2023", Q23))
    FIGS.append(F(f"\n{a}\n\n{b}\n\n", b, bv, "count", "hợp tác xã", f"{label} Quý III/2024", Q24))
    FIGS.append(F(f"\n{c}\n", c, cv, "percent", "%", f"{label} so với cùng kỳ", Q24i))

FIGS += [
    F("ước đạt 3,4 tỷ", "3,4", 3400000000, "money", "đồng/hợp tác xã",
      "doanh thu bình quân của hợp tác xã nông nghiệp", P("9 tháng năm 2024", "2024-01-01", "2024-09-30"),
      status="estimate", change=C("increase", 7.8, "%", "cùng kỳ")),
    F("bình quân 11,5 tỷ", "11,5", 11500000000, "money", "đồng",
      "doanh thu bình quân các hợp tác xã ứng dụng công nghệ cao", P("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)),
    F("Đơn Dương (42", "42", 42, "count", "hợp tác xã", "hợp tác xã nông nghiệp", ASi, location="Đơn Dương"),
    F("Lâm Hà (38)", "38", 38, "count", "hợp tác xã", "hợp tác xã nông nghiệp", ASi, location="Lâm Hà"),
    F("Đức Trọng (35)", "35", 35, "count", "hợp tác xã", "hợp tác xã nông nghiệp", ASi, location="Đức Trọng"),
    F("Di Linh (31)", "31", 31, "count", "hợp tác xã", "hợp tác xã nông nghiệp", ASi, location="Di Linh"),
    F("tổ chức 12 lớp", "12", 12, "count", "lớp", "lớp bồi dưỡng cán bộ quản lý hợp tác xã",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")),
    F("khoảng 650 lượt", "650", 650, "count", "lượt cán bộ", "lượt cán bộ quản lý hợp tác xã được bồi dưỡng",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-10-07"), approx="about"),
    F("mới 10 hợp tác xã", "10", 10, "count", "hợp tác xã", "hợp tác xã thành lập mới", Q4, status="target"),
    F("lên 65%", "65", 65, "percent", "%", "tỷ lệ hợp tác xã nông nghiệp hoạt động hiệu quả", Q4, status="target"),
    F("đạt 58,4%", "58,4", 58.4, "percent", "%", "tỷ lệ hợp tác xã nông nghiệp hoạt động hiệu quả",
      P("quý III/2024", "2024-07-01", "2024-09-30")),
]

emit(8, TEXT, [
    "Department site (Sở NN&PTNT Lâm Đồng), breadcrumb, byline and a bare date at the very end (= published); location Lâm Đồng.",
    "One-cell-per-line table with 'Đơn vị tính: hợp tác xã' and a '(%)' column: every numeric cell a figure; period from the column header",
    "(Quý III/2023 / Quý III/2024); the '(%)' column has no period of its own (inherited quý III/2024). Subject = row label + column label.",
    "'ước đạt 3,4 tỷ …, tăng 7,8% so với cùng kỳ' estimate with change. The next sentence (own verb) is actual, period inherited.",
    "Districts in the list: location; no part-of cue, so no total. Target 65% with '(quý III/2024 đạt 58,4%)' as its own actual figure.",
    "Distractors: breadcrumb, 'số 46 Hoàng Văn Thụ, TP Đà Lạt', phone, byline date.",
], FIGS, published="2024-10-07", location="Lâm Đồng")
