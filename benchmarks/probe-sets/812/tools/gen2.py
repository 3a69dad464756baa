"""p812-2: Bắc Hà district portal (Lào Cai), mận tam hoa 2023."""
from lib import F, P, Y, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẮC HÀ - TỈNH LÀO CAI
Tin tức > Kinh tế - Nông nghiệp
Thứ Năm, 13/07/2023 - 10:20

Bắc Hà: Mận tam hoa vào vụ, giá bán ổn định

Vụ mận năm 2023, toàn huyện Bắc Hà có khoảng 1.150 ha mận tam hoa, tập trung tại các xã Bản Phố (320 ha), Na Hối (210 ha), Tà Chải (180 ha) và thị trấn Bắc Hà (95 ha). Diện tích cho thu hoạch 940 ha, năng suất bình quân ước đạt 9,5 tấn/ha; sản lượng ước đạt 8.900 tấn, tăng 7% so với vụ năm 2022.

Hiện giá mận tại vườn từ 12.000 đến 18.000 đồng/kg, mận loại 1 bán tại chợ phiên Bắc Hà 25.000-30.000 đồng/kg. Với giá này, mỗi ha mận cho thu nhập bình quân 110 triệu đồng; nhiều hộ như gia đình ông Lùng Văn Sáu ở thôn Na Lang thu trên 200 triệu đồng mỗi năm.

Để hỗ trợ tiêu thụ, huyện tổ chức Ngày hội mận tam hoa lần thứ 5 trong hai ngày 15-16/7, dự kiến có 40 gian hàng tham gia, thu hút trên 8.000 lượt du khách. Năm 2022, các vườn mận trên địa bàn đón 36.500 lượt khách tham quan, trải nghiệm hái quả, doanh thu từ du lịch vườn đạt 4,2 tỷ đồng.

Huyện đặt mục tiêu đến năm 2025 duy trì 1.200 ha mận, trong đó 300 ha đạt chứng nhận VietGAP; xây dựng 3 sản phẩm OCOP từ mận. Hiện toàn huyện có 2 hợp tác xã và 12 tổ hợp tác trồng mận với 415 thành viên.

Phòng Nông nghiệp và PTNT huyện Bắc Hà - ĐT: 0214.3880.227
"""

NOTES = [
    "Cổng TTĐT huyện Bắc Hà (Lào Cai): mận tam hoa vụ 2023 — diện tích theo xã, năng suất, sản lượng, giá, thu nhập, ngày hội, du lịch vườn, mục tiêu 2025.",
    "Dateline 'Thứ Năm, 13/07/2023 - 10:20'. 'lần thứ 5', 'ông Lùng Văn Sáu', 'thôn Na Lang', phone are not figures.",
    "Communes (xã Bản Phố …) are below the spec's place levels: their figures keep the district 'Bắc Hà' as location.",
    "The commune list does not add up to 1.150 ha ('tập trung tại'): no total. 300 ha after 'trong đó' is part of the 1.200 ha target.",
    "Festival days '15-16/7' (2023 from the dateline) are the period of the two forecasts; 'dự kiến' governs both.",
]

v23 = Y("Vụ mận năm 2023", 2023)
fest = P("hai ngày 15-16/7", "2023-07-15", "2023-07-16")
y25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("khoảng 1.150 ha", "1.150", 1150, "measure", "ha", "diện tích mận tam hoa", v23, approx="about"),
    F("Bản Phố (320 ha)", "320", 320, "measure", "ha", "diện tích mận tam hoa", v23),
    F("Na Hối (210 ha)", "210", 210, "measure", "ha", "diện tích mận tam hoa", v23),
    F("Tà Chải (180 ha)", "180", 180, "measure", "ha", "diện tích mận tam hoa", v23),
    F("thị trấn Bắc Hà (95 ha)", "95", 95, "measure", "ha", "diện tích mận tam hoa", v23),
    F("thu hoạch 940 ha", "940", 940, "measure", "ha", "diện tích mận cho thu hoạch", I(v23)),
    F("ước đạt 9,5 tấn/ha", "9,5", 9.5, "measure", "tấn/ha", "năng suất bình quân mận", I(v23), status="estimate"),
    F("ước đạt 8.900 tấn", "8.900", 8900, "measure", "tấn", "sản lượng mận", I(v23), status="estimate",
      change=C("increase", 7, "%", "vụ năm 2022")),
    F("từ 12.000 đến 18.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá mận tại vườn", value_max=18000),
    F("25.000-30.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá mận loại 1 tại chợ phiên Bắc Hà", value_max=30000),
    F("bình quân 110 triệu đồng", "110", 110e6, "money", "đồng/ha", "thu nhập bình quân mỗi ha mận"),
    F("trên 200 triệu đồng mỗi năm", "200", 200e6, "money", "đồng/năm", "thu nhập từ mận của hộ", approx="over"),
    F("có 40 gian hàng", "40", 40, "count", "gian hàng", "gian hàng tham gia Ngày hội mận tam hoa", fest, status="forecast"),
    F("trên 8.000 lượt du khách", "8.000", 8000, "count", "lượt du khách", "lượt du khách Ngày hội mận tam hoa", fest,
      approx="over", status="forecast"),
    F("đón 36.500 lượt khách", "36.500", 36500, "count", "lượt khách", "lượt khách tham quan, trải nghiệm hái quả vườn mận",
      Y("Năm 2022", 2022)),
    F("đạt 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "doanh thu từ du lịch vườn", Y("Năm 2022", 2022)),
    F("duy trì 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích mận", y25, status="target"),
    F("300 ha đạt chứng nhận VietGAP", "300", 300, "measure", "ha", "diện tích mận đạt chứng nhận VietGAP", y25,
      status="target", total=1200),
    F("xây dựng 3 sản phẩm OCOP", "3", 3, "count", "sản phẩm OCOP", "sản phẩm OCOP từ mận", y25, status="target"),
    F("có 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã trồng mận"),
    F("12 tổ hợp tác", "12", 12, "count", "tổ hợp tác", "tổ hợp tác trồng mận"),
    F("415 thành viên", "415", 415, "count", "thành viên", "thành viên hợp tác xã, tổ hợp tác trồng mận"),
]

if __name__ == "__main__":
    write("p812-2", TEXT, NOTES, FIGS, published="2023-07-13", location="Bắc Hà")
