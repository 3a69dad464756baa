"""p1443-2: district portal (huyện Văn Chấn, Yên Bái): nếp Tú Lệ, mùa cốm 2024."""
from lib import F, period, year, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN CHẤN - TỈNH YÊN BÁI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Tú Lệ vào mùa cốm, nếp được giá

25/09/2024 - 10:20

Những ngày này, cánh đồng xã Tú Lệ rộn ràng mùa gặt nếp và làm cốm. Năm nay, toàn xã gieo cấy gần 250 ha lúa nếp Tú Lệ, trong đó khoảng 180 ha ở các bản Nậm Đông, Cang Đông và Bản Lè. Năng suất bình quân đạt 4,6 tấn/ha, sản lượng ước trên 1.100 tấn thóc.

Xã hiện có 4 hợp tác xã và hơn ba chục cơ sở chế biến cốm, xôi, gạo nếp. Mỗi ngày cao điểm, các cơ sở thu mua từ 8 đến 10 tấn lúa non để làm cốm. Giá cốm tươi năm nay từ 150.000 đến 180.000 đồng/kg, tăng khoảng 20.000 đồng/kg so với năm 2023; gạo nếp Tú Lệ bán tại chỗ 40-45 nghìn đồng/kg.

Anh Lò Văn Khoa, Giám đốc HTX Nếp Tú Lệ Xanh cho biết, HTX có 32 thành viên, liên kết với 146 hộ trồng nếp trên diện tích 65 ha. Năm 2023, HTX đạt doanh thu 4,3 tỷ đồng. Từ đầu năm đến nay, HTX đã tiêu thụ 85 tấn gạo nếp và 12 tấn cốm; cả năm dự kiến doanh thu tăng 15-20%.

Theo UBND huyện, toàn huyện hiện có 610 ha lúa nếp đặc sản, tập trung ở Tú Lệ, Nậm Búng, Gia Hội; "Gạo nếp Tú Lệ" được bảo hộ chỉ dẫn địa lý theo Quyết định số 152/QĐ-SHTT. Mục tiêu đến năm 2025, huyện mở rộng diện tích nếp Tú Lệ lên 700 ha, thu nhập bình quân của người trồng nếp đạt trên 50 triệu đồng/người/năm.

Tin khác:
- Văn Chấn: Kiểm tra công tác phòng chống thiên tai năm 2024
- Hội nghị triển khai Nghị quyết số 69-NQ/HU

Địa chỉ: Tổ dân phố 1, thị trấn Sơn Thịnh, huyện Văn Chấn | Điện thoại: 0216.3847.215
"""

NOW = year("Năm nay", 2024)
NOW2 = year("năm nay", 2024)
Y23 = year("Năm 2023", 2023)
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-09-25")
FULL = year("cả năm", 2024)
T25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("gần 250 ha", "250", 250, "measure", "ha", "diện tích lúa nếp Tú Lệ gieo cấy", NOW, approx="nearly"),
    F("khoảng 180 ha", "180", 180, "measure", "ha", "diện tích lúa nếp Tú Lệ ở các bản Nậm Đông, Cang Đông và Bản Lè",
      NOW, approx="about", total=250),
    F("đạt 4,6 tấn/ha", "4,6", 4.6, "measure", "tấn/ha", "năng suất bình quân", inherit(NOW)),
    F("trên 1.100 tấn", "1.100", 1100, "measure", "tấn", "sản lượng thóc", inherit(NOW),
      approx="over", status="estimate"),
    F("có 4 hợp tác xã", "4", 4, "count", "hợp tác xã", "hợp tác xã"),
    F("hơn ba chục cơ sở", "ba chục", 30, "count", "cơ sở", "cơ sở chế biến cốm, xôi, gạo nếp", approx="over"),
    F("từ 8 đến 10 tấn", "8", 8, "measure", "tấn/ngày", "lúa non các cơ sở thu mua để làm cốm mỗi ngày cao điểm",
      value_max=10),
    F("từ 150.000 đến 180.000", "150.000", 150000, "money", "đồng/kg", "giá cốm tươi", NOW2, value_max=180000,
      change=change("increase", 20000, "đồng/kg", "năm 2023", "about")),
    F("chỗ 40-45 nghìn", "40", 40000, "money", "đồng/kg", "giá gạo nếp Tú Lệ bán tại chỗ", NOW2, value_max=45000),
    F("có 32 thành viên", "32", 32, "count", "thành viên", "thành viên HTX Nếp Tú Lệ Xanh"),
    F("với 146 hộ", "146", 146, "count", "hộ", "hộ trồng nếp liên kết với HTX"),
    F("diện tích 65 ha", "65", 65, "measure", "ha", "diện tích trồng nếp liên kết với HTX"),
    F("doanh thu 4,3 tỷ", "4,3", 4.3e9, "money", "đồng", "doanh thu của HTX", Y23),
    F("tiêu thụ 85 tấn", "85", 85, "measure", "tấn", "gạo nếp HTX đã tiêu thụ", YTD),
    F("và 12 tấn cốm", "12", 12, "measure", "tấn", "cốm HTX đã tiêu thụ", YTD),
    F("tăng 15-20%", "15", 15, "percent", "%", "doanh thu của HTX", FULL, value_max=20, status="forecast"),
    F("có 610 ha", "610", 610, "measure", "ha", "diện tích lúa nếp đặc sản toàn huyện"),
    F("lên 700 ha", "700", 700, "measure", "ha", "diện tích nếp Tú Lệ", T25, status="target"),
    F("trên 50 triệu", "50", 50e6, "money", "đồng/người/năm", "thu nhập bình quân của người trồng nếp", T25,
      approx="over", status="target"),
]

NOTES = [
    "District portal (huyện Văn Chấn, Yên Bái): banner, menu, dateline '25/09/2024 - 10:20' under the headline, 'Tin khác', address footer.",
    "xã Tú Lệ is a commune of Văn Chấn: all figures keep location Văn Chấn (default).",
    "'Năm nay' / 'năm nay' = 2024 (published); 'Từ đầu năm đến nay' = 2024-01-01..2024-09-25; 'cả năm' = 2024.",
    "'hơn ba chục cơ sở' = over 30 (number word). 'Mỗi ngày cao điểm ... từ 8 đến 10 tấn' → unit tấn/ngày.",
    "'40-45 nghìn đồng/kg': the multiplier after the upper end applies to both ends (40000-45000).",
    "'doanh thu tăng 15-20%' is a growth rate standing as the claim → percent figure, range, forecast (dự kiến).",
    "'khoảng 180 ha' after 'trong đó' → total 250.",
    "Distractors: dateline time 10:20, 'Quyết định số 152/QĐ-SHTT', 'Nghị quyết số 69-NQ/HU', 'Tổ dân phố 1', phone 0216.3847.215.",
]

if __name__ == "__main__":
    write("p1443-2", TEXT, NOTES, FIGS, published="2024-09-25", location="Văn Chấn")
