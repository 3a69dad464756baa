from lib import *

TEXT = """BỘ GIAO THÔNG VẬN TẢI
Trang chủ > Tin tức > Giao thông địa phương
Ngày đăng: 22/01/2024 | Lượt xem: 1.275

Cả nước có hơn 670.000 km đường giao thông nông thôn

Tính đến ngày 31/12/2023, mạng lưới đường giao thông nông thôn cả nước có tổng chiều dài khoảng 670.600 km, chiếm hơn 85% tổng chiều dài đường bộ. Trong đó, đường huyện khoảng 58.700 km, đường xã khoảng 145.300 km, còn lại là đường thôn xóm và đường trục chính nội đồng. Mật độ đường giao thông nông thôn đạt 2,02 km/km².

Tỷ lệ đường huyện, đường xã được nhựa hóa, bê tông hóa lần lượt đạt 98,5% và 94,6%. Hiện có 99,7% số xã có đường ô tô đến trung tâm xã; 63/63 tỉnh, thành phố đã ban hành cơ chế hỗ trợ xi măng, vật liệu làm đường.

Giai đoạn 2021-2023, các địa phương đã đầu tư xây dựng, nâng cấp 73.450 km đường và 5.210 cầu trên tuyến đường giao thông nông thôn với tổng vốn hơn 182.000 tỷ đồng; trong đó nhân dân đóng góp trên 21.500 tỷ đồng và hiến khoảng 19 triệu m² đất.

Riêng Dự án LRAMP đã hoàn thành 2.174/2.341 cầu dân sinh tại 14 tỉnh miền núi phía Bắc, đạt 92,9%.

Về bảo trì, năm 2023 kinh phí bảo trì đường địa phương đạt khoảng 6.200 tỷ đồng, mới đáp ứng từ 35 đến 40% nhu cầu. Bình quân mỗi km đường huyện được bố trí 18,5 triệu đồng/km/năm.

Theo Quyết định số 1230/QĐ-TTg, phấn đấu đến năm 2025 có 100% xã có đường ô tô đến trung tâm xã được nhựa hóa hoặc bê tông hóa; đến năm 2030 tỷ lệ đường xã được cứng hóa đạt 100%.

Cục Đường bộ Việt Nam - số 106 Thái Thịnh, Đống Đa, Hà Nội. ĐT: 024.3857.1444
"""

T = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("đến năm 2025", None, "2025-12-31")
Y30 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("hơn 670.000 km", "670.000", 670000, "measure", "km", "đường giao thông nông thôn", None, approx="over"),
    F("khoảng 670.600 km", "670.600", 670600, "measure", "km", "tổng chiều dài mạng lưới đường giao thông nông thôn", T,
      approx="about", percent=85),
    F("huyện khoảng 58.700 km", "58.700", 58700, "measure", "km", "đường huyện", I(T), approx="about", total=670600),
    F("xã khoảng 145.300 km", "145.300", 145300, "measure", "km", "đường xã", I(T), approx="about", total=670600),
    F("đạt 2,02 km/km²", "2,02", 2.02, "measure", "km/km²", "mật độ đường giao thông nông thôn", I(T)),
    F("đạt 98,5%", "98,5", 98.5, "percent", "%", "tỷ lệ đường huyện được nhựa hóa, bê tông hóa", I(T)),
    F("94,6%", "94,6", 94.6, "percent", "%", "tỷ lệ đường xã được nhựa hóa, bê tông hóa", I(T)),
    F("99,7%", "99,7", 99.7, "percent", "%", "số xã có đường ô tô đến trung tâm xã", None),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố đã ban hành cơ chế hỗ trợ xi măng, vật liệu làm đường", None, total=63),
    F("nâng cấp 73.450 km", "73.450", 73450, "measure", "km", "đường giao thông nông thôn đầu tư xây dựng, nâng cấp", G),
    F("5.210 cầu", "5.210", 5210, "count", "cầu", "cầu trên tuyến đường giao thông nông thôn được đầu tư xây dựng, nâng cấp", G),
    F("hơn 182.000 tỷ đồng", "182.000", 182000e9, "money", "đồng", "tổng vốn đầu tư đường giao thông nông thôn", G, approx="over"),
    F("trên 21.500 tỷ đồng", "21.500", 21500e9, "money", "đồng", "vốn nhân dân đóng góp", G, approx="over", total=182000e9),
    F("khoảng 19 triệu m²", "19", 19e6, "measure", "m²", "đất nhân dân hiến", G, approx="about"),
    F("2.174/2.341", "2.174", 2174, "count", "cầu dân sinh", "cầu dân sinh Dự án LRAMP hoàn thành", None, total=2341, percent=92.9),
    F("tại 14 tỉnh", "14", 14, "count", "tỉnh", "tỉnh miền núi phía Bắc có cầu dân sinh Dự án LRAMP", None),
    F("khoảng 6.200 tỷ đồng", "6.200", 6200e9, "money", "đồng", "kinh phí bảo trì đường địa phương", Y23, approx="about"),
    F("từ 35 đến 40%", "35", 35, "percent", "%", "tỷ lệ đáp ứng nhu cầu bảo trì đường địa phương", Y23, value_max=40),
    F("bố trí 18,5 triệu", "18,5", 18.5e6, "money", "đồng/km/năm", "kinh phí bảo trì bình quân mỗi km đường huyện", I(Y23)),
    F("có 100% xã", "100", 100, "percent", "%", "xã có đường ô tô đến trung tâm xã được nhựa hóa hoặc bê tông hóa", Y25, status="target"),
    F("cứng hóa đạt 100%", "100", 100, "percent", "%", "tỷ lệ đường xã được cứng hóa", Y30, status="target"),
]

emit("p576-4", TEXT, [
    "Bộ GTVT site: mạng lưới đường GTNT toàn quốc tính đến 31/12/2023, đầu tư 2021-2023, LRAMP, bảo trì, mục tiêu 2025/2030.",
    "Distractors: Lượt xem 1.275, Quyết định số 1230/QĐ-TTg, số 106 Thái Thịnh, phone, km² in the density unit.",
    "'chiếm hơn 85%' is the percent of 670.600 km; 'mới đáp ứng từ 35 đến 40% nhu cầu' has no share cue (đạt/chiếm/bằng): own percent figure.",
    "revised: 5.210 cầu subject now carries the shared verb (đầu tư xây dựng, nâng cấp) like its sibling 73.450 km.",
    "'Hiện có 99,7%' gets no period. '14 tỉnh' is a count of provinces: location Việt Nam.",
], FIGS, published="2024-01-22", location="Việt Nam")
