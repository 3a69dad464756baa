"""p558-3: formal report UBND tỉnh Thái Bình, livestock 9 months 2024, flattened '|' table."""
from lib import F, P, INH, CH, emit

TEXT = """UBND TỈNH THÁI BÌNH
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 07 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất chăn nuôi 9 tháng năm 2024, nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Tổng đàn và sản phẩm chăn nuôi
Tính đến 30/9/2024, tổng đàn lợn toàn tỉnh ước đạt 912.500 con, tăng 3,6% so với cùng thời điểm năm 2023; đàn gia cầm 13,2 triệu con. Sản lượng thịt hơi các loại 9 tháng ước đạt 196.800 tấn, bằng 74,9% kế hoạch năm. Kết quả một số sản phẩm chủ yếu như sau:

TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Ước thực hiện 9 tháng | Ước TH so với KH (%)
1 | Thịt lợn hơi | tấn | 178.000 | 134.200 | 75,4
2 | Thịt gia cầm hơi | tấn | 62.500 | 50.100 | 80,2
3 | Thịt trâu, bò hơi | tấn | 11.000 | 7.950 | 72,3
4 | Trứng gia cầm | triệu quả | 420 | 318,6 | 75,9
5 | Sữa bò tươi | tấn | 2.400 | 1.730 | 72,1

2. Công tác thú y
Trong 9 tháng, toàn tỉnh đã tiêm phòng 4,85 triệu liều vắc xin các loại. Đã xảy ra 6 ổ dịch tả lợn châu Phi tại 4 xã thuộc 2 huyện (Quỳnh Phụ, Hưng Hà), tiêu hủy 318 con lợn với tổng trọng lượng 19.640 kg. Đến nay các ổ dịch đã qua 21 ngày. Toàn tỉnh hiện có 14 cơ sở giết mổ tập trung, công suất bình quân 120 con lợn/ngày đêm.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu năm 2024 tổng sản lượng thịt hơi đạt 262.800 tấn; giữ tổng đàn lợn ổn định khoảng 900 nghìn con; tiếp tục thực hiện Nghị quyết số 09/2023/NQ-HĐND về hỗ trợ phát triển chăn nuôi.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NNTNMT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
EST = P("Ước thực hiện 9 tháng", "2024-01-01", "2024-09-30")

ROWS = [
    # row label, unit, kind, multiplier, plan anchor/number, estimate anchor/number, ratio anchor/number
    ("Thịt lợn hơi", "tấn", "measure", 1, "| 178.000 |", "178.000", "| 134.200 |", "134.200", "| 75,4", "75,4"),
    ("Thịt gia cầm hơi", "tấn", "measure", 1, "| 62.500 |", "62.500", "| 50.100 |", "50.100", "| 80,2", "80,2"),
    ("Thịt trâu, bò hơi", "tấn", "measure", 1, "| 11.000 |", "11.000", "| 7.950 |", "7.950", "| 72,3", "72,3"),
    ("Trứng gia cầm", "quả", "count", 1e6, "| 420 |", "420", "| 318,6 |", "318,6", "| 75,9", "75,9"),
    ("Sữa bò tươi", "tấn", "measure", 1, "| 2.400 |", "2.400", "| 1.730 |", "1.730", "| 72,1", "72,1"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, unit, kind, mult, pa, pn, ea, en, ra, rn in ROWS:
    TABLE.append(F(pa, pn, num(pn) * mult, kind, unit, f"{label} kế hoạch năm 2024", PLAN, status="target"))
    TABLE.append(F(ea, en, num(en) * mult, kind, unit, f"{label} ước thực hiện 9 tháng", EST, status="estimate"))
    TABLE.append(F(ra, rn, num(rn), "percent", "%", f"{label} ước thực hiện so với kế hoạch", status="estimate"))

FIGS = [
    F("ước đạt 912.500 con", "912.500", 912500, "count", "con", "tổng đàn lợn", ASOF,
      change=CH("increase", 3.6, baseline="cùng thời điểm năm 2023"), status="estimate"),
    F("13,2 triệu con", "13,2", 13200000, "count", "con", "đàn gia cầm", ASOF, status="estimate"),
    F("ước đạt 196.800 tấn", "196.800", 196800, "measure", "tấn", "sản lượng thịt hơi các loại", M9,
      percent=74.9, status="estimate"),
] + TABLE + [
    F("tiêm phòng 4,85 triệu liều", "4,85", 4850000, "count", "liều", "vắc xin các loại đã tiêm phòng",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("6 ổ dịch", "6", 6, "count", "ổ dịch", "ổ dịch tả lợn châu Phi", INH(M9)),
    F("tại 4 xã", "4", 4, "count", "xã", "xã có ổ dịch tả lợn châu Phi", INH(M9)),
    F("thuộc 2 huyện", "2", 2, "count", "huyện", "huyện có ổ dịch tả lợn châu Phi", INH(M9)),
    F("tiêu hủy 318 con", "318", 318, "count", "con", "lợn bị tiêu hủy do dịch tả lợn châu Phi", INH(M9)),
    F("19.640 kg", "19.640", 19640, "measure", "kg", "tổng trọng lượng lợn bị tiêu hủy", INH(M9)),
    F("qua 21 ngày", "21", 21, "measure", "ngày", optional=True),
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở giết mổ tập trung"),
    F("bình quân 120 con", "120", 120, "measure", "con lợn/ngày đêm", "công suất bình quân cơ sở giết mổ tập trung"),
    F("đạt 262.800 tấn", "262.800", 262800, "measure", "tấn", "tổng sản lượng thịt hơi", Y24, status="target"),
    F("khoảng 900 nghìn con", "900", 900000, "count", "con", "tổng đàn lợn", Y24, approx="about", status="target"),
]

COMMENTS = [
    "Formal report (UBND tỉnh Thái Bình, Số: 287/BC-UBND, 07/10/2024): chăn nuôi 9 tháng 2024 with a flattened '|' table",
    "(TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Ước thực hiện 9 tháng | Ước TH so với KH (%)). Row numbers 1-5 are not figures.",
    "Kế hoạch column -> target (period năm 2024); Ước column -> estimate (period '9 tháng' = 2024-01..09); the ratio column header",
    "starts with 'Ước TH' -> estimate, no period. 'triệu quả' multiplies: 420 -> 420.000.000 quả.",
    "'qua 21 ngày' is a quarantine duration (optional). Document number, Nghị quyết số 09/2023/NQ-HĐND, 'quý IV/2024' are not figures.",
    "'bằng 74,9% kế hoạch năm' is the percent of 196.800 tấn. The 6 outbreaks / 4 communes / 2 districts inherit '9 tháng'.",
]

if __name__ == "__main__":
    emit("p558-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Thái Bình")
