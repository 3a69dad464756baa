"""p892-7: department site (Chi cục Chăn nuôi và Thú y Lạng Sơn), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LẠNG SƠN
CHI CỤC CHĂN NUÔI VÀ THÚ Y
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Phát triển chăn nuôi gà thả vườn an toàn sinh học

Năm 2024, tổng đàn gia cầm của tỉnh Lạng Sơn đạt 5,35 triệu con, tăng 4,2% so với năm 2023, trong đó đàn gà chiếm 81%. Chăn nuôi gà thả vườn tập trung chủ yếu ở các huyện Hữu Lũng, Chi Lăng và Lộc Bình.

Đàn gà thả vườn tại 3 huyện trọng điểm:
Đơn vị tính: nghìn con
Huyện
Năm 2023
Năm 2024
Kế hoạch 2025
Hữu Lũng
1.420
1.510
1.600
Chi Lăng
760
805
850
Lộc Bình
540
575
620
Tổng
2.720
2.890
3.070

Năm 2024, Chi cục đã hướng dẫn 35 cơ sở áp dụng quy trình chăn nuôi an toàn sinh học, nâng tổng số cơ sở được chứng nhận lên 112; tỷ lệ tiêm phòng vắc xin cúm gia cầm đạt 78,5% tổng đàn. Giá gà thả vườn xuất chuồng ổn định ở mức 70.000-80.000 đồng/kg, người nuôi có lãi.

Mục tiêu năm 2025, tổng đàn gia cầm toàn tỉnh đạt 5,6 triệu con; 100% xã có nhân viên thú y; tỷ lệ cơ sở chăn nuôi gà áp dụng an toàn sinh học đạt trên 40%. Chi cục đề nghị các hộ chủ động tiêm phòng đợt 1 từ tháng 3 và đợt 2 từ tháng 9 hằng năm.

CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH LẠNG SƠN
Địa chỉ: Số 12 đường Lê Lợi, phường Vĩnh Trại, thành phố Lạng Sơn
Điện thoại: 0205.3812.467 - Email: chicucchannuoithuy@langson.gov.vn
Tổng lượt truy cập: 1.204.386 | Đang trực tuyến: 37
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

rows = [("Hữu Lũng", "1.420", "1.510", "1.600"), ("Chi Lăng", "760", "805", "850"),
        ("Lộc Bình", "540", "575", "620"), ("Tổng", "2.720", "2.890", "3.070")]
TABLE = []
for place, a, b, c in rows:
    loc = "Lạng Sơn" if place == "Tổng" else place
    subj = "tổng đàn gà thả vườn 3 huyện trọng điểm" if place == "Tổng" else "đàn gà thả vườn"
    for cell, per, status, anchor in ((a, Y23, "actual", f"{place}\n{a}\n"), (b, Y24, "actual", f"\n{a}\n{b}\n"),
                                      (c, K25, "target", f"\n{b}\n{c}\n")):
        kw = {"status": status} if status != "actual" else {}
        TABLE.append(F(anchor, cell, int(cell.replace(".", "")) * 1000, "count", "con", subj, per,
                       location=loc, **kw))

FIGS = [
    F("đạt 5,35 triệu con", "5,35", 5350000, "count", "con", "tổng đàn gia cầm", Y24,
      change=C("increase", 4.2, "%", "năm 2023")),
    F("chiếm 81%", "81", 81, "percent", "%", "đàn gà trong tổng đàn gia cầm", Y24),
    F("tại 3 huyện trọng điểm", "3", 3, "count", "huyện", "huyện trọng điểm", optional=True),
] + TABLE + [
    F("hướng dẫn 35 cơ sở", "35", 35, "count", "cơ sở", "cơ sở được hướng dẫn áp dụng quy trình chăn nuôi an toàn sinh học",
      Y24),
    F("lên 112", "112", 112, "count", "cơ sở", "tổng số cơ sở được chứng nhận an toàn sinh học",
      Y24),
    F("đạt 78,5%", "78,5", 78.5, "percent", "%", "tỷ lệ tiêm phòng vắc xin cúm gia cầm",
      Y24),
    F("70.000-80.000", "70.000", 70000, "money", "đồng/kg", "giá gà thả vườn xuất chuồng",
      I(Y24), value_max=80000),
    F("đạt 5,6 triệu con", "5,6", 5600000, "count", "con", "tổng đàn gia cầm", Y25, status="target"),
    F("100% xã", "100", 100, "percent", "%", "xã có nhân viên thú y", Y25, status="target"),
    F("trên 40%", "40", 40, "percent", "%", "tỷ lệ cơ sở chăn nuôi gà áp dụng an toàn sinh học", Y25,
      approx="over", status="target"),
]

NOTES = [
    "Chi cục Chăn nuôi và Thú y Lạng Sơn site (invented), no dateline (published absent): gà thả vườn an toàn sinh học, 2023-2025.",
    "One-cell-per-line table (Đơn vị tính: nghìn con): cells are counts in con (x1000); period from the column header",
    "(Năm 2023, Năm 2024, Kế hoạch 2025 -> target); district rows give the location, 'Tổng' = Lạng Sơn. No totals on cells.",
    "'nâng tổng số cơ sở được chứng nhận lên 112': a count of its own (the 35 are those guided in 2024, not parts of 112 by a cue).",
    "Distractors: footer address 'Số 12 đường Lê Lợi', phone 0205.3812.467, 'Tổng lượt truy cập: 1.204.386', 'Đang trực tuyến: 37',",
    "'đợt 1 từ tháng 3 và đợt 2 từ tháng 9' (rounds and months). '3 huyện trọng điểm' is structure: optional.",
]

write(7, TEXT, FIGS, NOTES, location="Lạng Sơn")
