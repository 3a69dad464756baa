from lib import *

text = """Vải thiều Bắc Giang: hơn 40% sản lượng được sơ chế, bảo quản lạnh và chế biến
HOÀNG PHÚC 07:52, 19/07/2024

BGĐT - Vụ vải thiều năm 2024 kết thúc với tổng sản lượng toàn tỉnh ước đạt 215.000 tấn, tăng khoảng 16% so với năm 2023; tổng doanh thu từ vải thiều và dịch vụ hỗ trợ ước đạt gần 7.900 tỷ đồng.

Theo Sở Công Thương, trong vụ vải, các cơ sở trên địa bàn đã sấy khô khoảng 52.000 tấn vải tươi (tương đương 15.600 tấn vải sấy), chế biến nước ép, đồ hộp, vải sấy lạnh trên 6.400 tấn. Lượng vải được đưa vào bảo quản lạnh, cấp đông đạt 30.700 tấn. Tổng cộng, vải sơ chế, bảo quản và chế biến đạt gần 89.100 tấn, chiếm 41,4% tổng sản lượng.

Toàn huyện Lục Ngạn hiện có 126 kho lạnh với tổng sức chứa khoảng 9.800 tấn, trong đó 18 kho có sức chứa từ 200 tấn trở lên, phần lớn nằm dọc Quốc lộ 31.

Diện tích vải sản xuất theo hợp đồng liên kết với doanh nghiệp chế biến đạt 4.250 ha, trong đó huyện Lục Ngạn 2.980 ha, Tân Yên 720 ha, Lục Nam 550 ha. Giá vải sấy khô xuất bán dao động từ 45.000 đến 60.000 đồng/kg, cao hơn 8-10% so với vụ trước.

Sản phẩm vải chế biến đã xuất khẩu sang 30 thị trường; riêng vải sấy lạnh xuất sang Nhật Bản, Australia đạt 1.250 tấn, gấp 2,5 lần vụ năm 2023. Ông Nguyễn Văn Tuấn, Giám đốc Hợp tác xã Nông sản Thanh Hải cho biết, hợp tác xã đã đầu tư 2 lò sấy lạnh công suất 5 tấn/mẻ, mỗi ngày sấy 3 mẻ.

Theo kế hoạch, năm 2025 tỉnh phấn đấu nâng tỷ lệ vải được chế biến sâu lên 15% sản lượng và nâng tổng sức chứa kho lạnh toàn tỉnh lên 15.000 tấn. Mọi thông tin hỗ trợ tiêu thụ xin liên hệ số 0204.3855.622.
"""

L = "Bắc Giang"
py = P("Vụ vải thiều năm 2024", "2024-01-01", "2024-12-31")
pyi = P("Vụ vải thiều năm 2024", "2024-01-01", "2024-12-31", True)
p25 = P("năm 2025", "2025-01-01", "2025-12-31")

figs = [
    F("hơn 40% sản lượng", "40", 40, "percent", "%", "tỷ lệ sản lượng vải được sơ chế, bảo quản lạnh và chế biến",
      approx="over", period=pyi),
    F("ước đạt 215.000 tấn", "215.000", 215000, "measure", "tấn", "tổng sản lượng vải thiều",
      change=CH("increase", 16, "%", "năm 2023", "about"), status="estimate", period=py),
    F("gần 7.900 tỷ đồng", "7.900", 7900e9, "money", "đồng", "tổng doanh thu từ vải thiều và dịch vụ hỗ trợ",
      approx="nearly", status="estimate", period=py),
    F("khoảng 52.000 tấn", "52.000", 52000, "measure", "tấn", "vải tươi sấy khô", approx="about",
      period=pyi),
    F("15.600 tấn vải sấy", "15.600", 15600, "measure", "tấn", "vải sấy", period=pyi),
    F("trên 6.400 tấn", "6.400", 6400, "measure", "tấn", "vải chế biến nước ép, đồ hộp, vải sấy lạnh",
      approx="over", period=pyi),
    F("đạt 30.700 tấn", "30.700", 30700, "measure", "tấn", "vải đưa vào bảo quản lạnh, cấp đông",
      period=pyi),
    F("gần 89.100 tấn", "89.100", 89100, "measure", "tấn", "vải sơ chế, bảo quản và chế biến",
      approx="nearly", percent=41.4, period=pyi),
    F("có 126 kho lạnh", "126", 126, "count", "kho lạnh", "kho lạnh", location="Lục Ngạn"),
    F("khoảng 9.800 tấn", "9.800", 9800, "measure", "tấn", "tổng sức chứa kho lạnh", approx="about",
      location="Lục Ngạn"),
    F("18 kho", "18", 18, "count", "kho", "kho lạnh có sức chứa từ 200 tấn trở lên", total=126,
      location="Lục Ngạn"),
    F("từ 200 tấn trở lên", "200", 200, "measure", "tấn", "ngưỡng sức chứa kho lạnh", approx="at_least",
      location="Lục Ngạn", optional=True),
    F("đạt 4.250 ha", "4.250", 4250, "measure", "ha", "diện tích vải sản xuất theo hợp đồng liên kết với doanh nghiệp chế biến",
      period=pyi),
    F("Lục Ngạn 2.980 ha", "2.980", 2980, "measure", "ha", "diện tích vải sản xuất theo hợp đồng liên kết",
      total=4250, location="Lục Ngạn", period=pyi),
    F("Tân Yên 720 ha", "720", 720, "measure", "ha", "diện tích vải sản xuất theo hợp đồng liên kết",
      total=4250, location="Tân Yên", period=pyi),
    F("Lục Nam 550 ha", "550", 550, "measure", "ha", "diện tích vải sản xuất theo hợp đồng liên kết",
      total=4250, location="Lục Nam", period=pyi),
    F("từ 45.000 đến 60.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá vải sấy khô xuất bán",
      value_max=60000, change=CH("increase", 8, "%", "vụ trước"), period=pyi),
    F("sang 30 thị trường", "30", 30, "count", "thị trường", "thị trường xuất khẩu vải chế biến", period=pyi),
    F("đạt 1.250 tấn", "1.250", 1250, "measure", "tấn", "vải sấy lạnh xuất sang Nhật Bản, Australia",
      change=CH("increase", 2.5, "lần", "vụ năm 2023"), period=pyi),
    F("đầu tư 2 lò", "2", 2, "count", "lò sấy lạnh", "lò sấy lạnh hợp tác xã đầu tư",
      optional=True),
    F("công suất 5 tấn/mẻ", "5", 5, "measure", "tấn/mẻ", "công suất lò sấy lạnh",
      optional=True),
    F("sấy 3 mẻ", "3", 3, "count", "mẻ", "số mẻ sấy mỗi ngày", optional=True),
    F("lên 15% sản lượng", "15", 15, "percent", "%", "tỷ lệ vải được chế biến sâu", status="target", period=p25),
    F("lên 15.000 tấn", "15.000", 15000, "measure", "tấn", "tổng sức chứa kho lạnh toàn tỉnh",
      status="target", period=p25),
]

build(2, [
    "Báo Bắc Giang (BGĐT): lychee season 2024 — drying, cold storage, processing, contract farming, prices, exports.",
    "Byline + time dateline 'HOÀNG PHÚC 07:52, 19/07/2024'. BGĐT tag implies Bắc Giang. Distractors: Quốc lộ 31, hotline 0204.3855.622, HTX name.",
    "Period: 'Vụ vải thiều năm 2024' read as năm 2024; later figures inherit it. 126 kho lạnh etc. are 'hiện có' (no period).",
    "52.000 + 6.400 + 30.700 = 89.100, but the whole comes AFTER the parts ('Tổng cộng'), no cue follows a whole: no total (FIGURES.md).",
    "'(tương đương 15.600 tấn vải sấy)' is a quantity of its own (as h01 '1,488 triệu hồ sơ'). 'từ 200 tấn trở lên' is a threshold: optional.",
    "'cao hơn 8-10% so với vụ trước' is the price range's change (value 8). 'gấp 2,5 lần vụ năm 2023' is the change of 1.250 tấn.",
    "Cooperative's 2 lò / 5 tấn/mẻ / 3 mẻ: one farm's equipment and routine, optional; no district named for it, so province default.",
], text, figs, published="2024-07-19", location=L)
