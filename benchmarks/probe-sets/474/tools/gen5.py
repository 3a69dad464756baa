from lib import F, P, CH, TG, build

TEXT = """Thời sự › Giao thông
Thứ hai, 15/1/2024, 10:30 (GMT+7)

Hơn 14 triệu lượt khách đi tàu ra đảo năm 2023

Năm 2023, các tuyến vận tải hành khách từ bờ ra đảo trên cả nước phục vụ khoảng 14,3 triệu lượt khách, tăng 18% so với năm 2022, theo Cục Đường thủy nội địa Việt Nam.

Cả nước hiện có 62 tuyến vận tải khách ra đảo thuộc 16 tỉnh, thành phố ven biển, với hơn 1.100 phương tiện, trong đó khoảng 270 tàu cao tốc. Quảng Ninh dẫn đầu với 3,4 triệu lượt, tiếp đến là Kiên Giang 3,1 triệu lượt, Hải Phòng 2,2 triệu lượt và Khánh Hòa 1,6 triệu lượt. Bốn địa phương này chiếm 72% tổng lượng khách.

Giá vé các tuyến dao động từ 20.000 đến 950.000 đồng/lượt tùy cự ly. Năm 2023 xảy ra 3 vụ sự cố tàu khách, không có thiệt hại về người, giảm 2 vụ so với năm trước.

Ông Nguyễn Văn Thành, Phó cục trưởng, cho biết tỷ lệ tàu khách ra đảo có thiết bị giám sát hành trình mới đạt 78,4%; khoảng 35% bến khách ở các huyện đảo chưa có nhà chờ đạt chuẩn. Theo Quyết định số 1829/QĐ-TTg, đến năm 2025, 100% bến khách ra đảo phải được công bố đưa vào khai thác; đến năm 2030, sản lượng vận tải khách ra đảo phấn đấu đạt 25 triệu lượt.

Tại Khánh Hòa, tuyến Nha Trang - Bình Ba từ tháng 12/2023 đã tăng lên 14 chuyến/ngày. Dịp Tết Nguyên đán Giáp Thìn 2024, các địa phương dự kiến tăng cường 20-25% số chuyến. Hành khách phản ánh về giá vé, chất lượng phục vụ có thể gọi đường dây nóng 1900 8099.

Anh Minh
"""

Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)

FIGS = [
    F("Hơn 14 triệu lượt khách", "14", "count", "lượt khách", "khách đi tàu ra đảo", mult=1e6, approx="over",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 14,3 triệu lượt khách", "14,3", "count", "lượt khách",
      "lượt khách các tuyến vận tải hành khách từ bờ ra đảo phục vụ", mult=1e6, approx="about",
      change=CH("increase", 18, baseline="năm 2022"), period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("có 62 tuyến", "62", "count", "tuyến", "tuyến vận tải khách ra đảo"),
    F("thuộc 16 tỉnh", "16", "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển có tuyến vận tải khách ra đảo"),
    F("hơn 1.100 phương tiện", "1.100", "count", "phương tiện", "phương tiện vận tải khách ra đảo", approx="over"),
    F("khoảng 270 tàu cao tốc", "270", "count", "tàu cao tốc", "tàu cao tốc", approx="about", total=1100),
    F("dẫn đầu với 3,4 triệu lượt", "3,4", "count", "lượt", "lượt khách đi tàu ra đảo", mult=1e6,
      location="Quảng Ninh", period=Y23i),
    F("Kiên Giang 3,1 triệu lượt", "3,1", "count", "lượt", "lượt khách đi tàu ra đảo", mult=1e6,
      location="Kiên Giang", period=Y23i),
    F("Hải Phòng 2,2 triệu lượt", "2,2", "count", "lượt", "lượt khách đi tàu ra đảo", mult=1e6,
      location="Hải Phòng", period=Y23i),
    F("Khánh Hòa 1,6 triệu lượt", "1,6", "count", "lượt", "lượt khách đi tàu ra đảo", mult=1e6,
      location="Khánh Hòa", period=Y23i),
    F("Bốn địa phương", "Bốn", "count", "địa phương", "địa phương dẫn đầu", optional=True),
    F("chiếm 72% tổng lượng khách", "72", "percent", "%", "tỷ trọng của bốn địa phương trong tổng lượng khách",
      period=Y23i),
    F("từ 20.000 đến 950.000 đồng/lượt", "20.000", "money", "đồng/lượt", "giá vé các tuyến", value_max=950000),
    F("xảy ra 3 vụ sự cố", "3", "count", "vụ", "sự cố tàu khách",
      change=CH("decrease", 2, unit="vụ", baseline="năm trước"), period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("mới đạt 78,4%", "78,4", "percent", "%", "tỷ lệ tàu khách ra đảo có thiết bị giám sát hành trình"),
    F("khoảng 35% bến khách", "35", "percent", "%", "bến khách ở các huyện đảo chưa có nhà chờ đạt chuẩn",
      approx="about"),
    F("2025, 100% bến khách", "100", "percent", "%", "bến khách ra đảo được công bố đưa vào khai thác",
      status="target", period=P("đến năm 2025", None, "2025-12-31")),
    F("đạt 25 triệu lượt", "25", "count", "lượt", "sản lượng vận tải khách ra đảo", mult=1e6, status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
    F("tăng lên 14 chuyến/ngày", "14", "measure", "chuyến/ngày", "chuyến tuyến Nha Trang - Bình Ba",
      location="Khánh Hòa", period=P("từ tháng 12/2023", "2023-12-01", "2024-01-15")),
    F("tăng cường 20-25% số chuyến", "20", "percent", "%", "mức tăng cường số chuyến", value_max=25,
      status="forecast"),
]

build("p474-5", TEXT, [
    "National press (VnExpress style, 'Thứ hai, 15/1/2024, 10:30 (GMT+7)', byline at the end): passengers to islands nationwide, 2023.",
    "Province list after 'dẫn đầu với … tiếp đến là …': each item a figure, province → location, subject = the list's indicator; period",
    "'Năm 2023' from the first paragraph (inherited). 'khoảng 270 tàu cao tốc' after 'trong đó' is part of 1.100 phương tiện.",
    "'giảm 2 vụ so với năm trước' is the change of 3 vụ. '20-25% số chuyến' is a planned increase stated as the claim: percent, forecast.",
    "'từ tháng 12/2023' (đến nay) runs to the dateline. 'Bốn địa phương' back-reference optional. Distractors: decision number, GMT+7,",
    "'Tết Nguyên đán Giáp Thìn 2024', hotline 1900 8099, person's title.",
], FIGS, published="2024-01-15", location="Việt Nam")
