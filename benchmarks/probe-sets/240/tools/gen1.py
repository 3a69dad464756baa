from lib import F, P, CH, TG, build

TEXT = """Cổng Thông tin điện tử tỉnh Đắk Lắk
Trang chủ > Tin tức > Kinh tế

Đắk Lắk: Tái canh cà phê vượt kế hoạch giai đoạn 2021-2025
Cập nhật: 14/10/2024 08:35 | Lượt xem: 2.317

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/9/2024, tổng diện tích cà phê toàn tỉnh đạt 213.450 ha, trong đó diện tích cho thu hoạch 199.800 ha, chiếm 93,6%. Niên vụ 2023-2024, năng suất bình quân ước đạt 28,5 tạ/ha, sản lượng ước đạt khoảng 569.400 tấn nhân, tăng 3,2% so với niên vụ trước.

Thực hiện Đề án tái canh cà phê (Quyết định số 2134/QĐ-UBND), giai đoạn 2021-2025 tỉnh đặt kế hoạch tái canh 32.000 ha. Từ năm 2021 đến nay, toàn tỉnh đã tái canh được 35.618 ha, đạt 111,3% kế hoạch; các huyện có diện tích tái canh lớn là Cư M'gar (5.120 ha), Krông Pắc (4.385 ha) và Krông Năng (3.742 ha). Riêng 9 tháng năm 2024, toàn tỉnh tái canh 5.240 ha, gồm trồng tái canh 3.960 ha và ghép cải tạo 1.280 ha.

Tính đến tháng 9/2024, diện tích cà phê được chứng nhận sản xuất bền vững đạt khoảng 61.500 ha, chiếm 28,8% tổng diện tích; trong đó chứng nhận 4C là 38.200 ha, Rainforest Alliance 14.700 ha, hữu cơ 1.150 ha và VietGAP 7.450 ha.

Toàn tỉnh hiện có 112 cơ sở chế biến cà phê nhân xuất khẩu với tổng công suất gần 1,1 triệu tấn/năm và 15 nhà máy chế biến sâu (rang xay, hòa tan). 9 tháng năm 2024, kim ngạch xuất khẩu cà phê của tỉnh ước đạt 1,02 tỷ USD, tăng 41,5% so với cùng kỳ; giá xuất khẩu bình quân ước đạt 4.180 USD/tấn.

Năm 2025, tỉnh phấn đấu nâng diện tích cà phê có chứng nhận lên 70.000 ha và tỷ lệ cà phê chế biến sâu đạt 15% sản lượng.

Đường dây nóng Sở NN&PTNT: 0262.3852.419 – Địa chỉ: số 47 Nguyễn Tất Thành, TP Buôn Ma Thuột.
"""

ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-10-14")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF9 = P("Tính đến tháng 9/2024", None, "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("đạt 213.450 ha", "213.450", 213450, "measure", "ha", "tổng diện tích cà phê", period=ASOF),
    F("thu hoạch 199.800 ha", "199.800", 199800, "measure", "ha", "diện tích cà phê cho thu hoạch",
      total=213450, percent=93.6, period=ASOF),
    F("ước đạt 28,5 tạ/ha", "28,5", 28.5, "measure", "tạ/ha", "năng suất cà phê bình quân", status="estimate"),
    F("khoảng 569.400 tấn", "569.400", 569400, "measure", "tấn", "sản lượng cà phê nhân", approx="about",
      change=CH("+", 3.2, "%", "niên vụ trước"), status="estimate"),
    F("tái canh 32.000 ha", "32.000", 32000, "measure", "ha", "kế hoạch tái canh cà phê", status="target",
      period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("được 35.618 ha", "35.618", 35618, "measure", "ha", "diện tích cà phê đã tái canh", percent=111.3, period=SINCE),
    F("Cư M'gar (5.120 ha)", "5.120", 5120, "measure", "ha", "diện tích tái canh cà phê", period=SINCE, loc="Cư M'gar"),
    F("Krông Pắc (4.385 ha)", "4.385", 4385, "measure", "ha", "diện tích tái canh cà phê", period=SINCE, loc="Krông Pắc"),
    F("Krông Năng (3.742 ha)", "3.742", 3742, "measure", "ha", "diện tích tái canh cà phê", period=SINCE, loc="Krông Năng"),
    F("tái canh 5.240 ha", "5.240", 5240, "measure", "ha", "diện tích cà phê tái canh", period=M9),
    F("trồng tái canh 3.960 ha", "3.960", 3960, "measure", "ha", "diện tích trồng tái canh cà phê", total=5240, period=M9),
    F("ghép cải tạo 1.280 ha", "1.280", 1280, "measure", "ha", "diện tích ghép cải tạo cà phê", total=5240, period=M9),
    F("khoảng 61.500 ha", "61.500", 61500, "measure", "ha", "diện tích cà phê được chứng nhận sản xuất bền vững",
      approx="about", percent=28.8, period=ASOF9),
    F("4C là 38.200 ha", "38.200", 38200, "measure", "ha", "diện tích cà phê chứng nhận 4C", total=61500, period=ASOF9),
    F("Alliance 14.700 ha", "14.700", 14700, "measure", "ha", "diện tích cà phê chứng nhận Rainforest Alliance",
      total=61500, period=ASOF9),
    F("hữu cơ 1.150 ha", "1.150", 1150, "measure", "ha", "diện tích cà phê chứng nhận hữu cơ", total=61500, period=ASOF9),
    F("VietGAP 7.450 ha", "7.450", 7450, "measure", "ha", "diện tích cà phê chứng nhận VietGAP", total=61500, period=ASOF9),
    F("có 112 cơ sở", "112", 112, "count", "cơ sở", "cơ sở chế biến cà phê nhân xuất khẩu"),
    F("gần 1,1 triệu tấn/năm", "1,1", 1100000, "measure", "tấn/năm", "tổng công suất chế biến cà phê nhân",
      approx="nearly"),
    F("và 15 nhà máy", "15", 15, "count", "nhà máy", "nhà máy chế biến sâu cà phê"),
    F("ước đạt 1,02 tỷ USD", "1,02", 1020000000, "money", "USD", "kim ngạch xuất khẩu cà phê",
      change=CH("+", 41.5, "%", "cùng kỳ"), status="estimate", period=M9),
    F("4.180 USD/tấn", "4.180", 4180, "money", "USD/tấn", "giá xuất khẩu cà phê bình quân", status="estimate", period=M9),
    F("lên 70.000 ha", "70.000", 70000, "measure", "ha", "diện tích cà phê có chứng nhận", status="target", period=Y25),
    F("đạt 15% sản lượng", "15", 15, "percent", "%", "tỷ lệ cà phê chế biến sâu trong sản lượng", status="target",
      period=Y25),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Đắk Lắk (province portal): coffee area, yield, replanting 2021-2025, certified area, processing, exports.",
    "Dateline 'Cập nhật: 14/10/2024 08:35 | Lượt xem: 2.317' (counter is page furniture).",
    "Distractors: 'Quyết định số 2134/QĐ-UBND', '4C' (certificate name), 'giai đoạn 2021-2025' in the title, hotline 0262.3852.419,",
    "address 'số 47 Nguyễn Tất Thành', 'Niên vụ 2023-2024'.",
    "'Niên vụ 2023-2024' (coffee crop year Oct-Sep) has no rule in FIGURES.md: yield and output carry no gold period (not scored).",
    "'đạt 111,3% kế hoạch' is the share (percent) of 35.618 ha; the plan 32.000 ha is a figure of its own (status target) in the",
    "previous sentence, so no target attribute. District list items: district as location, the list's indicator as subject.",
    "'gồm' parts of 5.240 ha and 'trong đó' parts of 61.500 ha carry those totals. 'Từ năm 2021 đến nay' ends at the dateline.",
    "'Toàn tỉnh hiện có' (processing) states no period.",
]

build(1, TEXT, FIGS, COMMENTS, published="2024-10-14", location="Đắk Lắk")
