"""p924-4: ministry site (Bộ LĐTB&XH, Cục Bảo trợ xã hội) - national figures, Việt Nam."""
from lib import F, period, carried, change, target, write_set

TEXT = """
BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ / Tin tức - Sự kiện / Bảo trợ xã hội
Hơn 52.000 người khuyết tật được trợ giúp phương tiện, dụng cụ
Ngày đăng: 17/04/2024 | Lượt xem: 1.027

Nhân dịp Ngày Người khuyết tật Việt Nam 18/4, Cục Bảo trợ xã hội cho biết, trong năm 2023 cả nước đã hỗ trợ phương tiện, dụng cụ trợ giúp cho hơn 52.000 người khuyết tật, tăng 8,5% so với năm 2022. Trong đó, 31.400 người được nhận xe lăn, xe lắc; 14.800 người được cấp máy trợ thính; 5.950 người được lắp chân tay giả và dụng cụ chỉnh hình.

Tổng kinh phí thực hiện ước đạt 386 tỷ đồng, trong đó ngân sách nhà nước khoảng 152 tỷ đồng, chiếm 39,4%; phần còn lại do các tổ chức, doanh nghiệp và nhà hảo tâm đóng góp. Các địa phương hỗ trợ được nhiều người nhất là TP Hồ Chí Minh (3.870 người), Hà Nội (3.215 người), Thanh Hóa (2.640 người) và Nghệ An (2.410 người).

Hiện cả nước có khoảng 7 triệu người khuyết tật, chiếm gần 7,1% dân số từ 2 tuổi trở lên; trong đó khoảng 1,2 triệu người đang hưởng trợ cấp xã hội hằng tháng. Mức chuẩn trợ giúp xã hội hiện là 360.000 đồng/tháng, dự kiến từ ngày 1/7/2024 được nâng lên 500.000 đồng/tháng.

Theo Chương trình trợ giúp người khuyết tật giai đoạn 2021-2030 (Quyết định số 1190/QĐ-TTg), mục tiêu đến năm 2025 có 70% người khuyết tật có nhu cầu được tiếp cận dịch vụ chỉnh hình, phục hồi chức năng; đến năm 2030 tỷ lệ này đạt 80%. Năm 2023, tỷ lệ này ước đạt 61,5%. Hiện 63/63 tỉnh, thành phố đã ban hành kế hoạch thực hiện Chương trình.

Cục Bảo trợ xã hội - Số 2 Đinh Lễ, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3826.9548
"""

Y23 = period("trong năm 2023", "2023-01-01", "2023-12-31")
SUBJ = "người khuyết tật được hỗ trợ phương tiện, dụng cụ trợ giúp"

FIGS = [
    F("Hơn 52.000 người", "52.000", 52000, "count", "người", "người khuyết tật được trợ giúp phương tiện, dụng cụ",
      approx="over"),
    F("cho hơn 52.000 người", "52.000", 52000, "count", "người", SUBJ, Y23, approx="over",
      change=change("increase", 8.5, "%", "năm 2022")),
    F("31.400 người", "31.400", 31400, "count", "người", "người được nhận xe lăn, xe lắc", carried(Y23), total=52000),
    F("14.800 người", "14.800", 14800, "count", "người", "người được cấp máy trợ thính", carried(Y23), total=52000),
    F("5.950 người", "5.950", 5950, "count", "người", "người được lắp chân tay giả và dụng cụ chỉnh hình",
      carried(Y23), total=52000),
    F("ước đạt 386 tỷ đồng", "386", 386e9, "money", "đồng", "tổng kinh phí thực hiện", carried(Y23),
      status="estimate"),
    F("khoảng 152 tỷ đồng", "152", 152e9, "money", "đồng", "ngân sách nhà nước", carried(Y23), approx="about",
      total=386e9, percent=39.4, status="estimate"),
    F("Minh (3.870 người)", "3.870", 3870, "count", "người", SUBJ, carried(Y23), location="TP Hồ Chí Minh"),
    F("Hà Nội (3.215 người)", "3.215", 3215, "count", "người", SUBJ, carried(Y23), location="Hà Nội"),
    F("Thanh Hóa (2.640 người)", "2.640", 2640, "count", "người", SUBJ, carried(Y23), location="Thanh Hóa"),
    F("Nghệ An (2.410 người)", "2.410", 2410, "count", "người", SUBJ, carried(Y23), location="Nghệ An"),
    F("khoảng 7 triệu người", "7", 7e6, "count", "người", "người khuyết tật", approx="about", percent=7.1),
    F("từ 2 tuổi trở lên", "2", 2, "measure", "tuổi", approx="at_least", optional=True),
    F("khoảng 1,2 triệu người", "1,2", 1.2e6, "count", "người", "người khuyết tật đang hưởng trợ cấp xã hội hằng tháng",
      approx="about", total=7e6),
    F("là 360.000 đồng/tháng", "360.000", 360000, "money", "đồng/tháng", "mức chuẩn trợ giúp xã hội"),
    F("lên 500.000 đồng/tháng", "500.000", 500000, "money", "đồng/tháng", "mức chuẩn trợ giúp xã hội",
      period("từ ngày 1/7/2024", start="2024-07-01"), status="forecast"),
    F("có 70% người khuyết tật", "70", 70, "percent", "%",
      "người khuyết tật có nhu cầu được tiếp cận dịch vụ chỉnh hình, phục hồi chức năng",
      period("đến năm 2025", end="2025-12-31"), status="target"),
    F("tỷ lệ này đạt 80%", "80", 80, "percent", "%",
      "tỷ lệ người khuyết tật có nhu cầu được tiếp cận dịch vụ chỉnh hình, phục hồi chức năng",
      period("đến năm 2030", end="2030-12-31"), status="target"),
    F("ước đạt 61,5%", "61,5", 61.5, "percent", "%",
      "tỷ lệ người khuyết tật có nhu cầu được tiếp cận dịch vụ chỉnh hình, phục hồi chức năng",
      period("Năm 2023", "2023-01-01", "2023-12-31"), status="estimate"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố đã ban hành kế hoạch thực hiện Chương trình",
      total=63),
]

NOTES = [
    "Bộ LĐTB&XH (ministry site), Cục Bảo trợ xã hội: trợ giúp phương tiện, dụng cụ cho NKT năm 2023, cả nước; mục tiêu 2025/2030.",
    "Not figures: 'Lượt xem: 1.027', 'Ngày ... 18/4', 'giai đoạn 2021-2030', 'Quyết định số 1190/QĐ-TTg', address 'Số 2 Đinh Lễ', phone.",
    "Parts after 'Trong đó' (sentence break) take the whole 52.000; the province list shares the indicator (location = province).",
    "'từ 2 tuổi trở lên' (a threshold) is optional. 'dự kiến từ ngày 1/7/2024 ... 500.000 đồng/tháng' is a forecast whose period starts on 1/7/2024.",
    "'Hiện ...' sentences get no period.",
]

write_set("p924-4", TEXT, FIGS, NOTES, published="2024-04-17", location="Việt Nam")
