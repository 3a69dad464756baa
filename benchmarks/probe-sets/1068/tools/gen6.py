"""p1068-6: national newspaper (VnExpress style), confectionery firms raise Tết output, market size, prices, exports, smuggling (2025)."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa
Thứ bảy, 18/1/2025, 08:15 (GMT+7)
Doanh nghiệp bánh kẹo tăng sản lượng 15-20% phục vụ Tết

Nhiều doanh nghiệp bánh kẹo nội địa đã nâng sản lượng từ 15 đến 20% so với Tết năm ngoái, trong khi giá bán gần như giữ nguyên.

Theo Bộ Công Thương, quy mô thị trường bánh kẹo Việt Nam năm 2024 ước đạt khoảng 45.000 tỷ đồng, tăng 6,5% so với năm 2023, trong đó doanh nghiệp trong nước chiếm khoảng 70% thị phần. Lượng bánh kẹo tiêu thụ dịp Tết thường chiếm 30-35% sản lượng cả năm.

Tại Công ty CP Bánh kẹo Phương Nam (KCN Sóng Thần 2, Bình Dương), sản lượng bánh kẹo phục vụ Tết Ất Tỵ dự kiến đạt 4.200 tấn, tăng 18% so với năm trước. Công ty đã tuyển thêm 300 lao động thời vụ, nâng tổng số lao động lên gần 1.500 người. Ông Trần Văn Hai, Phó tổng giám đốc, cho biết tính đến ngày 15/1/2025 công ty đã giao khoảng 85% đơn hàng Tết cho các nhà phân phối.

Giá hộp bánh quy bơ 400 gram phổ biến 65.000-90.000 đồng, giỏ quà Tết từ 300.000 đồng đến 2 triệu đồng/giỏ. Theo khảo sát tại chợ Bình Tây (quận 6, TP HCM), giá mứt gừng, mứt dừa tăng 10-15% do giá đường tăng.

Theo Tổng cục Hải quan, xuất khẩu bánh kẹo, sản phẩm từ ngũ cốc năm 2024 đạt 1,1 tỷ USD, tăng 9% so với năm 2023. Con số này gấp khoảng 6 lần kim ngạch nhập khẩu cùng nhóm hàng.

Trong tháng 12/2024, lực lượng quản lý thị trường cả nước đã phát hiện, thu giữ hơn 12 tấn bánh kẹo nhập lậu, không rõ nguồn gốc, tăng gần 40% so với cùng kỳ.

Thi Hà
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T12 = P("Trong tháng 12/2024", "2024-12-01", "2024-12-31")
ASOF = P("tính đến ngày 15/1/2025", None, "2025-01-15")

FIGS = [
    F("sản lượng 15-20%", "15", 15, "percent", "%", "tăng sản lượng của doanh nghiệp bánh kẹo", value_max=20),
    F("từ 15 đến 20%", "15", 15, "percent", "%", "tăng sản lượng của doanh nghiệp bánh kẹo nội địa", value_max=20),
    F("khoảng 45.000 tỷ đồng", "45.000", 45000e9, "money", "đồng", "quy mô thị trường bánh kẹo", Y24,
      approx="about", status="estimate", change=C("increase", 6.5, "%", "năm 2023")),
    F("khoảng 70% thị phần", "70", 70, "percent", "%", "thị phần của doanh nghiệp trong nước", Y24,
      approx="about", status="estimate"),
    F("chiếm 30-35%", "30", 30, "percent", "%", "lượng bánh kẹo tiêu thụ dịp Tết trong sản lượng cả năm",
      value_max=35),
    F("đạt 4.200 tấn", "4.200", 4200, "measure", "tấn", "sản lượng bánh kẹo phục vụ Tết của công ty",
      status="forecast", change=C("increase", 18, "%", "năm trước"), location="Bình Dương"),
    F("thêm 300 lao động", "300", 300, "count", "lao động", "lao động thời vụ tuyển thêm", location="Bình Dương"),
    F("gần 1.500 người", "1.500", 1500, "count", "người", "tổng số lao động của công ty", approx="nearly",
      location="Bình Dương"),
    F("khoảng 85% đơn hàng", "85", 85, "percent", "%", "đơn hàng Tết đã giao cho các nhà phân phối", ASOF,
      approx="about", location="Bình Dương"),
    F("bơ 400 gram", "400", 400, "measure", "gram", "khối lượng hộp bánh quy bơ", optional=True),
    F("phổ biến 65.000-90.000 đồng", "65.000", 65000, "money", "đồng", "giá hộp bánh quy bơ", value_max=90000),
    F("từ 300.000 đồng", "300.000", 300000, "money", "đồng/giỏ", "giá giỏ quà Tết", value_max=2e6),
    F("tăng 10-15%", "10", 10, "percent", "%", "tăng giá mứt gừng, mứt dừa", value_max=15,
      location="Quận 6"),
    F("đạt 1,1 tỷ USD", "1,1", 1.1e9, "money", "USD", "xuất khẩu bánh kẹo, sản phẩm từ ngũ cốc", Y24,
      change=C("increase", 9, "%", "năm 2023")),
    F("gấp khoảng 6 lần", "6", 6, "multiple", "lần", "xuất khẩu bánh kẹo so với kim ngạch nhập khẩu cùng nhóm hàng",
      I(Y24), approx="about"),
    F("hơn 12 tấn", "12", 12, "measure", "tấn", "bánh kẹo nhập lậu, không rõ nguồn gốc bị thu giữ", T12,
      approx="over", change=C("increase", 40, "%", "cùng kỳ", approx="nearly")),
]

NOTES = [
    "National newspaper (VnExpress style, 'Thứ bảy, 18/1/2025, 08:15 (GMT+7)'): confectionery makers' Tết output, market size, prices,",
    "exports, smuggled sweets. Default location Việt Nam; the company's figures are Bình Dương; the market survey at chợ Bình Tây is Quận 6.",
    "Headline and lead '15-20%' / 'từ 15 đến 20%' are growth rates stated as the claim (percent ranges, no change object).",
    "'trong đó ... chiếm khoảng 70%' continues the 'ước đạt' clause (estimate). 'gấp khoảng 6 lần' stands alone as the claim (multiple).",
    "revised: 10-15% location Hồ Chí Minh -> Quận 6 (the district where the surveyed market stands, as districts are used in p1068-2/5/8).",
    "Not figures: 'KCN Sóng Thần 2', 'quận 6', 'Trần Văn Hai', 'Tết Ất Tỵ', '08:15'. '400 gram' is the product's specification (optional).",
]

if __name__ == "__main__":
    write("p1068-6", TEXT, NOTES, FIGS, published="2025-01-18", location="Việt Nam")
