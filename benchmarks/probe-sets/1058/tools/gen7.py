"""p1058-7: Sở Y tế Bình Dương site (no dateline), pharmacy licensing 2024, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ Y TẾ TỈNH BÌNH DƯƠNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Kết quả cấp phép trong lĩnh vực dược năm 2024

Năm 2024, Sở Y tế tiếp nhận 1.348 hồ sơ đề nghị cấp, cấp lại, điều chỉnh giấy phép trong lĩnh vực dược; đã giải quyết 1.312 hồ sơ, trong đó 1.297 hồ sơ đúng và trước hạn (đạt 98,9%). Tỷ lệ hồ sơ nộp trực tuyến đạt 87,4%, cao hơn 12,6 điểm phần trăm so với năm 2023. Thời gian giải quyết bình quân 18 ngày/hồ sơ, rút ngắn 7 ngày so với quy định.

Số giấy phép đã cấp theo từng loại như sau:

Đơn vị tính: giấy
Loại giấy phép
Năm 2023
Năm 2024
Kế hoạch 2025
Chứng chỉ hành nghề dược
412
468
500
Giấy chứng nhận đủ điều kiện kinh doanh dược
356
391
420
Giấy chứng nhận đạt GPP
602
655
700
Tổng số
1.370
1.514
1.620

Bên cạnh đó, Sở đã thu hồi 23 giấy chứng nhận đủ điều kiện kinh doanh dược do cơ sở ngừng hoạt động hoặc vi phạm, giảm 5 giấy so với năm 2023. Toàn tỉnh hiện có 2.875 cơ sở bán lẻ thuốc, trong đó 1.942 nhà thuốc.

Sở Y tế khuyến khích tổ chức, cá nhân nộp hồ sơ trực tuyến qua Cổng dịch vụ công của tỉnh để rút ngắn thời gian giải quyết.

Địa chỉ: Tầng 11, Tháp A, Trung tâm Hành chính tỉnh, phường Hòa Phú, TP Thủ Dầu Một, Bình Dương
Điện thoại: 0274.3822.513 - Email: syt@binhduong.gov.vn
Lượt truy cập: 1.284.617
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [(P("Năm 2023", "2023-01-01", "2023-12-31"), "năm 2023", "actual"),
        (P("Năm 2024", "2024-01-01", "2024-12-31"), "năm 2024", "actual"),
        (P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "kế hoạch 2025", "target")]
ROWS = [("Chứng chỉ hành nghề dược", ["412", "468", "500"]),
        ("Giấy chứng nhận đủ điều kiện kinh doanh dược", ["356", "391", "420"]),
        ("Giấy chứng nhận đạt GPP", ["602", "655", "700"]),
        ("Tổng số", ["1.370", "1.514", "1.620"])]

FIGS = [
    F("tiếp nhận 1.348 hồ sơ", "1.348", 1348, "count", "hồ sơ",
      "hồ sơ đề nghị cấp, cấp lại, điều chỉnh giấy phép trong lĩnh vực dược tiếp nhận", Y24),
    F("giải quyết 1.312 hồ sơ", "1.312", 1312, "count", "hồ sơ", "hồ sơ đã giải quyết", Y24),
    F("1.297 hồ sơ", "1.297", 1297, "count", "hồ sơ", "hồ sơ giải quyết đúng và trước hạn", Y24,
      total=1312, percent=98.9),
    F("đạt 87,4%", "87,4", 87.4, "percent", "%", "tỷ lệ hồ sơ nộp trực tuyến", I(Y24),
      change=C("increase", 12.6, "điểm phần trăm", "năm 2023")),
    F("18 ngày/hồ sơ", "18", 18, "measure", "ngày/hồ sơ", "thời gian giải quyết bình quân", I(Y24),
      change=C("decrease", 7, "ngày", "quy định")),
]
for label, cells in ROWS:
    for j, ((per, colname, status), num) in enumerate(zip(COLS, cells)):
        anchor = f"{label}\n{num}" if j == 0 else f"{cells[j - 1]}\n{num}"
        kw = {"status": status} if status != "actual" else {}
        FIGS.append(F(anchor, num, int(num.replace(".", "")), "count", "giấy", f"{label} {colname}", per, **kw))

FIGS += [
    F("thu hồi 23 giấy", "23", 23, "count", "giấy chứng nhận",
      "giấy chứng nhận đủ điều kiện kinh doanh dược bị thu hồi", I(Y24),
      change=C("decrease", 5, "giấy", "năm 2023")),
    F("có 2.875 cơ sở", "2.875", 2875, "count", "cơ sở", "cơ sở bán lẻ thuốc toàn tỉnh"),
    F("1.942 nhà thuốc", "1.942", 1942, "count", "nhà thuốc", "nhà thuốc", total=2875),
]

NOTES = [
    "Sở Y tế Bình Dương department page with no dateline (published absent); footer address 'Tầng 11, Tháp A', phone and 'Lượt truy cập: 1.284.617' are furniture.",
    "One-cell-per-line table with 'Đơn vị tính: giấy': every numeric cell is a count in 'giấy'; subject = row label + column label; period from the column header; 'Kế hoạch 2025' → target. The 'Tổng số' row is its own figure, cells carry no totals.",
    "'đã giải quyết 1.312 hồ sơ' has no part-of cue to 1.348, so no total; 'trong đó 1.297 ... (đạt 98,9%)' → total 1312, percent 98.9.",
    "'87,4%, cao hơn 12,6 điểm phần trăm so với năm 2023' → change in điểm phần trăm; '18 ngày/hồ sơ, rút ngắn 7 ngày so với quy định' → measure with change decrease 7 ngày.",
    "'thu hồi 23 giấy ..., giảm 5 giấy so với năm 2023' → change; its sentence has no period phrase, so Năm 2024 is inherited. 'hiện có' gives no period.",
]

write("p1058-7", TEXT, FIGS, NOTES, published=None, location="Bình Dương")
