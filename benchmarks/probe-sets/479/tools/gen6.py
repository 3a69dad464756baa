"""p479-6: national press, evacuation before storm no. 4 in four northern coastal provinces, boats, forces, reserves, rain forecast."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự
Chủ nhật, 6/10/2024, 18:30 (GMT+7)
Gần 45.000 người ở 4 tỉnh ven biển được sơ tán trước bão
Quảng Ninh, Hải Phòng, Thái Bình, Nam Định đã đưa gần 45.000 dân khỏi vùng nguy hiểm trước khi bão số 4 đổ bộ vào đêm nay.

Đến 17h ngày 6/10, bốn tỉnh đã sơ tán 44.730 người, trong đó Quảng Ninh hơn 18.200 người, Hải Phòng 11.540 người, Thái Bình 8.965 người và Nam Định 6.025 người. Số người phải sơ tán lần này thấp hơn gần 40% so với đợt bão tháng 9 năm ngoái, do nhiều hộ đã được hỗ trợ gia cố nhà.

Theo Văn phòng thường trực Ban Chỉ đạo quốc gia về phòng, chống thiên tai, 52.618 tàu thuyền với khoảng 215.400 lao động đã được kiểm đếm, hướng dẫn vào nơi tránh trú; hơn 4.300 lồng bè nuôi trồng thủy sản được gia cố. Các địa phương chuẩn bị 1.860 điểm sơ tán tại trường học, trụ sở cơ quan và nhà văn hóa, có thể tiếp nhận khoảng 320.000 người.

Bộ Quốc phòng huy động 12.400 cán bộ, chiến sĩ và 540 phương tiện sẵn sàng cứu hộ. Các Cục Dự trữ Nhà nước khu vực đã chuẩn bị sẵn 1.500 tấn gạo, 20.000 phao tròn và 8.000 áo phao để xuất cấp khi có yêu cầu.

Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, từ đêm 6/10 đến hết ngày 8/10, các tỉnh ven biển Bắc Bộ được dự báo có mưa từ 200 đến 350 mm, có nơi trên 450 mm; nước dâng do bão cao 0,8-1,2 m.

Thủ tướng đã ký Công điện số 98/CĐ-TTg yêu cầu các địa phương không để người dân ở lại trên lồng bè, chòi canh khi bão đổ bộ.

Gia Chính
"""

ASOF = P("Đến 17h ngày 6/10", None, "2024-10-06")
FC = P("từ đêm 6/10 đến hết ngày 8/10", "2024-10-06", "2024-10-08")
FIGS = [
    F("Gần 45.000 người ở", "45.000", 45000, "count", "người", "người được sơ tán trước bão", approx="nearly"),
    F("ở 4 tỉnh ven biển", "4", 4, "count", "tỉnh", "tỉnh ven biển sơ tán dân trước bão"),
    F("gần 45.000 dân", "45.000", 45000, "count", "dân", "dân được đưa khỏi vùng nguy hiểm", approx="nearly"),
    F("bốn tỉnh", "bốn", 4, "count", "tỉnh", "tỉnh đã sơ tán dân", ASOF, optional=True),
    F("sơ tán 44.730 người", "44.730", 44730, "count", "người", "người đã sơ tán", ASOF),
    F("hơn 18.200 người", "18.200", 18200, "count", "người", "người đã sơ tán", ASOF, approx="over", total=44730,
      location="Quảng Ninh"),
    F("Hải Phòng 11.540 người", "11.540", 11540, "count", "người", "người đã sơ tán", ASOF, total=44730,
      location="Hải Phòng"),
    F("Thái Bình 8.965 người", "8.965", 8965, "count", "người", "người đã sơ tán", ASOF, total=44730,
      location="Thái Bình"),
    F("Nam Định 6.025 người", "6.025", 6025, "count", "người", "người đã sơ tán", ASOF, total=44730,
      location="Nam Định"),
    F("thấp hơn gần 40%", "40", 40, "percent", "%", "số người phải sơ tán so với đợt bão tháng 9 năm ngoái",
      approx="nearly"),
    F("52.618 tàu thuyền", "52.618", 52618, "count", "tàu thuyền", "tàu thuyền được kiểm đếm, hướng dẫn vào nơi tránh trú"),
    F("khoảng 215.400 lao động", "215.400", 215400, "count", "lao động", "lao động trên tàu thuyền", approx="about"),
    F("hơn 4.300 lồng bè", "4.300", 4300, "count", "lồng bè", "lồng bè nuôi trồng thủy sản được gia cố", approx="over"),
    F("1.860 điểm", "1.860", 1860, "count", "điểm", "điểm sơ tán"),
    F("khoảng 320.000 người", "320.000", 320000, "count", "người", "sức tiếp nhận của các điểm sơ tán", approx="about"),
    F("12.400 cán bộ", "12.400", 12400, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ Bộ Quốc phòng huy động"),
    F("540 phương tiện", "540", 540, "count", "phương tiện", "phương tiện Bộ Quốc phòng huy động"),
    F("1.500 tấn gạo", "1.500", 1500, "measure", "tấn", "gạo dự trữ chuẩn bị sẵn"),
    F("20.000 phao tròn", "20.000", 20000, "count", "phao tròn", "phao tròn dự trữ"),
    F("8.000 áo phao", "8.000", 8000, "count", "áo phao", "áo phao dự trữ"),
    F("từ 200 đến 350 mm", "200", 200, "measure", "mm", "lượng mưa các tỉnh ven biển Bắc Bộ", FC, value_max=350,
      status="forecast"),
    F("trên 450 mm", "450", 450, "measure", "mm", "lượng mưa có nơi ở các tỉnh ven biển Bắc Bộ", FC, approx="over", status="forecast"),
    F("0,8-1,2 m", "0,8", 0.8, "measure", "m", "nước dâng do bão", FC, value_max=1.2, status="forecast"),
]

COMMENTS = [
    "National online paper (invented), 'Chủ nhật, 6/10/2024, 18:30 (GMT+7)': evacuation before storm no. 4 in Quảng Ninh, Hải Phòng,",
    "Thái Bình, Nam Định; boats, forces, reserves, rain forecast. Aggregates over the four provinces and national agencies → Việt Nam;",
    "the province items after 'trong đó' → their province, total 44.730. 'thấp hơn gần 40% so với …' with no base amount is a",
    "percent figure (no change). The rain/surge forecast is 'forecast' by the source (Trung tâm Dự báo …), period the forecast window.",
    "revised after the first run: the 450 mm subject now carries the region the sentence names, as its sibling 200-350 mm does.",
    "'bốn tỉnh' (word number, referring back to the four provinces) optional. Not figures: bão số 4, 17h, (GMT+7), Công điện số 98/CĐ-TTg.",
]

if __name__ == "__main__":
    emit("p479-6", TEXT, COMMENTS, FIGS, published="2024-10-06", location="Việt Nam")
