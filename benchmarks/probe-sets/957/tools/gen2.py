"""p957-2: Cô Tô district portal (Quảng Ninh), bào ngư chín lỗ, 2023."""
from lib import F, P, I, C, T, write_set, main_guard

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÔ TÔ - TỈNH QUẢNG NINH
Trang chủ / Tin tức / Kinh tế - Xã hội
Thứ Sáu, 15/09/2023 - 10:20
Bào ngư chín lỗ - hướng đi mới của kinh tế biển đảo

Sau 3 năm triển khai Đề án phát triển nuôi biển huyện Cô Tô giai đoạn 2021-2025, đến nay toàn huyện có 14 hộ và 2 hợp tác xã nuôi bào ngư chín lỗ với tổng số 1.850 lồng, tăng 650 lồng so với cuối năm 2021. Các hộ nuôi gồm: xã Thanh Lân 9 hộ, xã Đồng Tiến 3 hộ và thị trấn Cô Tô 2 hộ.

Bào ngư được thả trong lồng treo dưới bè với mật độ 80-100 con/lồng; sau 24-30 tháng nuôi đạt cỡ 12-15 con/kg, tỷ lệ sống trên 70%. Năm 2022, toàn huyện thu hoạch khoảng 4,2 tấn bào ngư thương phẩm; 8 tháng năm 2023 ước đạt 3,6 tấn, bằng 85,7% cả năm 2022. Giá bán tại bè từ 1,2 đến 1,5 triệu đồng/kg, mỗi lồng cho doanh thu khoảng 2,5 triệu đồng một vụ.

Theo ông Nguyễn Văn Tư, Phó Chủ tịch UBND huyện, thu nhập từ nuôi bào ngư gấp 3 lần so với khai thác hải sản ven bờ. Huyện đặt mục tiêu đến năm 2025 có 3.000 lồng nuôi bào ngư, sản lượng đạt 10 tấn/năm. Dự kiến năm 2024, huyện hỗ trợ 30% kinh phí mua con giống cho hộ nuôi mới, tối đa 50 triệu đồng/hộ theo Nghị quyết số 15/2023/NQ-HĐND của HĐND huyện.

Thực hiện Kế hoạch số 125/KH-UBND, Phòng Kinh tế huyện sẽ tiếp tục phối hợp với Viện Nghiên cứu Hải sản hướng dẫn kỹ thuật, quản lý vùng nuôi, không để phát sinh lồng bè tự phát.

Thu Trang (Trung tâm TT-VH huyện)

Địa chỉ: Khu 3, thị trấn Cô Tô, huyện Cô Tô, tỉnh Quảng Ninh
Điện thoại: 0203.3889.218
"""

NOW = P("đến nay", None, "2023-09-15")
TGT = P("đến năm 2025", None, "2025-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 14 hộ", "14", 14, "count", "hộ", "hộ nuôi bào ngư chín lỗ", NOW),
    F("và 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã nuôi bào ngư chín lỗ", NOW),
    F("tổng số 1.850 lồng", "1.850", 1850, "count", "lồng", "lồng nuôi bào ngư chín lỗ", NOW,
      change=C("increase", 650, "lồng", "cuối năm 2021")),
    F("Thanh Lân 9 hộ", "9", 9, "count", "hộ", "hộ nuôi bào ngư chín lỗ xã Thanh Lân", I(NOW), total=14),
    F("Đồng Tiến 3 hộ", "3", 3, "count", "hộ", "hộ nuôi bào ngư chín lỗ xã Đồng Tiến", I(NOW), total=14),
    F("thị trấn Cô Tô 2 hộ", "2", 2, "count", "hộ", "hộ nuôi bào ngư chín lỗ thị trấn Cô Tô", I(NOW), total=14),
    F("mật độ 80-100 con/lồng", "80", 80, "measure", "con/lồng", "mật độ thả bào ngư", value_max=100),
    F("sau 24-30 tháng", "24", 24, "measure", "tháng", "thời gian nuôi bào ngư", value_max=30, optional=True),
    F("cỡ 12-15 con/kg", "12", 12, "measure", "con/kg", "cỡ bào ngư thu hoạch", value_max=15, optional=True),
    F("trên 70%", "70", 70, "percent", "%", "tỷ lệ sống của bào ngư", approx="over"),
    F("khoảng 4,2 tấn", "4,2", 4.2, "measure", "tấn", "bào ngư thương phẩm thu hoạch",
      P("Năm 2022", "2022-01-01", "2022-12-31"), approx="about"),
    F("ước đạt 3,6 tấn", "3,6", 3.6, "measure", "tấn", "bào ngư thương phẩm thu hoạch",
      P("8 tháng năm 2023", "2023-01-01", "2023-08-31"), percent=85.7, status="estimate"),
    F("từ 1,2 đến 1,5 triệu đồng/kg", "1,2", 1.2e6, "money", "đồng/kg", "giá bán bào ngư tại bè", value_max=1.5e6),
    F("khoảng 2,5 triệu đồng", "2,5", 2.5e6, "money", "đồng/lồng", "doanh thu mỗi lồng một vụ", approx="about"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "thu nhập từ nuôi bào ngư so với khai thác hải sản ven bờ"),
    F("có 3.000 lồng", "3.000", 3000, "count", "lồng", "lồng nuôi bào ngư", TGT, status="target"),
    F("đạt 10 tấn/năm", "10", 10, "measure", "tấn/năm", "sản lượng bào ngư", TGT, status="target"),
    F("hỗ trợ 30% kinh phí", "30", 30, "percent", "%", "hỗ trợ kinh phí mua con giống cho hộ nuôi mới", Y24,
      status="forecast"),
    F("tối đa 50 triệu đồng/hộ", "50", 50e6, "money", "đồng/hộ", "mức hỗ trợ mua con giống", Y24,
      approx="at_most", status="forecast"),
]

NOTES = [
    "Cổng TTĐT huyện Cô Tô (Quảng Ninh): nuôi bào ngư chín lỗ; dateline 'Thứ Sáu, 15/09/2023 - 10:20'.",
    "'đến nay' ends at the dateline. Parts after 'gồm:' (sentence break after the whole 14 hộ) get total 14;",
    "communes and the thị trấn lie in the district, so location stays Cô Tô (spec: province, city or district).",
    "'sau 24-30 tháng' (cycle) and 'cỡ 12-15 con/kg' (harvest size) optional. 'gấp 3 lần' stands as its own claim.",
    "Not figures: 'Sau 3 năm triển khai' (duration locating in time), giai đoạn 2021-2025, 'một vụ', Nguyễn Văn Tư,",
    "Nghị quyết số 15/2023/NQ-HĐND, Kế hoạch số 125/KH-UBND, Khu 3, phone 0203.3889.218, time 10:20.",
]

if __name__ == "__main__":
    main_guard(write_set("p957-2", TEXT, FIGS, NOTES, published="2023-09-15", location="Cô Tô"))
