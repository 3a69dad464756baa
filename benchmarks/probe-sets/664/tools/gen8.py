"""p664-8: Vườn quốc gia Pù Mát site — kiểm lâm tuần tra năm 2024, bẫy, vi phạm, khoán bảo vệ rừng, bẫy ảnh, mục tiêu 2025."""
from lib import F, P, I, CH, emit

TEXT = """VƯỜN QUỐC GIA PÙ MÁT

Trang chủ / Tin tức - Sự kiện / Bảo tồn thiên nhiên

Năm 2024: Kiểm lâm Pù Mát tuần tra hơn 18.000 km đường rừng

06/01/2025 09:12

Năm 2024, Hạt Kiểm lâm Vườn quốc gia Pù Mát (tỉnh Nghệ An) đã tổ chức 1.426 chuyến tuần tra theo công cụ SMART, vượt 8,5% kế hoạch năm; trong đó có 326 chuyến tuần tra dài ngày trong vùng lõi. Tổng chiều dài tuyến tuần tra đạt 18.350 km, bình quân mỗi chuyến khoảng 12,9 km.

Qua tuần tra, lực lượng đã tháo gỡ 3.874 bẫy thú các loại (giảm 14,6% so với năm 2023), phá hủy 52 lán trại, thu giữ 17 khẩu súng kíp; giải cứu, thả lại rừng 63 cá thể động vật hoang dã mắc bẫy. Hạt đã lập biên bản 29 vụ vi phạm, chuyển cơ quan điều tra 3 vụ, xử phạt hành chính 26 vụ với tổng số tiền 412,5 triệu đồng.

Vườn đã ký hợp đồng khoán bảo vệ rừng với 46 tổ tuần tra cộng đồng gồm 690 thành viên tại 16 xã vùng đệm thuộc các huyện Con Cuông, Tương Dương và Anh Sơn; tổng diện tích giao khoán 47.580 ha, mức khoán 400.000 đồng/ha/năm. Hệ thống 120 bẫy ảnh đặt tại các tiểu khu 781, 793 ghi nhận 38 loài thú, trong đó có 11 loài thuộc Sách đỏ Việt Nam.

Năm 2025, Vườn phấn đấu giảm từ 10 đến 15% số bẫy phát hiện và nâng số chuyến tuần tra lên khoảng 1.500 chuyến.

Đường dây nóng: 0238.3873.374 - Trạm Kiểm lâm Khe Bu, Quốc lộ 7A, huyện Con Cuông.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 18.000 km", "18.000", 18000, "measure", "km", "đường rừng Kiểm lâm Pù Mát tuần tra", Y24, approx="over"),
    F("1.426 chuyến", "1.426", 1426, "count", "chuyến", "chuyến tuần tra theo công cụ SMART", Y24,
      change=CH("increase", 8.5, "%", "kế hoạch năm")),
    F("326 chuyến", "326", 326, "count", "chuyến", "chuyến tuần tra dài ngày trong vùng lõi", Y24, total=1426),
    F("18.350 km", "18.350", 18350, "measure", "km", "tổng chiều dài tuyến tuần tra", I(Y24)),
    F("khoảng 12,9 km", "12,9", 12.9, "measure", "km", "chiều dài bình quân mỗi chuyến tuần tra", I(Y24), approx="about"),
    F("3.874 bẫy", "3.874", 3874, "count", "bẫy", "bẫy thú các loại tháo gỡ", I(Y24),
      change=CH("decrease", 14.6, "%", "năm 2023")),
    F("52 lán trại", "52", 52, "count", "lán trại", "lán trại phá hủy", I(Y24)),
    F("17 khẩu", "17", 17, "count", "khẩu", "súng kíp thu giữ", I(Y24)),
    F("63 cá thể", "63", 63, "count", "cá thể", "cá thể động vật hoang dã mắc bẫy giải cứu, thả lại rừng", I(Y24)),
    F("29 vụ", "29", 29, "count", "vụ", "vụ vi phạm lập biên bản", I(Y24)),
    F("điều tra 3 vụ", "3", 3, "count", "vụ", "vụ chuyển cơ quan điều tra", I(Y24)),
    F("hành chính 26 vụ", "26", 26, "count", "vụ", "vụ xử phạt hành chính", I(Y24)),
    F("412,5 triệu đồng", "412,5", 412.5e6, "money", "đồng", "tiền xử phạt hành chính", I(Y24)),
    F("46 tổ", "46", 46, "count", "tổ", "tổ tuần tra cộng đồng ký hợp đồng khoán bảo vệ rừng"),
    F("690 thành viên", "690", 690, "count", "thành viên", "thành viên tổ tuần tra cộng đồng"),
    F("16 xã", "16", 16, "count", "xã", "xã vùng đệm có tổ tuần tra cộng đồng"),
    F("47.580 ha", "47.580", 47580, "measure", "ha", "tổng diện tích giao khoán bảo vệ rừng"),
    F("400.000 đồng/ha/năm", "400.000", 400000, "money", "đồng/ha/năm", "mức khoán bảo vệ rừng"),
    F("120 bẫy ảnh", "120", 120, "count", "bẫy ảnh", "bẫy ảnh đặt tại các tiểu khu"),
    F("38 loài", "38", 38, "count", "loài", "loài thú bẫy ảnh ghi nhận"),
    F("11 loài", "11", 11, "count", "loài", "loài thú thuộc Sách đỏ Việt Nam", total=38),
    F("từ 10 đến 15%", "10", 10, "percent", "%", "số bẫy phát hiện giảm", Y25, value_max=15, status="target"),
    F("khoảng 1.500 chuyến", "1.500", 1500, "count", "chuyến", "số chuyến tuần tra", Y25, approx="about",
      status="target"),
]

COMMENTS = [
    "Vườn quốc gia Pù Mát site (menu, dateline '06/01/2025 09:12'): kiểm lâm tuần tra SMART năm 2024, bẫy, vi phạm, khoán bảo vệ rừng, mục tiêu 2025.",
    "Distractors: 'tiểu khu 781, 793', 'Quốc lộ 7A', phone 0238.3873.374, the dateline time.",
    "'vượt 8,5% kế hoạch năm' is a gap to plan: change with baseline 'kế hoạch năm'. '(giảm 14,6% so với năm 2023)' is the 3.874 traps' change.",
    "'46 tổ … gồm 690 thành viên': the part counts members, not teams, so no total. '326 chuyến' after 'trong đó': total 1.426.",
    "Location Nghệ An (named) for all figures: the three buffer-zone districts are where the 16 communes lie, not places of separate figures.",
    "'bình quân mỗi chuyến khoảng 12,9 km': a per-trip average, unit km (a 'km/chuyến' unit also passes the prefix rule).",
]

if __name__ == "__main__":
    emit("p664-8", TEXT, COMMENTS, FIGS, published="2025-01-06", location="Nghệ An")
