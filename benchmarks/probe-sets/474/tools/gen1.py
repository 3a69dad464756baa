from lib import F, P, CH, TG, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH
Trang chủ > Tin tức > Giao thông - Vận tải

Vận tải khách ra đảo tăng mạnh trong nửa đầu năm

Cập nhật: 09:15 08/07/2024

(quangninh.gov.vn) - Theo Sở Giao thông vận tải, 6 tháng đầu năm 2024, các tuyến vận tải thủy nội địa và ven biển từ đất liền ra các đảo của tỉnh đã vận chuyển 1,86 triệu lượt hành khách, tăng 14,2% so với cùng kỳ năm 2023 và đạt 52% kế hoạch năm. Trong đó, tuyến Cái Rồng - Quan Lạn - Minh Châu vận chuyển 612.400 lượt khách; tuyến Cái Rồng - Cô Tô gần 398 nghìn lượt; tuyến Hòn Gai - Cát Bà (liên tỉnh) khoảng 275.000 lượt.

Toàn tỉnh hiện có 146 phương tiện được cấp phép kinh doanh vận tải khách ra đảo với tổng sức chở 9.830 ghế, trong đó 58 tàu cao tốc vỏ composite. Số chuyến tàu xuất bến đạt 41.520 chuyến, bình quân khoảng 230 chuyến/ngày. Riêng dịp nghỉ lễ 30/4-1/5, các bến cảng trên địa bàn huyện Vân Đồn tăng cường trên 1.200 chuyến.

Lượng khách du lịch ra các đảo tăng cao. Huyện Cô Tô đón 215.600 lượt khách, tăng 9,8%; huyện Vân Đồn đón 1,05 triệu lượt, trong đó khách quốc tế chiếm 6,4%. Doanh thu du lịch của hai huyện đảo ước đạt 1.540 tỷ đồng.

Về giá vé, tuyến Cái Rồng - Cô Tô dao động từ 250.000 đến 300.000 đồng/lượt tùy loại tàu; người dân thường trú trên đảo được giảm 50% giá vé.

Phấn đấu cả năm 2024 vận chuyển 3,6 triệu lượt hành khách ra đảo, không để xảy ra tai nạn giao thông đường thủy nghiêm trọng. Sở đề nghị các chủ tàu niêm yết giá vé công khai, phối hợp Cảng vụ Đường thủy nội địa (số 12 đường Lê Thánh Tông, TP Hạ Long; điện thoại 0203.3835.627) kiểm tra phương tiện trước mỗi chuyến.

Lượt xem: 2.147
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
SUBJ = "hành khách vận chuyển trên các tuyến vận tải thủy nội địa và ven biển từ đất liền ra các đảo"

FIGS = [
    F("vận chuyển 1,86 triệu lượt hành khách", "1,86", "count", "lượt hành khách", SUBJ, mult=1e6,
      change=CH("increase", 14.2, baseline="cùng kỳ năm 2023"), percent=52, period=H1),
    F("Minh Châu vận chuyển 612.400 lượt khách", "612.400", "count", "lượt khách",
      "khách vận chuyển tuyến Cái Rồng - Quan Lạn - Minh Châu", total=1860000, period=H1i),
    F("Cô Tô gần 398 nghìn lượt", "398", "count", "lượt", "khách vận chuyển tuyến Cái Rồng - Cô Tô",
      mult=1e3, approx="nearly", total=1860000, period=H1i),
    F("khoảng 275.000 lượt", "275.000", "count", "lượt", "khách vận chuyển tuyến Hòn Gai - Cát Bà (liên tỉnh)",
      approx="about", total=1860000, period=H1i),
    F("có 146 phương tiện", "146", "count", "phương tiện",
      "phương tiện được cấp phép kinh doanh vận tải khách ra đảo"),
    F("sức chở 9.830 ghế", "9.830", "count", "ghế", "tổng sức chở của phương tiện vận tải khách ra đảo"),
    F("trong đó 58 tàu cao tốc", "58", "count", "tàu cao tốc", "tàu cao tốc vỏ composite", total=146),
    F("đạt 41.520 chuyến", "41.520", "count", "chuyến", "chuyến tàu xuất bến", period=H1i),
    F("khoảng 230 chuyến/ngày", "230", "measure", "chuyến/ngày", "chuyến tàu xuất bến bình quân",
      approx="about", period=H1i),
    F("trên 1.200 chuyến", "1.200", "count", "chuyến", "chuyến tàu tăng cường tại các bến cảng",
      approx="over", period=P("dịp nghỉ lễ 30/4-1/5", "2024-04-30", "2024-05-01"), location="Vân Đồn"),
    F("Cô Tô đón 215.600 lượt khách", "215.600", "count", "lượt khách", "khách du lịch",
      change=CH("increase", 9.8), period=H1i, location="Cô Tô"),
    F("Vân Đồn đón 1,05 triệu lượt", "1,05", "count", "lượt", "khách du lịch", mult=1e6,
      period=H1i, location="Vân Đồn"),
    F("quốc tế chiếm 6,4%", "6,4", "percent", "%", "khách quốc tế", period=H1i, location="Vân Đồn"),
    F("hai huyện đảo", "hai", "count", "huyện đảo", "huyện đảo", optional=True),
    F("ước đạt 1.540 tỷ đồng", "1.540", "money", "đồng", "doanh thu du lịch của hai huyện đảo", mult=1e9,
      status="estimate", period=H1i),
    F("từ 250.000 đến 300.000 đồng/lượt", "250.000", "money", "đồng/lượt", "giá vé tuyến Cái Rồng - Cô Tô",
      value_max=300000),
    F("giảm 50% giá vé", "50", "percent", "%", "mức giảm giá vé cho người dân thường trú trên đảo"),
    F("vận chuyển 3,6 triệu lượt hành khách ra đảo", "3,6", "count", "lượt hành khách",
      "hành khách vận chuyển ra đảo", mult=1e6, status="target",
      period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
]

build("p474-1", TEXT, [
    "Quảng Ninh provincial portal: passenger transport to the islands, 6 tháng đầu năm 2024; 'Cập nhật: 09:15 08/07/2024' dateline, view counter.",
    "Route figures after 'Trong đó' are parts of 1,86 triệu (total); route names are not places, so they keep the province.",
    "'58 tàu cao tốc' after 'trong đó' follows 9.830 ghế but counts vessels: its whole is 146 phương tiện (same thing counted).",
    "'khách quốc tế chiếm 6,4%' is a share of a part, not the share of 1,05 triệu: a percent figure of its own.",
    "'giảm 50% giá vé' is a discount rate stated as the claim: percent figure, no change. 'hai huyện đảo' back-reference: optional.",
    "Distractors: holiday dates 30/4-1/5, address 'số 12 đường Lê Thánh Tông', phone, 'Lượt xem: 2.147', dateline time.",
], FIGS, published="2024-07-08", location="Quảng Ninh")
