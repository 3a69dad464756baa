"""p947-4: ministry site (Bộ LĐ-TB&XH), national, year 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức > Bảo trợ xã hội
Ngày đăng: 05/01/2024 | Lượt xem: 2.318

Năm 2023, cả nước tập trung hơn 7.200 lượt người lang thang, xin ăn

Theo báo cáo của Cục Bảo trợ xã hội, năm 2023 các địa phương trên cả nước đã đưa hơn 7.200 lượt người lang thang, xin ăn vào các cơ sở trợ giúp xã hội, tăng khoảng 12% so với năm 2022. Trong đó, người xin ăn chiếm 46,5%, người lang thang cơ nhỡ chiếm 38,2%, người tâm thần lang thang chiếm 15,3%.

Hai địa phương có số lượt tập trung lớn nhất là TP Hồ Chí Minh và Hà Nội, lần lượt 2.146 và 1.685 lượt người; tiếp đến là Đà Nẵng (412 lượt), Cần Thơ (305 lượt) và Khánh Hòa (287 lượt). Số trẻ em lang thang được hỗ trợ, can thiệp qua Tổng đài quốc gia bảo vệ trẻ em 111 là 1.124 trường hợp.

Cả nước hiện có 425 cơ sở trợ giúp xã hội, gồm 193 cơ sở công lập và 232 cơ sở ngoài công lập, đang chăm sóc, nuôi dưỡng khoảng 41.500 đối tượng. Mức chuẩn trợ giúp xã hội đang áp dụng theo Nghị định số 20/2021/NĐ-CP là 360.000 đồng/tháng. Từ ngày 1/7/2024, mức chuẩn này dự kiến được nâng lên 500.000 đồng/tháng, tăng 38,9%.

Theo Cục Bảo trợ xã hội, nhiều người xin ăn thực chất là "xin ăn chuyên nghiệp", có thu nhập 300.000-500.000 đồng/ngày, thậm chí bị các đối tượng lợi dụng, tổ chức đưa từ địa phương khác đến. Tại Hội nghị giao ban lần thứ 3 với các địa phương, Bộ đề nghị 63/63 tỉnh, thành phố rà soát, cập nhật dữ liệu người lang thang trên Hệ thống thông tin an sinh xã hội.

Bộ đặt mục tiêu đến năm 2030, 100% người lang thang, xin ăn được phát hiện sẽ được tiếp nhận, sàng lọc và hỗ trợ kịp thời; tỷ lệ tái hòa nhập cộng đồng đạt trên 70%.

Địa chỉ: Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3826.9534
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
S = "lượt người lang thang, xin ăn được tập trung"
T30 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("cả nước tập trung hơn 7.200 lượt", "7.200", 7200, "count", "lượt người", S,
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("đã đưa hơn 7.200 lượt", "7.200", 7200, "count", "lượt người",
      "lượt người lang thang, xin ăn đưa vào các cơ sở trợ giúp xã hội", Y23, approx="over",
      change=C("increase", 12, "%", "năm 2022", "about")),
    F("chiếm 46,5%", "46,5", 46.5, "percent", "%", "người xin ăn", I(Y23)),
    F("chiếm 38,2%", "38,2", 38.2, "percent", "%", "người lang thang cơ nhỡ", I(Y23)),
    F("chiếm 15,3%", "15,3", 15.3, "percent", "%", "người tâm thần lang thang", I(Y23)),
    F("Hai địa phương", "Hai", 2, "count", "địa phương", "địa phương có số lượt tập trung lớn nhất", I(Y23),
      optional=True),
    F("lần lượt 2.146", "2.146", 2146, "count", "lượt người", S, I(Y23), location="TP Hồ Chí Minh"),
    F("và 1.685 lượt", "1.685", 1685, "count", "lượt người", S, I(Y23), location="Hà Nội"),
    F("(412 lượt)", "412", 412, "count", "lượt", S, I(Y23), location="Đà Nẵng"),
    F("(305 lượt)", "305", 305, "count", "lượt", S, I(Y23), location="Cần Thơ"),
    F("(287 lượt)", "287", 287, "count", "lượt", S, I(Y23), location="Khánh Hòa"),
    F("là 1.124 trường hợp", "1.124", 1124, "count", "trường hợp",
      "trẻ em lang thang được hỗ trợ, can thiệp qua Tổng đài quốc gia bảo vệ trẻ em", I(Y23)),
    F("có 425 cơ sở", "425", 425, "count", "cơ sở", "cơ sở trợ giúp xã hội"),
    F("gồm 193 cơ sở", "193", 193, "count", "cơ sở", "cơ sở trợ giúp xã hội công lập", total=425),
    F("và 232 cơ sở", "232", 232, "count", "cơ sở", "cơ sở trợ giúp xã hội ngoài công lập", total=425),
    F("khoảng 41.500 đối tượng", "41.500", 41500, "count", "đối tượng",
      "đối tượng được chăm sóc, nuôi dưỡng", approx="about"),
    F("là 360.000 đồng/tháng", "360.000", 360000, "money", "đồng/tháng", "mức chuẩn trợ giúp xã hội"),
    F("lên 500.000 đồng/tháng", "500.000", 500000, "money", "đồng/tháng", "mức chuẩn trợ giúp xã hội",
      P("Từ ngày 1/7/2024", "2024-07-01", None), status="forecast", change=C("increase", 38.9)),
    F("thu nhập 300.000-500.000 đồng/ngày", "300.000", 300000, "money", "đồng/ngày",
      "thu nhập của người xin ăn chuyên nghiệp", value_max=500000),
    F("đề nghị 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố được đề nghị rà soát, cập nhật dữ liệu người lang thang", total=63),
    F("2030, 100% người", "100", 100, "percent", "%",
      "người lang thang, xin ăn được phát hiện được tiếp nhận, sàng lọc và hỗ trợ kịp thời", T30, status="target"),
    F("đạt trên 70%", "70", 70, "percent", "%", "tỷ lệ tái hòa nhập cộng đồng", T30, approx="over", status="target"),
]

NOTES = [
    "Bộ LĐ-TB&XH: người lang thang, xin ăn năm 2023, national (location Việt Nam); list items take their city as location.",
    "'Trong đó, ... chiếm X%' are percent figures (shares of the whole) with no total. '63/63 tỉnh' is a count of provinces (total 63).",
    "'Từ ngày 1/7/2024' gives start 2024-07-01, no end; the current 360.000 đồng has no period.",
    "revised after the first run: 'Hai địa phương' (a ranking label, cf. '4 vị trí tiếp theo' in h05) added as optional.",
    "Distractors: Lượt xem 2.318, Tổng đài ... 111, Nghị định số 20/2021/NĐ-CP, 'lần thứ 3', Số 12 Ngô Quyền, 024.3826.9534.",
]

write("p947-4", TEXT, FIGS, NOTES, published="2024-01-05", location="Việt Nam")
