"""p1009-3: formal report (UBND tỉnh Đồng Tháp), làng nghề bột, hủ tiếu, bánh phở, H1/2024, flattened | table."""
from lib import F, P, INH, C, T, write

TEXT = """ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
Số: 286/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 12 tháng 7 năm 2024

BÁO CÁO
Tình hình sản xuất và bảo vệ môi trường tại các làng nghề bột, hủ tiếu, bánh phở 6 tháng đầu năm 2024

I. KẾT QUẢ SẢN XUẤT
1. Quy mô
Tính đến 30/6/2024, toàn tỉnh có 4 làng nghề chế biến bột, hủ tiếu, bánh phở được công nhận với 518 hộ sản xuất, thu hút khoảng 3.100 lao động. Số hộ phân theo địa phương như sau:

Đơn vị tính: hộ
Địa phương | Tổng số hộ | Hộ làm hủ tiếu, bánh phở | Hộ làm bột | Hộ có bể xử lý nước thải
TP. Sa Đéc | 276 | 198 | 78 | 121
Huyện Lai Vung | 142 | 96 | 46 | 38
Huyện Châu Thành | 100 | 71 | 29 | 25
Tổng cộng | 518 | 365 | 153 | 184

2. Sản lượng, doanh thu
6 tháng đầu năm 2024, sản lượng hủ tiếu, bánh phở ước đạt 21.400 tấn, bằng 52,2% kế hoạch năm, tăng 6,8% so với cùng kỳ; trong đó xuất khẩu 5.350 tấn, chủ yếu sang Úc, Mỹ và Hàn Quốc. Doanh thu ước đạt 642 tỷ đồng; thu nhập bình quân của lao động từ 6 đến 8 triệu đồng/tháng.

II. CÔNG TÁC BẢO VỆ MÔI TRƯỜNG
Lượng nước thải phát sinh khoảng 2.450 m3/ngày, trong đó chỉ khoảng 35% được xử lý sơ bộ trước khi thải ra sông Sa Đéc. Kết quả quan trắc 2 đợt cho thấy hàm lượng COD vượt quy chuẩn từ 2,1 đến 3,4 lần.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu sản lượng cả năm đạt 41.000 tấn; hỗ trợ ít nhất 60 hộ xây dựng bể xử lý nước thải với kinh phí dự kiến 1,5 tỷ đồng.
2. Hoàn thành đầu tư hệ thống xử lý nước thải tập trung công suất 500 m3/ngày đêm tại phường Tân Quy Đông, TP. Sa Đéc trong năm 2025.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")
COLS = ["Tổng số hộ", "Hộ làm hủ tiếu, bánh phở", "Hộ làm bột", "Hộ có bể xử lý nước thải"]
ROWS = [("TP. Sa Đéc", "Sa Đéc", ["276", "198", "78", "121"]),
        ("Huyện Lai Vung", "Lai Vung", ["142", "96", "46", "38"]),
        ("Huyện Châu Thành", "Châu Thành", ["100", "71", "29", "25"]),
        ("Tổng cộng", "Đồng Tháp", ["518", "365", "153", "184"])]

TABLE = []
for label, place, cells in ROWS:
    for i, (col, cell) in enumerate(zip(COLS, cells)):
        anchor = f"{label} | {cell}" if i == 0 else f"{cells[i - 1]} | {cell}"
        subject = col.lower() if label != "Tổng cộng" else f"{col.lower()} tổng cộng"
        TABLE.append(F(anchor, cell, int(cell), "count", "hộ", subject, period=INH(ASOF), location=place))

FIGS = [
    F("có 4 làng nghề", "4", 4, "count", "làng nghề", "làng nghề chế biến bột, hủ tiếu, bánh phở được công nhận",
      period=ASOF),
    F("với 518 hộ", "518", 518, "count", "hộ", "hộ sản xuất", period=ASOF),
    F("khoảng 3.100 lao động", "3.100", 3100, "count", "lao động", "lao động", approx="about", period=ASOF),
    *TABLE,
    F("ước đạt 21.400 tấn", "21.400", 21400, "measure", "tấn", "sản lượng hủ tiếu, bánh phở", percent=52.2,
      change=C("increase", 6.8, "%", "cùng kỳ"), status="estimate", period=H1),
    F("xuất khẩu 5.350 tấn", "5.350", 5350, "measure", "tấn", "hủ tiếu, bánh phở xuất khẩu", total=21400,
      status="estimate", period=H1),
    F("Doanh thu ước đạt 642 tỷ đồng", "642", 642000000000, "money", "đồng", "doanh thu", status="estimate",
      period=INH(H1)),
    F("từ 6 đến 8 triệu", "6", 6000000, "money", "đồng/tháng", "thu nhập bình quân của lao động",
      value_max=8000000, period=INH(H1)),
    F("khoảng 2.450 m3/ngày", "2.450", 2450, "measure", "m3/ngày", "nước thải phát sinh", approx="about"),
    F("khoảng 35%", "35", 35, "percent", "%", "nước thải được xử lý sơ bộ", approx="about"),
    F("quan trắc 2 đợt", "2", 2, "count", "đợt", "đợt quan trắc", optional=True),
    F("từ 2,1 đến 3,4 lần", "2,1", 2.1, "multiple", "lần", "hàm lượng COD vượt quy chuẩn", value_max=3.4),
    F("đạt 41.000 tấn", "41.000", 41000, "measure", "tấn", "sản lượng cả năm", status="target",
      period=P("cả năm", "2024-01-01", "2024-12-31")),
    F("ít nhất 60 hộ", "60", 60, "count", "hộ", "hộ được hỗ trợ xây dựng bể xử lý nước thải", approx="at_least",
      status="target", period=INH(H2)),
    F("dự kiến 1,5 tỷ đồng", "1,5", 1500000000, "money", "đồng", "kinh phí hỗ trợ xây dựng bể xử lý nước thải",
      status="forecast", period=INH(H2)),
    F("công suất 500 m3/ngày đêm", "500", 500, "measure", "m3/ngày đêm",
      "công suất hệ thống xử lý nước thải tập trung", status="target", location="Sa Đéc",
      period=P("năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "Formal report, UBND tỉnh Đồng Tháp, Số: 286/BC-UBND, dated 12/7/2024 (published). Default location Đồng Tháp.",
    "Flattened table (Đơn vị tính: hộ): every cell a count of hộ; subject = column label; row place -> location",
    "(Tổng cộng row -> Đồng Tháp); period from 'Tính đến 30/6/2024' in the sentence above the table (inherited);",
    "cells get no totals (the Tổng cộng row is a figure of its own).",
    "'khoảng 35%' after 'trong đó' is a share of the wastewater, a percent figure of its own (not 2.450's percent).",
    "'vượt quy chuẩn từ 2,1 đến 3,4 lần' has no base amount: a multiple figure. '2 đợt' (monitoring rounds) optional.",
    "Section III targets take '6 tháng cuối năm 2024' from the heading (inherited); 'cả năm' = 2024.",
    "Distractors: Số: 286/BC-UBND, dateline, section numbers I.-III., 1.-2., heading period.",
]

if __name__ == "__main__":
    write("p1009-3", TEXT, FIGS, published="2024-07-12", location="Đồng Tháp", notes=NOTES)
