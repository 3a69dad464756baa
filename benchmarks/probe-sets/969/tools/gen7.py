from lib import F, P, I, C, T, write

TEXT = """CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH BẾN TRE
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả tiêm phòng vắc xin đợt 1 năm 2025

Thực hiện Kế hoạch số 1245/KH-UBND của UBND tỉnh, từ ngày 1/3 đến 31/5/2025, Chi cục đã phối hợp với 9 huyện, thành phố tổ chức tiêm phòng đợt 1 cho đàn gia súc, gia cầm. Tổng số vắc xin các loại đã tiêm là 172.070 liều, đạt 81,9% kế hoạch đợt. Kết quả cụ thể như sau:

Loại vắc xin
Kế hoạch (liều)
Thực hiện (liều)
Tỷ lệ (%)
Lở mồm long móng
85.000
72.340
85,1
Tụ huyết trùng trâu, bò
60.000
48.600
81,0
Viêm da nổi cục
40.000
29.880
74,7
Dại chó, mèo
25.000
21.250
85,0
Tổng cộng
210.000
172.070
81,9

Trong đợt, toàn tỉnh ghi nhận 2 ổ dịch LMLM tại xã An Hòa Tây (huyện Ba Tri), làm 23 con bò mắc bệnh; các ổ dịch đã được khống chế sau 18 ngày. Chi cục đã cấp 3.200 lít thuốc sát trùng, phun khử trùng được 1,65 triệu m2 chuồng trại và khu vực chợ buôn bán gia súc.

Đàn bò của tỉnh hiện có 268.500 con, tăng 2,3% so với cùng kỳ; đàn heo 318.000 con. Đợt 2 dự kiến triển khai từ ngày 1/9 đến 30/11/2025 với khoảng 200.000 liều. Chi cục phấn đấu tỷ lệ tiêm phòng LMLM cả năm 2025 đạt trên 80% tổng đàn bò.

CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH BẾN TRE
Địa chỉ: Số 78 đường Nguyễn Huệ, phường An Hội, TP Bến Tre
Điện thoại: 0275.3822.454 - Fax: 0275.3829.140
Lượt truy cập: 1.284.503
"""

NOTES = [
    "Chi cục Chăn nuôi và Thú y tỉnh Bến Tre, department site with no dateline: vaccination round 1 of 2025 (1/3-31/5/2025), table pasted one cell",
    "per line (Loại vắc xin | Kế hoạch (liều) | Thực hiện (liều) | Tỷ lệ (%), Tổng cộng row), outbreak in Ba Tri, disinfection, herd, round 2.",
    "Distractors: 'Kế hoạch số 1245/KH-UBND', 'đợt 1/đợt 2', footer address 'Số 78 đường Nguyễn Huệ', phone/fax, 'Lượt truy cập: 1.284.503'.",
    "No published date. Table periods come from the lead sentence (inherited). Kế hoạch cells are targets; row label + column label is the subject.",
    "'Trong đợt' inherits the round's period. 'khống chế sau 18 ngày' is optional (a duration as a claim).",
]

rnd = P("từ ngày 1/3 đến 31/5/2025", "2025-03-01", "2025-05-31")

def row(label, plan_a, plan_n, done_a, done_n, pct_a, pct_n):
    return [
        F(plan_a, plan_n, float(plan_n.replace(".", "")), "count", "liều", f"vắc xin {label} kế hoạch", I(rnd), status="target"),
        F(done_a, done_n, float(done_n.replace(".", "")), "count", "liều", f"vắc xin {label} thực hiện", I(rnd)),
        F(pct_a, pct_n, float(pct_n.replace(",", ".")), "percent", "%", f"tỷ lệ tiêm vắc xin {label}", I(rnd)),
    ]

FIGS = [
    F("với 9 huyện", "9", 9, "count", "huyện, thành phố", "huyện, thành phố phối hợp tổ chức tiêm phòng", rnd),
    F("tiêm là 172.070 liều", "172.070", 172070, "count", "liều", "vắc xin các loại đã tiêm", I(rnd), percent=81.9),
    *row("lở mồm long móng", "85.000", "85.000", "72.340", "72.340", "85,1", "85,1"),
    *row("tụ huyết trùng trâu, bò", "60.000", "60.000", "48.600", "48.600", "81,0", "81,0"),
    *row("viêm da nổi cục", "40.000", "40.000", "29.880", "29.880", "74,7", "74,7"),
    *row("dại chó, mèo", "25.000", "25.000", "21.250", "21.250", "85,0", "85,0"),
    *row("các loại tổng cộng", "210.000", "210.000", "\n172.070\n", "172.070", "\n81,9\n", "81,9"),
    F("ghi nhận 2 ổ dịch", "2", 2, "count", "ổ dịch", "ổ dịch LMLM", I(rnd), location="Ba Tri"),
    F("làm 23 con bò", "23", 23, "count", "con", "bò mắc bệnh LMLM", I(rnd), location="Ba Tri"),
    F("sau 18 ngày", "18", 18, "measure", "ngày", "thời gian khống chế ổ dịch", optional=True, location="Ba Tri"),
    F("cấp 3.200 lít", "3.200", 3200, "measure", "lít", "thuốc sát trùng được cấp", I(rnd)),
    F("1,65 triệu m2", "1,65", 1650000, "measure", "m2", "diện tích chuồng trại và chợ gia súc được phun khử trùng", I(rnd)),
    F("có 268.500 con", "268.500", 268500, "count", "con", "đàn bò", change=C("increase", 2.3, "%", "cùng kỳ")),
    F("heo 318.000 con", "318.000", 318000, "count", "con", "đàn heo"),
    F("khoảng 200.000 liều", "200.000", 200000, "count", "liều", "vắc xin tiêm đợt 2",
      P("từ ngày 1/9 đến 30/11/2025", "2025-09-01", "2025-11-30"), approx="about", status="forecast"),
    F("trên 80% tổng đàn bò", "80", 80, "percent", "%", "tỷ lệ tiêm phòng LMLM", P("cả năm 2025", "2025-01-01", "2025-12-31"),
      approx="over", status="target"),
]

write("p969-7", TEXT, NOTES, FIGS, location="Bến Tre")
