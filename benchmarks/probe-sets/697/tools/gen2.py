"""p697-2: huyện Gia Lâm (Hà Nội) district portal, electric buses and charging stations, 8 months of 2024."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIA LÂM
Kinh tế - Đô thị
Thứ Năm, 12/09/2024 - 16:05

Gia Lâm: 8 tuyến xe buýt điện phục vụ hơn 2,3 triệu lượt khách trong 8 tháng

Theo Phòng Quản lý đô thị huyện, 8 tháng đầu năm 2024, trên địa bàn huyện Gia Lâm có 8 tuyến xe buýt điện hoạt động với tổng số 94 xe, vận chuyển hơn 2,3 triệu lượt hành khách, tăng 18,5% so với cùng kỳ năm 2023 và đạt 71% kế hoạch năm. Trong đó, tuyến E05 (Vinhomes Ocean Park – Bến xe Mỹ Đình) đông khách nhất với khoảng 612.000 lượt; tuyến E10 đạt 455.000 lượt.

Hạ tầng sạc trên địa bàn huyện tiếp tục được mở rộng. Tính đến ngày 31/8/2024, toàn huyện có 27 trạm sạc công cộng với 436 cổng sạc, gồm 118 cổng sạc ô tô và 318 cổng sạc xe máy điện. Riêng khu đô thị Vinhomes Ocean Park tập trung 15 trạm, các xã Đa Tốn, Kiêu Kỵ, Dương Xá có từ 2 đến 3 trạm mỗi xã.

Năm 2024, UBND huyện bố trí 3,2 tỷ đồng hỗ trợ lắp đặt trạm sạc tại 12 xã, thị trấn, mức hỗ trợ tối đa 150 triệu đồng/trạm. Các trạm sạc mới được ưu tiên bố trí dọc Quốc lộ 5, đường Cổ Linh và đường 179.

Huyện phấn đấu đến hết năm 2025 có từ 40 đến 45 trạm sạc công cộng, tỷ lệ người dân sử dụng xe buýt điện đạt khoảng 12%.

Minh Thu (Trung tâm Văn hóa, Thông tin và Thể thao huyện)
Địa chỉ: Số 2 đường Thiên Đức, thị trấn Trâu Quỳ. Điện thoại: 024.3827.6295
"""

M8H = P("trong 8 tháng", "2024-01-01", "2024-08-31")
M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
ASOF = P("Tính đến ngày 31/8/2024", end="2024-08-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến hết năm 2025", end="2025-12-31")

FIGS = [
    F("Gia Lâm: 8 tuyến", "8", 8, "count", "tuyến", "tuyến xe buýt điện", M8H),
    F("hơn 2,3 triệu lượt khách", "2,3", 2300000, "count", "lượt khách", "lượt khách đi xe buýt điện", M8H,
      approx="over"),
    F("có 8 tuyến xe buýt điện", "8", 8, "count", "tuyến", "tuyến xe buýt điện hoạt động", M8),
    F("tổng số 94 xe", "94", 94, "count", "xe", "xe buýt điện", M8),
    F("hơn 2,3 triệu lượt hành khách", "2,3", 2300000, "count", "lượt hành khách",
      "lượt hành khách vận chuyển bằng xe buýt điện", M8, approx="over", percent=71,
      change=CH("increase", 18.5, "%", "cùng kỳ năm 2023")),
    F("khoảng 612.000 lượt", "612.000", 612000, "count", "lượt", "lượt hành khách tuyến E05", I(M8),
      approx="about", total=2300000),
    F("đạt 455.000 lượt", "455.000", 455000, "count", "lượt", "lượt hành khách tuyến E10", I(M8), total=2300000),
    F("có 27 trạm sạc", "27", 27, "count", "trạm sạc", "trạm sạc công cộng", ASOF),
    F("436 cổng sạc", "436", 436, "count", "cổng sạc", "cổng sạc", ASOF),
    F("118 cổng sạc ô tô", "118", 118, "count", "cổng sạc", "cổng sạc ô tô", ASOF, total=436),
    F("318 cổng sạc xe máy", "318", 318, "count", "cổng sạc", "cổng sạc xe máy điện", ASOF, total=436),
    F("tập trung 15 trạm", "15", 15, "count", "trạm", "trạm sạc tại khu đô thị Vinhomes Ocean Park", I(ASOF)),
    F("từ 2 đến 3 trạm", "2", 2, "count", "trạm", "trạm sạc mỗi xã Đa Tốn, Kiêu Kỵ, Dương Xá", I(ASOF),
      value_max=3),
    F("3,2 tỷ đồng", "3,2", 3200000000, "money", "đồng", "kinh phí hỗ trợ lắp đặt trạm sạc", Y24),
    F("tại 12 xã", "12", 12, "count", "xã, thị trấn", "xã, thị trấn được hỗ trợ lắp đặt trạm sạc", Y24),
    F("tối đa 150 triệu đồng/trạm", "150", 150000000, "money", "đồng/trạm", "mức hỗ trợ lắp đặt trạm sạc", I(Y24),
      approx="at_most"),
    F("từ 40 đến 45 trạm", "40", 40, "count", "trạm sạc", "trạm sạc công cộng", T25, value_max=45, status="target"),
    F("khoảng 12%", "12", 12, "percent", "%", "tỷ lệ người dân sử dụng xe buýt điện", T25, approx="about",
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Gia Lâm: xe buýt điện 8 tháng đầu năm 2024, trạm sạc tính đến 31/8/2024, hỗ trợ lắp đặt, targets 2025.",
    "Dateline `Thứ Năm, 12/09/2024 - 16:05`; byline at the end. Distractors: tuyến E05/E10, Quốc lộ 5, đường 179, Số 2 đường Thiên Đức,",
    "phone 024.3827.6295. Headline figures are figures ('trong 8 tháng' gives their period). 'đạt 71% kế hoạch năm' is the percent of",
    "2,3 triệu lượt; the route counts after 'Trong đó' take it as total. '118 … và 318' after 'gồm' take 436. 'Riêng … 15 trạm' has no",
    "part-of cue (no total). Location: the district (Gia Lâm); communes named in it do not change that.",
]

if __name__ == "__main__":
    emit("p697-2", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Gia Lâm")
