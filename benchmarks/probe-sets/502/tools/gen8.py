"""p502-8: commune portal (xã Thanh Sơn, huyện Thanh Hà, Hải Dương) — early lychee 2024: area, output, prices, codes, exports, targets."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ THANH SƠN - HUYỆN THANH HÀ
Trang chủ | Tin tức sự kiện | Kinh tế
Ngày đăng: 10/06/2024 | Lượt xem: 246

Xã Thanh Sơn: Vải sớm được mùa, được giá

Năm nay, toàn xã có 412 ha vải, trong đó vải thiều 318 ha, vải tu hú và vải lai chín sớm 94 ha. Sản lượng vải ước đạt 3.600 tấn, tăng khoảng 15% so với năm 2023. Hiện các hộ đã thu hoạch được gần 40% sản lượng vải sớm.

Giá vải sớm đầu vụ từ 35.000 đến 40.000 đồng/kg, cao hơn 5.000 đồng/kg so với năm ngoái. Với giá này, mỗi ha vải sớm cho thu nhập khoảng 350 triệu đồng. Gia đình ông Nguyễn Văn Hải ở thôn 3 thu hoạch 4,2 tấn vải tu hú, thu về hơn 150 triệu đồng.

Xã có 26 mã số vùng trồng vải thiều với diện tích 185 ha đủ điều kiện xuất khẩu sang Nhật Bản, Mỹ, EU, tăng 4 mã so với năm 2023; có 3 cơ sở sơ chế, đóng gói được cấp mã số. Vụ vải năm 2023, xã đã xuất khẩu 620 tấn vải sang thị trường Nhật Bản và Mỹ.

Theo UBND huyện Thanh Hà, năm 2024 toàn huyện có khoảng 3.200 ha vải, sản lượng dự kiến 35.000 tấn, trong đó vải sớm chiếm 20%.

Xã phấn đấu đến năm 2025 có 100% diện tích vải sản xuất theo tiêu chuẩn VietGAP, nâng số mã số vùng trồng lên 30 mã. Các hộ có nhu cầu đăng ký mã số liên hệ HTX Dịch vụ nông nghiệp số 2, đường 390, hoặc số điện thoại 0220.3816.425.

Ban Văn hóa - Thông tin xã
"""

NN = P("Năm nay", "2024-01-01", "2024-12-31")
Y23 = P("Vụ vải năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 412 ha", "412", 412, "measure", "ha", "diện tích vải", NN),
    F("vải thiều 318 ha", "318", 318, "measure", "ha", "diện tích vải thiều", NN, total=412),
    F("chín sớm 94 ha", "94", 94, "measure", "ha", "diện tích vải tu hú và vải lai chín sớm", NN, total=412),
    F("ước đạt 3.600 tấn", "3.600", 3600, "measure", "tấn", "sản lượng vải", I(NN),
      change=CH("increase", 15, "%", "năm 2023", approx="about"), status="estimate"),
    F("gần 40%", "40", 40, "percent", "%", "sản lượng vải sớm đã thu hoạch", approx="nearly"),
    F("từ 35.000 đến 40.000", "35.000", 35000, "money", "đồng/kg", "giá vải sớm đầu vụ", None, value_max=40000,
      change=CH("increase", 5000, "đồng/kg", "năm ngoái")),
    F("khoảng 350 triệu đồng", "350", 350e6, "money", "đồng", "thu nhập mỗi ha vải sớm", approx="about"),
    F("hoạch 4,2 tấn", "4,2", 4.2, "measure", "tấn", "sản lượng vải tu hú gia đình ông Nguyễn Văn Hải thu hoạch"),
    F("hơn 150 triệu đồng", "150", 150e6, "money", "đồng", "thu nhập gia đình ông Nguyễn Văn Hải từ vải tu hú",
      approx="over"),
    F("có 26 mã số", "26", 26, "count", "mã số vùng trồng", "mã số vùng trồng vải thiều",
      change=CH("increase", 4, "mã", "năm 2023")),
    F("diện tích 185 ha", "185", 185, "measure", "ha",
      "diện tích vùng trồng vải thiều đủ điều kiện xuất khẩu sang Nhật Bản, Mỹ, EU"),
    F("có 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở sơ chế, đóng gói được cấp mã số"),
    F("xuất khẩu 620 tấn", "620", 620, "measure", "tấn", "vải xuất khẩu sang thị trường Nhật Bản và Mỹ", Y23),
    F("khoảng 3.200 ha", "3.200", 3200, "measure", "ha", "diện tích vải", Y24, approx="about"),
    F("dự kiến 35.000 tấn", "35.000", 35000, "measure", "tấn", "sản lượng vải", Y24, status="forecast"),
    F("chiếm 20%", "20", 20, "percent", "%", "tỷ trọng vải sớm trong sản lượng vải", Y24, status="forecast"),
    F("có 100% diện tích", "100", 100, "percent", "%", "diện tích vải sản xuất theo tiêu chuẩn VietGAP", T25,
      status="target"),
    F("lên 30 mã", "30", 30, "count", "mã", "mã số vùng trồng", T25, status="target"),
]

COMMENTS = [
    "Commune portal (xã Thanh Sơn, huyện Thanh Hà, tỉnh Hải Dương), 'Ngày đăng: 10/06/2024 | Lượt xem: 246', early lychee season 2024.",
    "Location: a commune is neither province nor district, so commune figures take the district the portal names (Thanh Hà);",
    "the district's own figures are Thanh Hà as well. 'Năm nay' = year of published (2024), scored in its sentence.",
    "'trong đó vải thiều 318 ha, ... 94 ha' are parts of 412 ha (318+94=412). 'cao hơn 5.000 đồng/kg so với năm ngoái' is the price range's change.",
    "'trong đó vải sớm chiếm 20%' names another subject (early lychee) with no amount: its own percent figure (forecast, continuing 'dự kiến').",
    "Distractors: 'thôn 3', 'HTX Dịch vụ nông nghiệp số 2', 'đường 390', phone, Lượt xem.",
]

if __name__ == "__main__":
    emit("p502-8", TEXT, COMMENTS, FIGS, published="2024-06-10", location="Thanh Hà")
