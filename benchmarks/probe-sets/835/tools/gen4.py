from lib import F, per, chg, tgt, build

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Hoạt động ngành Công Thương
Ngày đăng: 26/02/2024 | Lượt xem: 2.418

Ngành bia năm 2023: sản lượng giảm, xuất khẩu tăng

Theo Vụ Công nghiệp nhẹ, năm 2023 sản lượng bia cả nước ước đạt 4,4 tỷ lít, giảm 8,5% so với năm 2022; sản lượng nước giải khát không cồn ước đạt 9,1 tỷ lít, tăng 4,2%. Chỉ số sản xuất ngành đồ uống giảm 5,1% so với năm trước.

Các địa phương có sản lượng bia lớn nhất lần lượt là TP Hồ Chí Minh (khoảng 1,2 tỷ lít), Hà Nội (480 triệu lít) và Bình Dương (350 triệu lít). Cả nước hiện có 118 cơ sở sản xuất bia, trong đó 20 cơ sở có công suất trên 100 triệu lít/năm, chiếm khoảng 85% tổng sản lượng.

Nguyên nhân chủ yếu là sức mua trong nước suy giảm và việc thực hiện nghiêm Luật Phòng, chống tác hại của rượu, bia năm 2019 cùng Nghị định số 100/2019/NĐ-CP về xử phạt vi phạm nồng độ cồn. Mức tiêu thụ bia bình quân năm 2023 còn khoảng 39 lít/người/năm, thấp hơn 4 lít so với năm 2022. Tuy vậy, Việt Nam vẫn đứng thứ 3 châu Á về sản lượng bia, sau Trung Quốc và Nhật Bản.

Điểm sáng là xuất khẩu: kim ngạch xuất khẩu bia năm 2023 đạt 96,5 triệu USD, tăng 12,4% so với năm 2022, trong đó thị trường Campuchia chiếm 38%. Ngành bia, rượu, nước giải khát sử dụng trực tiếp khoảng 25.000 lao động và đóng góp cho ngân sách nhà nước hơn 60.000 tỷ đồng mỗi năm.

Bộ Công Thương đặt mục tiêu đến năm 2025 kim ngạch xuất khẩu bia đạt 150 triệu USD, tỷ lệ nội địa hóa nguyên liệu (gạo, đường, bao bì) đạt 60%. Dự kiến năm 2024, sản lượng bia phục hồi nhẹ, tăng 2-3%.

Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2108
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23i = per("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("ước đạt 4,4 tỷ lít", "4,4", 4.4e9, "measure", "lít", "sản lượng bia cả nước", Y23,
      change=chg("decrease", 8.5, baseline="năm 2022"), status="estimate"),
    F("ước đạt 9,1 tỷ lít", "9,1", 9.1e9, "measure", "lít", "sản lượng nước giải khát không cồn", Y23,
      change=chg("increase", 4.2), status="estimate"),
    F("giảm 5,1%", "5,1", 5.1, "percent", "%", "chỉ số sản xuất ngành đồ uống", Y23i),
    F("(khoảng 1,2 tỷ lít)", "1,2", 1.2e9, "measure", "lít", "sản lượng bia", Y23i, approx="about",
      location="TP Hồ Chí Minh"),
    F("Hà Nội (480 triệu lít)", "480", 480e6, "measure", "lít", "sản lượng bia", Y23i, location="Hà Nội"),
    F("Bình Dương (350 triệu lít)", "350", 350e6, "measure", "lít", "sản lượng bia", Y23i, location="Bình Dương"),
    F("có 118 cơ sở", "118", 118, "count", "cơ sở", "cơ sở sản xuất bia"),
    F("trong đó 20 cơ sở", "20", 20, "count", "cơ sở", "cơ sở sản xuất bia có công suất trên 100 triệu lít/năm",
      total=118, percent=85),
    F("trên 100 triệu lít/năm", "100", 100e6, "measure", "lít/năm", "công suất", approx="over", optional=True),
    F("khoảng 39 lít/người/năm", "39", 39, "measure", "lít/người/năm", "mức tiêu thụ bia bình quân", Y23,
      approx="about", change=chg("decrease", 4, unit="lít", baseline="năm 2022")),
    F("đứng thứ 3 châu Á", "3", 3, "rank", "hạng", "sản lượng bia châu Á"),
    F("đạt 96,5 triệu USD", "96,5", 96.5e6, "money", "USD", "kim ngạch xuất khẩu bia", Y23,
      change=chg("increase", 12.4, baseline="năm 2022")),
    F("chiếm 38%", "38", 38, "percent", "%", "thị trường Campuchia trong kim ngạch xuất khẩu bia", Y23),
    F("khoảng 25.000 lao động", "25.000", 25000, "count", "lao động",
      "lao động ngành bia, rượu, nước giải khát", approx="about"),
    F("hơn 60.000 tỷ đồng mỗi năm", "60.000", 60e12, "money", "đồng/năm",
      "đóng góp cho ngân sách nhà nước của ngành bia, rượu, nước giải khát", approx="over"),
    F("đạt 150 triệu USD", "150", 150e6, "money", "USD", "kim ngạch xuất khẩu bia", T25, status="target"),
    F("đạt 60%", "60", 60, "percent", "%", "tỷ lệ nội địa hóa nguyên liệu", T25, status="target"),
    F("tăng 2-3%", "2", 2, "percent", "%", "sản lượng bia", per("năm 2024", "2024-01-01", "2024-12-31"),
      value_max=3, status="forecast"),
]

COMMENTS = [
    "Ministry site (Bộ Công Thương): national beer and soft-drink output, 2023 (invented).",
    "Distractors: Lượt xem: 2.418, Luật … năm 2019, Nghị định số 100/2019/NĐ-CP, address 54 Hai Bà Trưng, phone 024.2220.2108.",
    "The province list after 'lần lượt là' shares the indicator sản lượng bia; each item's place is its location; period năm 2023 inherited.",
    "'20 cơ sở …, chiếm khoảng 85% tổng sản lượng': total 118 (trong đó) and percent 85 (the share after chiếm attaches to the figure).",
    "'trên 100 triệu lít/năm' is a category threshold: optional. 'thấp hơn 4 lít so với năm 2022' is the change of the 39 lít/người/năm.",
    "'hơn 60.000 tỷ đồng mỗi năm' = money with unit đồng/năm (per-year rate). 'đứng thứ 3 châu Á' = rank.",
    "'chiếm 38%' stands in the sentence with 'năm 2023' (scored). 'sau Trung Quốc và Nhật Bản' no figure.",
    "The ministry's Hà Nội address localises nothing; all figures Việt Nam except the list items.",
]

build("p835-4", TEXT, COMMENTS, FIGS, published="2024-02-26", location="Việt Nam")
