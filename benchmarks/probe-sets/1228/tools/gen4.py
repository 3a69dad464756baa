"""p1228-4: ministry site (Bộ Công Thương), national petroleum supply, 6 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Năng lượng - Dầu khí

Sản xuất trong nước đáp ứng khoảng 70% nhu cầu xăng dầu

Ngày đăng: 16/07/2024 | Lượt xem: 985

(Moit.gov.vn) - Theo Vụ Dầu khí và Than, 6 tháng đầu năm 2024, tổng nguồn cung xăng dầu cho thị trường trong nước đạt khoảng 13,1 triệu m3/tấn, tăng 4,8% so với cùng kỳ năm 2023. Trong đó, nguồn từ sản xuất trong nước đạt 9,2 triệu m3/tấn, chiếm 70,2%; nhập khẩu 3,9 triệu m3/tấn.

Hai nhà máy lọc dầu Dung Quất (Quảng Ngãi) và Nghi Sơn (Thanh Hóa) lần lượt cung ứng 3,6 triệu tấn và 5,1 triệu tấn sản phẩm, phần còn lại đến từ các cơ sở chế biến condensate và pha chế nhiên liệu sinh học. Các thị trường nhập khẩu lớn nhất là Hàn Quốc (1,2 triệu tấn), Singapore (0,85 triệu tấn) và Malaysia (0,62 triệu tấn). Kim ngạch nhập khẩu xăng dầu 6 tháng ước đạt 3,74 tỷ USD, giảm 11,3% so với cùng kỳ.

Tính đến ngày 30/6/2024, cả nước có 32 thương nhân đầu mối kinh doanh xăng dầu và 17.540 cửa hàng bán lẻ; mức dự trữ lưu thông bảo đảm tối thiểu 20 ngày cung ứng. Giá xăng RON 95-III hiện ở mức 23.480 đồng/lít, thấp hơn khoảng 1.300 đồng/lít so với đầu năm; xăng E5 RON 92 ở mức 22.360 đồng/lít.

Bộ Công Thương dự báo nhu cầu xăng dầu cả năm 2024 khoảng 28-29 triệu m3/tấn. Mục tiêu đến năm 2030, năng lực lọc dầu trong nước đáp ứng ít nhất 70% nhu cầu; 63/63 tỉnh, thành phố hoàn thành quy hoạch hệ thống cửa hàng xăng dầu.

Bản quyền thuộc Bộ Công Thương
Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội | Điện thoại: 024.22202222
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1B = P("6 tháng", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SUP = "tổng nguồn cung xăng dầu cho thị trường trong nước"
IMP = "xăng dầu nhập khẩu từ"

FIGS = [
    F("khoảng 70% nhu cầu xăng dầu", "70", 70, "percent", "%", approx="about",
      subject="nhu cầu xăng dầu sản xuất trong nước đáp ứng"),
    F("khoảng 13,1 triệu", "13,1", 13.1e6, "measure", "m3/tấn", approx="about",
      change=C("increase", 4.8, "%", "cùng kỳ năm 2023"), subject=SUP, period=H1),
    F("đạt 9,2 triệu", "9,2", 9.2e6, "measure", "m3/tấn", total=13.1e6, percent=70.2,
      subject="nguồn cung từ sản xuất trong nước", period=I(H1)),
    F("nhập khẩu 3,9 triệu", "3,9", 3.9e6, "measure", "m3/tấn", total=13.1e6,
      subject="nguồn cung từ nhập khẩu", period=I(H1)),
    F("Hai nhà máy lọc dầu", "Hai", 2, "count", "nhà máy lọc dầu", optional=True,
      subject="nhà máy lọc dầu"),
    F("lần lượt cung ứng 3,6 triệu", "3,6", 3.6e6, "measure", "tấn",
      subject="sản phẩm Nhà máy lọc dầu Dung Quất cung ứng", period=I(H1), location="Quảng Ngãi"),
    F("và 5,1 triệu tấn", "5,1", 5.1e6, "measure", "tấn",
      subject="sản phẩm Nhà máy lọc dầu Nghi Sơn cung ứng", period=I(H1), location="Thanh Hóa"),
    F("Hàn Quốc (1,2 triệu", "1,2", 1.2e6, "measure", "tấn",
      subject=IMP + " Hàn Quốc", period=I(H1)),
    F("Singapore (0,85 triệu", "0,85", 0.85e6, "measure", "tấn",
      subject=IMP + " Singapore", period=I(H1)),
    F("Malaysia (0,62 triệu", "0,62", 0.62e6, "measure", "tấn",
      subject=IMP + " Malaysia", period=I(H1)),
    F("ước đạt 3,74 tỷ", "3,74", 3.74e9, "money", "USD", status="estimate",
      change=C("decrease", 11.3, "%", "cùng kỳ"), subject="kim ngạch nhập khẩu xăng dầu", period=H1B),
    F("có 32 thương nhân", "32", 32, "count", "thương nhân",
      subject="thương nhân đầu mối kinh doanh xăng dầu", period=ASOF),
    F("và 17.540 cửa hàng", "17.540", 17540, "count", "cửa hàng",
      subject="cửa hàng bán lẻ xăng dầu", period=ASOF),
    F("tối thiểu 20 ngày", "20", 20, "measure", "ngày", approx="at_least",
      subject="mức dự trữ lưu thông xăng dầu", period=ASOF),
    F("mức 23.480 đồng/lít", "23.480", 23480, "money", "đồng/lít",
      change=C("decrease", 1300, "đồng/lít", "đầu năm", approx="about"), subject="giá xăng RON 95-III"),
    F("mức 22.360 đồng/lít", "22.360", 22360, "money", "đồng/lít", subject="giá xăng E5 RON 92"),
    F("khoảng 28-29 triệu", "28", 28e6, "measure", "m3/tấn", value_max=29e6, approx="about",
      status="forecast", subject="nhu cầu xăng dầu", period=Y24),
    F("ít nhất 70% nhu cầu", "70", 70, "percent", "%", approx="at_least", status="target",
      subject="nhu cầu xăng dầu năng lực lọc dầu trong nước đáp ứng", period=T30),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", total=63, status="target",
      subject="tỉnh, thành phố hoàn thành quy hoạch hệ thống cửa hàng xăng dầu", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): national petroleum supply, 6 months 2024. 'Ngày đăng: 16/07/2024 | Lượt xem: 985', address and phone footer.",
    "Distractors: view counter 985, 'RON 95-III', 'E5 RON 92' (product names), '54 Hai Bà Trưng', phone 024.22202222, 'ngày 30/6/2024' (as-of date).",
    "Location Việt Nam by default; the two refineries are placed by their bracketed provinces (Quảng Ngãi, Thanh Hóa). Import partners are not places.",
    "Unit 'm3/tấn' is the trade's mixed volume/weight unit, kept as written. 9,2 and 3,9 follow 'Trong đó' after 13,1 triệu: total.",
    "'lần lượt cung ứng 3,6 ... và 5,1 triệu tấn' has no part-of cue (and another unit): no total.",
    "'thấp hơn khoảng 1.300 đồng/lít so với đầu năm' is the change of the RON 95 price. 'Hai nhà máy' enumerates the plants (optional).",
    "'Mục tiêu đến năm 2030 ...; 63/63 ...' → the clause after ';' continues the target.",
]

if __name__ == "__main__":
    write("p1228-4", TEXT, NOTES, FIGS, published="2024-07-16", location="Việt Nam")
