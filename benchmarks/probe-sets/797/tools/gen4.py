"""p797-4: ministry site (Bộ GTVT / Cục Hàng hải Việt Nam) — national 2023 results: cargo, aids, dredging, SAR; 2024 targets."""
from lib import F, change, period, inherit, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Hàng hải
Năm 2023: hàng hóa qua cảng biển đạt 756,8 triệu tấn
Ngày đăng: 12/01/2024 | Lượt xem: 1.047

Theo Cục Hàng hải Việt Nam, năm 2023 tổng khối lượng hàng hóa thông qua cảng biển cả nước đạt 756,8 triệu tấn, tăng 5% so với năm 2022; trong đó hàng container đạt 27,4 triệu TEU, tăng 3%. Số lượt tàu thuyền vào, rời cảng biển đạt hơn 112.000 lượt.

Về bảo đảm an toàn hàng hải, hiện cả nước có 95 đèn biển, 52 luồng hàng hải công cộng với tổng chiều dài khoảng 1.500 km và hơn 2.600 báo hiệu hàng hải các loại. Trong năm, hai Tổng công ty Bảo đảm an toàn hàng hải miền Bắc và miền Nam đã nạo vét duy tu 14 tuyến luồng với tổng khối lượng khoảng 6,2 triệu m3, kinh phí 1.150 tỷ đồng, đạt 96% kế hoạch vốn được giao.

Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải Việt Nam trong năm 2023 đã tiếp nhận, xử lý 412 vụ thông tin báo nạn, trong đó 187 vụ là báo nạn thật; trực tiếp điều động tàu SAR 411, SAR 273 cùng các tàu khác đi cứu 63 vụ, cứu được 531 người và 42 phương tiện. Các tỉnh có nhiều vụ việc nhất lần lượt là Quảng Ngãi (38 vụ), Bình Định (29 vụ) và Kiên Giang (24 vụ).

Năm 2024, thực hiện Quyết định số 1579/QĐ-TTg về quy hoạch hệ thống cảng biển thời kỳ 2021-2030, ngành hàng hải đặt mục tiêu khối lượng hàng hóa thông qua cảng biển đạt 790 - 800 triệu tấn; đưa vào vận hành thêm 3 đèn biển tại các đảo xa bờ.

Cục Hàng hải Việt Nam - Số 8 Phạm Hùng, Cầu Giấy, Hà Nội.
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y23_INH = period("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt 756,8 triệu tấn\n", "756,8", 756.8e6, "measure", "tấn", "hàng hóa qua cảng biển",
      period("Năm 2023", "2023-01-01", "2023-12-31")),
    F("cả nước đạt 756,8 triệu tấn", "756,8", 756.8e6, "measure", "tấn",
      "tổng khối lượng hàng hóa thông qua cảng biển", Y23, change=change("increase", 5, "%", "năm 2022")),
    F("đạt 27,4 triệu TEU", "27,4", 27.4e6, "measure", "TEU", "hàng container thông qua cảng biển", Y23,
      change=change("increase", 3, "%")),
    F("hơn 112.000 lượt", "112.000", 112000, "count", "lượt", "lượt tàu thuyền vào, rời cảng biển", Y23_INH,
      approx="over"),
    F("có 95 đèn biển", "95", 95, "count", "đèn biển", "đèn biển cả nước"),
    F("52 luồng hàng hải", "52", 52, "count", "luồng hàng hải", "luồng hàng hải công cộng"),
    F("khoảng 1.500 km", "1.500", 1500, "measure", "km", "tổng chiều dài luồng hàng hải công cộng", approx="about"),
    F("hơn 2.600 báo hiệu", "2.600", 2600, "count", "báo hiệu", "báo hiệu hàng hải các loại", approx="over"),
    F("hai Tổng công ty", "hai", 2, "count", "Tổng công ty", "Tổng công ty Bảo đảm an toàn hàng hải",
      optional=True),
    F("duy tu 14 tuyến luồng", "14", 14, "count", "tuyến luồng", "tuyến luồng được nạo vét duy tu",
      period("Trong năm", "2023-01-01", "2023-12-31")),
    F("khoảng 6,2 triệu m3", "6,2", 6.2e6, "measure", "m3", "tổng khối lượng nạo vét duy tu",
      period("Trong năm", "2023-01-01", "2023-12-31"), approx="about"),
    F("kinh phí 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", "kinh phí nạo vét duy tu luồng",
      period("Trong năm", "2023-01-01", "2023-12-31"), percent=96),
    F("xử lý 412 vụ", "412", 412, "count", "vụ", "vụ thông tin báo nạn được tiếp nhận, xử lý", Y23),
    F("trong đó 187 vụ", "187", 187, "count", "vụ", "vụ báo nạn thật", Y23, total=412),
    F("đi cứu 63 vụ", "63", 63, "count", "vụ", "vụ trực tiếp điều động tàu đi cứu", Y23),
    F("cứu được 531 người", "531", 531, "count", "người", "người được cứu", Y23),
    F("531 người và 42 phương tiện", "42", 42, "count", "phương tiện", "phương tiện được cứu", Y23),
    F("Quảng Ngãi (38 vụ)", "38", 38, "count", "vụ", "vụ việc tìm kiếm, cứu nạn hàng hải", Y23_INH,
      location="Quảng Ngãi"),
    F("Bình Định (29 vụ)", "29", 29, "count", "vụ", "vụ việc tìm kiếm, cứu nạn hàng hải", Y23_INH,
      location="Bình Định"),
    F("Kiên Giang (24 vụ)", "24", 24, "count", "vụ", "vụ việc tìm kiếm, cứu nạn hàng hải", Y23_INH,
      location="Kiên Giang"),
    F("đạt 790 - 800 triệu tấn", "790", 790e6, "measure", "tấn", "khối lượng hàng hóa thông qua cảng biển", Y24,
      value_max=800e6, status="target"),
    F("thêm 3 đèn biển", "3", 3, "count", "đèn biển", "đèn biển đưa vào vận hành thêm tại các đảo xa bờ", Y24,
      status="target"),
]

NOTES = [
    "Cổng TTĐT Bộ GTVT: Cục Hàng hải Việt Nam — national results 2023 (cargo, TEU, ship calls, aids to navigation, dredging, SAR), 2024 targets.",
    "The headline figure and the body figure 756,8 triệu tấn are both figures (two mentions). 'trong đó hàng container đạt 27,4 triệu TEU'",
    "counts TEU, not tấn, so it gets no total; its 'tăng 3%' (no baseline written) is its change. TEU is annotated as measure (a unit of",
    "measurement like tấn). 'đạt 96% kế hoạch vốn' is the percent of 1.150 tỷ. 'trong đó 187 vụ' is part of the 412 vụ.",
    "The province list 'lần lượt là Quảng Ngãi (38 vụ), …' shares the indicator; each item's place is its location. 'hiện' figures: no period.",
    "'790 - 800 triệu tấn' is a target range. Distractors: Quyết định số 1579/QĐ-TTg, 'thời kỳ 2021-2030', tàu SAR 411, SAR 273,",
    "'Số 8 Phạm Hùng', Lượt xem 1.047. 'hai Tổng công ty …' names the two companies (a reference, not a statistic): optional.",
]

if __name__ == "__main__":
    write(4, TEXT, "2024-01-12", "Việt Nam", NOTES, FIGS)
