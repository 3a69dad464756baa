"""p924-2: district portal (huyện Hải Hậu, Nam Định) - trao xe lăn, xe lắc ngày 3/12."""
from lib import F, period, carried, change, target, write_set

TEXT = """
UBND HUYỆN HẢI HẬU - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Lao động - Xã hội
Hải Hậu: Trao 47 xe lăn, xe lắc cho người khuyết tật
Chủ nhật, 03/12/2023 - 10:20

Nhân kỷ niệm 31 năm Ngày Quốc tế Người khuyết tật (3/12/1992 - 3/12/2023), ngày 2/12, UBND huyện Hải Hậu phối hợp với Hội Người khuyết tật huyện tổ chức trao 35 xe lăn và 12 xe lắc cho người khuyết tật tại 9 xã, thị trấn. Tổng kinh phí 186,5 triệu đồng, trong đó nguồn xã hội hóa 142 triệu đồng, ngân sách huyện 44,5 triệu đồng. Mỗi suất quà gồm 1 xe và 500.000 đồng tiền mặt. Xã Hải Đông và xã Hải Lý có số người nhận xe nhiều nhất, lần lượt là 7 và 6 người.

Theo thống kê của Phòng Lao động - Thương binh và Xã hội, tính đến tháng 11/2023, toàn huyện có 3.215 người khuyết tật, trong đó 486 người khuyết tật đặc biệt nặng và 1.574 người khuyết tật nặng. Có 2.038 người đang hưởng trợ cấp xã hội hằng tháng theo Nghị định số 20/2021/NĐ-CP với mức từ 540.000 đến 1.440.000 đồng/người/tháng; tổng kinh phí chi trả năm 2023 ước khoảng 21,7 tỷ đồng.

Năm 2023, huyện phối hợp với Bệnh viện Chỉnh hình và Phục hồi chức năng Hà Nội khám sàng lọc cho 420 lượt người khuyết tật, cấp 65 máy trợ thính và lắp chân tay giả cho 18 người, tăng 6 người so với năm 2022.

Phấn đấu năm 2024, 100% người khuyết tật đặc biệt nặng có nhu cầu được hỗ trợ phương tiện đi lại; huyện dự kiến dành 250 triệu đồng cho hoạt động này.

Đức Thắng - Trung tâm Văn hóa, Thể thao và Truyền thông huyện
Địa chỉ: Thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định. Điện thoại: 0228.3877.426
"""

ASOF = period("tính đến tháng 11/2023", end="2023-11-30")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Trao 47 xe lăn", "47", 47, "count", "xe lăn, xe lắc", "xe lăn, xe lắc trao cho người khuyết tật"),
    F("trao 35 xe lăn", "35", 35, "count", "xe lăn", "xe lăn trao cho người khuyết tật"),
    F("12 xe lắc", "12", 12, "count", "xe lắc", "xe lắc trao cho người khuyết tật"),
    F("tại 9 xã", "9", 9, "count", "xã, thị trấn", "xã, thị trấn có người khuyết tật được nhận xe"),
    F("Tổng kinh phí 186,5 triệu đồng", "186,5", 186.5e6, "money", "đồng", "tổng kinh phí trao xe"),
    F("hóa 142 triệu đồng", "142", 142e6, "money", "đồng", "nguồn xã hội hóa", total=186.5e6),
    F("huyện 44,5 triệu đồng", "44,5", 44.5e6, "money", "đồng", "ngân sách huyện", total=186.5e6),
    F("gồm 1 xe", "1", 1, "count", "xe", "xe trong mỗi suất quà", optional=True),
    F("500.000 đồng tiền mặt", "500.000", 500000, "money", "đồng", "tiền mặt trong mỗi suất quà"),
    F("lần lượt là 7", "7", 7, "count", "người", "người nhận xe"),
    F("7 và 6 người", "6", 6, "count", "người", "người nhận xe"),
    F("có 3.215 người", "3.215", 3215, "count", "người", "người khuyết tật", ASOF),
    F("486 người", "486", 486, "count", "người", "người khuyết tật đặc biệt nặng", ASOF, total=3215),
    F("1.574 người", "1.574", 1574, "count", "người", "người khuyết tật nặng", ASOF, total=3215),
    F("Có 2.038 người", "2.038", 2038, "count", "người", "người khuyết tật đang hưởng trợ cấp xã hội hằng tháng",
      carried(ASOF)),
    F("từ 540.000 đến 1.440.000", "540.000", 540000, "money", "đồng/người/tháng", "mức trợ cấp xã hội hằng tháng",
      value_max=1440000),
    F("ước khoảng 21,7 tỷ đồng", "21,7", 21.7e9, "money", "đồng", "tổng kinh phí chi trả trợ cấp",
      period("năm 2023", "2023-01-01", "2023-12-31"), approx="about", status="estimate"),
    F("cho 420 lượt", "420", 420, "count", "lượt người", "lượt người khuyết tật được khám sàng lọc", Y23),
    F("cấp 65 máy trợ thính", "65", 65, "count", "máy trợ thính", "máy trợ thính được cấp", Y23),
    F("cho 18 người", "18", 18, "count", "người", "người được lắp chân tay giả", Y23,
      change=change("increase", 6, "người", "năm 2022")),
    F("100% người khuyết tật", "100", 100, "percent", "%",
      "người khuyết tật đặc biệt nặng có nhu cầu được hỗ trợ phương tiện đi lại", Y24, status="target"),
    F("dành 250 triệu đồng", "250", 250e6, "money", "đồng", "kinh phí hỗ trợ phương tiện đi lại", Y24,
      status="forecast"),
]

NOTES = [
    "Cổng TTĐT huyện Hải Hậu (district portal): trao xe lăn, xe lắc nhân Ngày Quốc tế NKT 3/12/2023; NKT của huyện; kết quả năm 2023; kế hoạch 2024.",
    "Not figures: '31 năm' (anniversary), '3/12/1992 - 3/12/2023', 'ngày 2/12', 'Nghị định số 20/2021/NĐ-CP', phone 0228.3877.426, 'Chủ nhật'.",
    "Commune items (Hải Đông 7, Hải Lý 6): a commune is not a province/city/district, so the location stays the district Hải Hậu.",
    "'1 xe' in a gift package is optional. '2.038' takes the as-of of the previous sentence (inherited).",
]

write_set("p924-2", TEXT, FIGS, NOTES, published="2023-12-03", location="Hải Hậu")
