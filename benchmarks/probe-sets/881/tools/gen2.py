"""p881-2: district portal of Kim Thành (Hải Dương) - harvest of gấc for Tết."""
from lib import F, write, period, year, change

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIM THÀNH - TỈNH HẢI DƯƠNG
Trang chủ / Tin tức / Kinh tế - Nông nghiệp
Thứ Ba, 14/11/2023 - 10:20

Kim Thành vào vụ thu hoạch gấc Tết

Những ngày này, trên những cánh đồng ven Quốc lộ 5 thuộc các xã Kim Xuyên, Phúc Thành, bà con đang tất bật thu hoạch gấc. Vụ gấc năm nay, toàn huyện có 73,5 ha, tăng 8,2 ha so với năm 2022; năng suất ước đạt 30 tấn/ha, sản lượng ước khoảng 2.200 tấn.

Theo ông Phạm Văn Tám, Giám đốc HTX Nông nghiệp Kim Xuyên, giá gấc đầu vụ dao động 18.000-20.000 đồng/kg, cao hơn khoảng 3.000 đồng/kg so với cùng kỳ năm trước. Những quả loại 1 nặng trên 1,5 kg được thương lái thu mua với giá 25.000 đồng/kg để làm gấc trang trí, cúng lễ ngày Tết. HTX hiện liên kết với 126 hộ, bao tiêu khoảng 40% sản lượng cho Công ty CP Thực phẩm Hà Thành 68 để chế biến dầu gấc, bột gấc.

Toàn huyện hiện có 4 cơ sở sơ chế màng gấc, mỗi ngày xử lý từ 8 đến 10 tấn quả tươi, giải quyết việc làm thời vụ cho gần 90 lao động với mức thu nhập 250.000-300.000 đồng/người/ngày. Năm 2022, các cơ sở đã sản xuất 46 tấn màng gấc sấy và 3.100 lít dầu gấc, tổng doanh thu đạt 9,8 tỷ đồng.

Mục tiêu năm 2024, huyện phấn đấu nâng diện tích gấc lên 90 ha, xây dựng 1 vùng trồng gấc đạt chứng nhận VietGAP quy mô 20 ha và có thêm 2 sản phẩm từ gấc đạt OCOP. Dự kiến năm 2024, sản lượng màng gấc sấy của huyện đạt khoảng 60 tấn.

Nguyễn Thu Hà (Trung tâm VH-TT&TT huyện)
"""

NOW = period("Vụ gấc năm nay", "2023-01-01", "2023-12-31")
Y22 = year(2022, "Năm 2022")
Y24 = year(2024, "Mục tiêu năm 2024")
Y24f = year(2024, "Dự kiến năm 2024")

FIGS = [
    F("toàn huyện có 73,5 ha", "73,5", 73.5, "measure", "ha", "diện tích gấc", NOW,
      change=change("increase", 8.2, "ha", "năm 2022")),
    F("ước đạt 30 tấn/ha", "30", 30, "measure", "tấn/ha", "năng suất gấc", NOW, status="estimate"),
    F("khoảng 2.200 tấn", "2.200", 2200, "measure", "tấn", "sản lượng gấc", NOW, approx="about", status="estimate"),
    F("dao động 18.000-20.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá gấc đầu vụ", value_max=20000,
      change=change("increase", 3000, "đồng/kg", "cùng kỳ năm trước", approx="about")),
    F("nặng trên 1,5 kg", "1,5", 1.5, "measure", "kg", "khối lượng quả gấc loại 1", approx="over", optional=True),
    F("giá 25.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá thu mua quả gấc loại 1 làm gấc trang trí"),
    F("liên kết với 126 hộ", "126", 126, "count", "hộ", "hộ liên kết với HTX Nông nghiệp Kim Xuyên"),
    F("khoảng 40% sản lượng", "40", 40, "percent", "%", "sản lượng HTX bao tiêu cho công ty chế biến", approx="about"),
    F("có 4 cơ sở sơ chế", "4", 4, "count", "cơ sở", "cơ sở sơ chế màng gấc"),
    F("từ 8 đến 10 tấn", "8", 8, "measure", "tấn/ngày", "gấc quả tươi cơ sở sơ chế xử lý mỗi ngày", value_max=10),
    F("gần 90 lao động", "90", 90, "count", "lao động", "lao động thời vụ có việc làm", approx="nearly"),
    F("250.000-300.000 đồng/người/ngày", "250.000", 250000, "money", "đồng/người/ngày",
      "thu nhập lao động thời vụ", value_max=300000),
    F("sản xuất 46 tấn", "46", 46, "measure", "tấn", "màng gấc sấy sản xuất", Y22),
    F("3.100 lít dầu gấc", "3.100", 3100, "measure", "lít", "dầu gấc sản xuất", Y22),
    F("đạt 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", "tổng doanh thu các cơ sở sơ chế gấc", Y22),
    F("lên 90 ha", "90", 90, "measure", "ha", "diện tích gấc", Y24, status="target"),
    F("xây dựng 1 vùng", "1", 1, "count", "vùng", "vùng trồng gấc đạt chứng nhận VietGAP", Y24,
      status="target", optional=True),
    F("quy mô 20 ha", "20", 20, "measure", "ha", "quy mô vùng trồng gấc đạt chứng nhận VietGAP", Y24, status="target"),
    F("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm từ gấc đạt OCOP", Y24, status="target"),
    F("khoảng 60 tấn", "60", 60, "measure", "tấn", "sản lượng màng gấc sấy", Y24f, approx="about", status="forecast"),
]

NOTES = [
    "Cổng TTĐT huyện Kim Thành (Hải Dương): vụ gấc Tết 2023 - diện tích, giá, sơ chế, mục tiêu 2024.",
    "'Vụ gấc năm nay' = 2023 (published). Prices 'đầu vụ' carry no period. 'nặng trên 1,5 kg' is a grade threshold: optional.",
    "'xây dựng 1 vùng' may or may not be counted: optional. The 20 ha scale of the planned zone is a target figure.",
    "Distractors: Quốc lộ 5, Phạm Văn Tám, quả loại 1, Công ty CP Thực phẩm Hà Thành 68, 10:20, Thứ Ba.",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, NOTES, published="2023-11-14", location="Kim Thành")
