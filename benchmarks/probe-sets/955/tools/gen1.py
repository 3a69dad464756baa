"""p955-1: province portal (Quảng Ninh), miến dong Bình Liêu."""
from lib import P, I, C, T, F, write

TEXT = """Cổng thông tin điện tử tỉnh Quảng Ninh
Trang chủ > Tin tức - Sự kiện > Kinh tế
Bình Liêu: Miến dong thu về hơn 120 tỷ đồng mỗi năm
Cập nhật: 14/11/2024 09:20 | Lượt xem: 2.317

Những ngày này, dọc Quốc lộ 18C qua các xã Đồng Văn, Hoành Mô, Lục Hồn, các hộ làm miến dong Bình Liêu bước vào vụ sản xuất chính. Toàn huyện hiện có 58 cơ sở, hộ sản xuất miến, trong đó có 9 hợp tác xã và 3 doanh nghiệp.

Năm 2024, huyện trồng 360 ha dong riềng, tăng 40 ha so với năm 2023; năng suất bình quân ước đạt 75 tấn củ/ha. Tính đến ngày 31/10/2024, các cơ sở đã sản xuất khoảng 1.650 tấn miến, đạt 82,5% kế hoạch năm, tăng 11,3% so với cùng kỳ. Giá miến dong bán tại cơ sở từ 90.000 đến 120.000 đồng/kg, cao hơn khoảng 15% so với năm trước.

Năm 2023, doanh thu từ miến dong đạt 126 tỷ đồng, chiếm gần 30% giá trị sản xuất nông nghiệp của huyện. Nghề làm miến tạo việc làm thường xuyên cho hơn 1.200 lao động, thu nhập bình quân từ 6 đến 8 triệu đồng/người/tháng; vào cao điểm cuối năm, mỗi cơ sở thuê thêm 5-7 lao động thời vụ. Từ đầu năm đến nay, huyện đã mở 4 lớp tập huấn về an toàn thực phẩm cho 160 học viên.

Hiện huyện có 7 sản phẩm miến dong được công nhận OCOP, gồm 2 sản phẩm 4 sao và 5 sản phẩm 3 sao. Miến dong Bình Liêu đã được cấp Giấy chứng nhận nhãn hiệu tập thể theo Quyết định số 2156/QĐ-SHTT và được giới thiệu tại Hội chợ OCOP Quảng Ninh lần thứ 6.

Theo Đề án phát triển vùng nguyên liệu, mục tiêu đến năm 2025 huyện nâng diện tích dong riềng lên 400 ha, sản lượng miến đạt 2.200 tấn/năm và có thêm 3 sản phẩm đạt chuẩn OCOP. Tổng vốn dự kiến hỗ trợ các cơ sở đổi mới máy móc khoảng 12 tỷ đồng.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 31/10/2024", None, "2024-10-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-14")
TGT = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 120 tỷ đồng mỗi năm", "120", 120e9, "money", "đồng/năm", "doanh thu miến dong", approx="over"),
    F("hiện có 58 cơ sở", "58", 58, "count", "cơ sở", "cơ sở, hộ sản xuất miến"),
    F("có 9 hợp tác xã", "9", 9, "count", "hợp tác xã", "hợp tác xã sản xuất miến", total=58),
    F("và 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp sản xuất miến", total=58),
    F("trồng 360 ha", "360", 360, "measure", "ha", "diện tích trồng dong riềng", Y24,
      change=C("increase", 40, "ha", "năm 2023")),
    F("75 tấn củ/ha", "75", 75, "measure", "tấn/ha", "năng suất bình quân dong riềng", Y24, status="estimate"),
    F("khoảng 1.650 tấn miến", "1.650", 1650, "measure", "tấn", "miến các cơ sở đã sản xuất", ASOF,
      approx="about", percent=82.5, change=C("increase", 11.3, "%", "cùng kỳ")),
    F("từ 90.000 đến 120.000 đồng/kg", "90.000", 90000, "money", "đồng/kg", "giá miến dong bán tại cơ sở",
      value_max=120000, change=C("increase", 15, "%", "năm trước", approx="about")),
    F("đạt 126 tỷ đồng", "126", 126e9, "money", "đồng", "doanh thu từ miến dong", Y23, percent=30),
    F("hơn 1.200 lao động", "1.200", 1200, "count", "lao động", "lao động có việc làm thường xuyên từ nghề làm miến",
      approx="over"),
    F("từ 6 đến 8 triệu đồng/người/tháng", "6", 6e6, "money", "đồng/người/tháng",
      "thu nhập bình quân lao động làm miến", value_max=8e6),
    F("5-7 lao động thời vụ", "5", 5, "count", "lao động", "lao động thời vụ mỗi cơ sở thuê thêm", value_max=7),
    F("mở 4 lớp tập huấn", "4", 4, "count", "lớp tập huấn", "lớp tập huấn về an toàn thực phẩm", YTD),
    F("cho 160 học viên", "160", 160, "count", "học viên", "học viên tập huấn về an toàn thực phẩm", YTD),
    F("có 7 sản phẩm miến dong", "7", 7, "count", "sản phẩm", "sản phẩm miến dong được công nhận OCOP"),
    F("gồm 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm miến dong OCOP 4 sao", total=7),
    F("sản phẩm 4 sao", "4", 4, "measure", "sao", optional=True),
    F("và 5 sản phẩm", "5", 5, "count", "sản phẩm", "sản phẩm miến dong OCOP 3 sao", total=7),
    F("sản phẩm 3 sao", "3", 3, "measure", "sao", optional=True),
    F("lên 400 ha", "400", 400, "measure", "ha", "diện tích dong riềng", TGT, status="target"),
    F("đạt 2.200 tấn/năm", "2.200", 2200, "measure", "tấn/năm", "sản lượng miến", TGT, status="target"),
    F("thêm 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm đạt chuẩn OCOP", TGT, status="target"),
    F("khoảng 12 tỷ đồng", "12", 12e9, "money", "đồng", "tổng vốn hỗ trợ các cơ sở đổi mới máy móc",
      approx="about", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT Quảng Ninh: miến dong Bình Liêu (2024). All figures describe huyện Bình Liêu (district) unless stated.",
    "Distractors: 'Cập nhật: 14/11/2024 09:20', 'Lượt xem: 2.317', 'Quốc lộ 18C', 'Quyết định số 2156/QĐ-SHTT', 'lần thứ 6'.",
    "OCOP star classes ('4 sao', '3 sao') are category labels: optional. '58 cơ sở' is the whole of 9 HTX and 3 doanh nghiệp (trong đó).",
    "Unit of '75 tấn củ/ha' is the shortest phrase 'tấn/ha' (revised after first run; was 'tấn củ/ha').",
    "'cao hơn khoảng 15% so với năm trước' after the price range is its change; 'Tổng vốn dự kiến' -> forecast, no period stated.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, COMMENTS, published="2024-11-14", location="Bình Liêu")
