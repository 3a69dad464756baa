"""p1098-2: huyện Tuy Phong (Bình Thuận) district portal, grapes after 9 months of 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TUY PHONG
Kinh tế > Nông nghiệp - Nông thôn
Thứ Năm, 12/10/2023 - 10:20

Cây nho giúp nông dân Tuy Phong có thu nhập ổn định

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, tính đến cuối tháng 9/2023, toàn huyện có gần 120 ha nho, tập trung chủ yếu tại các xã Phước Thể (48 ha), Vĩnh Hảo (31 ha) và Phú Lạc (24 ha). Các giống chủ lực là nho đỏ Cardinal và nho xanh NH01-48; cây nho cho thu hoạch 3 vụ/năm, năng suất bình quân 20-22 tấn/ha/năm.

9 tháng đầu năm, sản lượng nho ước đạt 1.850 tấn, đạt 77% kế hoạch năm, tăng 8,5% so với cùng kỳ năm 2022. Giá nho đỏ tại vườn hiện ở mức 18.000-22.000 đồng/kg, nho xanh từ 25.000 đến 30.000 đồng/kg; sau khi trừ chi phí, lãi bình quân khoảng 250 triệu đồng/ha.

Gia đình ông Nguyễn Văn Ba ở thôn 2, xã Phước Thể có 1,2 ha nho, mỗi năm thu khoảng 27 tấn quả, doanh thu gần 600 triệu đồng. Nhiều vườn nho dọc Quốc lộ 1A đoạn qua xã Vĩnh Hảo đã mở cửa đón khách, trung bình mỗi tháng đón khoảng 1.500 lượt khách.

Năm 2023, huyện đã tổ chức 5 lớp tập huấn kỹ thuật cho 175 lượt nông dân, hỗ trợ xây dựng 3 mô hình nho theo hướng VietGAP với tổng diện tích 9,5 ha; Ngân hàng Chính sách xã hội huyện cho 64 hộ vay vốn trồng nho với tổng dư nợ 3,8 tỷ đồng.

Năm 2024, huyện phấn đấu nâng diện tích nho lên 150 ha, sản lượng đạt trên 2.800 tấn; đồng thời xây dựng thương hiệu “Nho Tuy Phong” và đề nghị công nhận thêm 2 sản phẩm OCOP từ nho.

Minh Hải - Trung tâm Văn hóa, Thông tin và Thể thao huyện
Địa chỉ: 16 Trần Hưng Đạo, thị trấn Liên Hương. Điện thoại: 0252.3850.212
"""

Q3 = P("tính đến cuối tháng 9/2023", None, "2023-09-30")
M9 = P("9 tháng đầu năm", "2023-01-01", "2023-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
LOC = "Tuy Phong"

FIGS = [
    F("gần 120 ha", "120", 120, "measure", "ha", "diện tích nho", Q3, approx="nearly"),
    F("Phước Thể (48 ha)", "48", 48, "measure", "ha", "diện tích nho", Q3),
    F("Vĩnh Hảo (31 ha)", "31", 31, "measure", "ha", "diện tích nho", Q3),
    F("Phú Lạc (24 ha)", "24", 24, "measure", "ha", "diện tích nho", Q3),
    F("3 vụ/năm", "3", 3, "measure", "vụ/năm", "vụ thu hoạch nho"),
    F("20-22 tấn/ha/năm", "20", 20, "measure", "tấn/ha/năm", "năng suất bình quân nho", value_max=22),
    F("ước đạt 1.850 tấn", "1.850", 1850, "measure", "tấn", "sản lượng nho", M9, status="estimate",
      percent=77, change=C("increase", 8.5, "%", "cùng kỳ năm 2022")),
    F("18.000-22.000", "18.000", 18000, "money", "đồng/kg", "giá nho đỏ tại vườn", value_max=22000),
    F("từ 25.000 đến", "25.000", 25000, "money", "đồng/kg", "giá nho xanh tại vườn", value_max=30000),
    F("khoảng 250 triệu", "250", 250e6, "money", "đồng/ha", "lãi bình quân trồng nho", approx="about"),
    F("có 1,2 ha nho", "1,2", 1.2, "measure", "ha", "diện tích nho của gia đình ông Nguyễn Văn Ba"),
    F("khoảng 27 tấn", "27", 27, "measure", "tấn/năm", "sản lượng nho quả mỗi năm của gia đình ông Nguyễn Văn Ba",
      approx="about"),
    F("gần 600 triệu", "600", 600e6, "money", "đồng", "doanh thu của gia đình ông Nguyễn Văn Ba", approx="nearly"),
    F("khoảng 1.500 lượt khách", "1.500", 1500, "measure", "lượt khách/tháng", "lượt khách đến vườn nho mỗi tháng",
      approx="about"),
    F("5 lớp tập huấn", "5", 5, "count", "lớp tập huấn", "lớp tập huấn kỹ thuật", Y23),
    F("175 lượt nông dân", "175", 175, "count", "lượt nông dân", "lượt nông dân được tập huấn", Y23),
    F("3 mô hình", "3", 3, "count", "mô hình", "mô hình nho theo hướng VietGAP được hỗ trợ", Y23),
    F("9,5 ha", "9,5", 9.5, "measure", "ha", "diện tích mô hình nho theo hướng VietGAP", Y23),
    F("64 hộ", "64", 64, "count", "hộ", "hộ vay vốn trồng nho", Y23),
    F("3,8 tỷ", "3,8", 3.8e9, "money", "đồng", "dư nợ cho vay trồng nho", Y23),
    F("lên 150 ha", "150", 150, "measure", "ha", "diện tích nho", Y24, status="target"),
    F("trên 2.800 tấn", "2.800", 2800, "measure", "tấn", "sản lượng nho", Y24, approx="over", status="target"),
    F("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm OCOP", "sản phẩm OCOP từ nho đề nghị công nhận thêm", Y24,
      status="target"),
]

NOTES = [
    "District portal of Tuy Phong (Bình Thuận); dateline 'Thứ Năm, 12/10/2023 - 10:20'.",
    "Communes are inside the district: location stays Tuy Phong (FIGURES.md names province, city or district).",
    "The bracketed communes are 'chủ yếu' and add up to 103, not to 'gần 120 ha': no total.",
    "Distractors: NH01-48 (variety name), thôn 2, Quốc lộ 1A, '16 Trần Hưng Đạo', phone 0252.3850.212, name 'Nguyễn Văn Ba'.",
    "'đạt 77% kế hoạch năm' is the percent of 1.850 tấn; 'mỗi tháng đón khoảng 1.500 lượt khách' is a rate (lượt khách/tháng).",
]

write("p1098-2", TEXT, NOTES, FIGS, published="2023-10-12", location=LOC)
