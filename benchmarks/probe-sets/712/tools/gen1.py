"""p712-1: Đà Nẵng city portal — thị trường nhà ở quý I/2024 (giao dịch căn hộ, giá, nhà ở xã hội)."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Đầu tư

Quý I/2024: Đà Nẵng có hơn 1.900 giao dịch căn hộ, giá chung cư tăng 8%

Cập nhật: 16/04/2024 10:25 | Lượt xem: 3.482

Theo Sở Xây dựng, quý I/2024 trên địa bàn thành phố Đà Nẵng có 1.936 giao dịch căn hộ chung cư thành công, tăng 23,5% so với cùng kỳ năm 2023, chiếm 41,2% tổng số giao dịch bất động sản. Giao dịch đất nền đạt 2.148 lượt, giảm 6,3% so với quý IV/2023.

Giao dịch căn hộ tập trung chủ yếu ở các quận Hải Châu (528 giao dịch), Sơn Trà (412 giao dịch), Thanh Khê (365 giao dịch) và Ngũ Hành Sơn (301 giao dịch).

Giá bán căn hộ sơ cấp bình quân khoảng 52 triệu đồng/m², tăng 8% so với cùng kỳ; căn hộ ven biển dọc đường Võ Nguyên Giáp dao động từ 75 đến 110 triệu đồng/m². Giá thuê căn hộ 2 phòng ngủ phổ biến từ 9 đến 14 triệu đồng/tháng.

Trong quý, thành phố cấp phép mở bán 3 dự án nhà ở thương mại với tổng cộng 1.124 căn hộ, trong đó dự án tại quận Hải Châu có 612 căn.

Về nhà ở xã hội, tính đến ngày 31/3/2024, thành phố đã hoàn thành 27 dự án với 11.562 căn hộ; đang triển khai 8 dự án với khoảng 5.300 căn. Phấn đấu đến năm 2025 hoàn thành thêm 4.500 căn hộ nhà ở xã hội.

Mọi thông tin xin liên hệ Phòng Quản lý nhà và thị trường bất động sản, Sở Xây dựng, tầng 10, Trung tâm Hành chính, số 24 Trần Phú; điện thoại: 0236.3822.112.
"""

COMMENTS = [
    "Cổng TTĐT thành phố Đà Nẵng (breadcrumb, 'Cập nhật: 16/04/2024 10:25 | Lượt xem: 3.482'): thị trường nhà ở quý I/2024.",
    "Distractors: Lượt xem 3.482, 'quý IV/2023' (baseline), 'tầng 10', 'số 24 Trần Phú', phone 0236.3822.112, 'đường Võ Nguyên Giáp'.",
    "'căn hộ 2 phòng ngủ' is a descriptor of the rented flat (optional). District items in brackets: location = the district,",
    "no total (not after a cue, they do not add up to 1.936). 'Trong quý' = quý I/2024. 612 căn is a part of 1.124 căn hộ ('trong đó').",
]

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
ASOF = P("tính đến ngày 31/3/2024", None, "2024-03-31")

FIGS = [
    F("có hơn 1.900 giao dịch", "1.900", 1900, "count", "giao dịch", "giao dịch căn hộ",
      P("Quý I/2024", "2024-01-01", "2024-03-31"), approx="over"),
    F("giá chung cư tăng 8%", "8", 8, "percent", "%", "giá chung cư",
      P("Quý I/2024", "2024-01-01", "2024-03-31")),
    F("có 1.936 giao dịch", "1.936", 1936, "count", "giao dịch", "giao dịch căn hộ chung cư thành công", Q1,
      percent=41.2, change=CH("increase", 23.5, baseline="cùng kỳ năm 2023")),
    F("đạt 2.148 lượt", "2.148", 2148, "count", "lượt", "giao dịch đất nền", I(Q1),
      change=CH("decrease", 6.3, baseline="quý IV/2023")),
    F("Hải Châu (528 giao dịch)", "528", 528, "count", "giao dịch", "giao dịch căn hộ", I(Q1), location="Hải Châu"),
    F("Sơn Trà (412 giao dịch)", "412", 412, "count", "giao dịch", "giao dịch căn hộ", I(Q1), location="Sơn Trà"),
    F("Thanh Khê (365 giao dịch)", "365", 365, "count", "giao dịch", "giao dịch căn hộ", I(Q1), location="Thanh Khê"),
    F("Ngũ Hành Sơn (301 giao dịch)", "301", 301, "count", "giao dịch", "giao dịch căn hộ", I(Q1), location="Ngũ Hành Sơn"),
    F("khoảng 52 triệu đồng/m²", "52", 52e6, "money", "đồng/m²", "giá bán căn hộ sơ cấp bình quân", I(Q1),
      approx="about", change=CH("increase", 8, baseline="cùng kỳ")),
    F("từ 75 đến 110 triệu", "75", 75e6, "money", "đồng/m²", "giá căn hộ ven biển dọc đường Võ Nguyên Giáp", I(Q1),
      value_max=110e6),
    F("căn hộ 2 phòng ngủ", "2", 2, "count", "phòng ngủ", "phòng ngủ của căn hộ cho thuê", optional=True),
    F("từ 9 đến 14 triệu", "9", 9e6, "money", "đồng/tháng", "giá thuê căn hộ 2 phòng ngủ", I(Q1), value_max=14e6),
    F("mở bán 3 dự án", "3", 3, "count", "dự án", "dự án nhà ở thương mại được cấp phép mở bán",
      P("Trong quý", "2024-01-01", "2024-03-31")),
    F("tổng cộng 1.124 căn hộ", "1.124", 1124, "count", "căn hộ", "căn hộ của dự án nhà ở thương mại được cấp phép mở bán",
      P("Trong quý", "2024-01-01", "2024-03-31")),
    F("có 612 căn", "612", 612, "count", "căn", "căn hộ của dự án tại quận Hải Châu được cấp phép mở bán",
      P("Trong quý", "2024-01-01", "2024-03-31"), total=1124, location="Hải Châu"),
    F("hoàn thành 27 dự án", "27", 27, "count", "dự án", "dự án nhà ở xã hội đã hoàn thành", ASOF),
    F("với 11.562 căn hộ", "11.562", 11562, "count", "căn hộ", "căn hộ nhà ở xã hội đã hoàn thành", ASOF),
    F("triển khai 8 dự án", "8", 8, "count", "dự án", "dự án nhà ở xã hội đang triển khai", ASOF),
    F("khoảng 5.300 căn", "5.300", 5300, "count", "căn", "căn hộ nhà ở xã hội đang triển khai", ASOF, approx="about"),
    F("thêm 4.500 căn hộ", "4.500", 4500, "count", "căn hộ", "căn hộ nhà ở xã hội hoàn thành thêm",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

if __name__ == "__main__":
    emit("p712-1", TEXT, COMMENTS, FIGS, published="2024-04-16", location="Đà Nẵng")
