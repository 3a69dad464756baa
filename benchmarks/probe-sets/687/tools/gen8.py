"""p687-8: Cam Ranh city portal (Khánh Hòa) — sea-area allocation Q1/2025, as-of count, output, lease fees, 2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CAM RANH
Trang chủ » Tin tức » Kinh tế
Ngày cập nhật 15/04/2025

Quý I/2025: Cam Ranh giao khu vực biển cho 86 hộ nuôi trồng thủy sản

Trong quý I/2025, UBND thành phố Cam Ranh đã ban hành quyết định giao khu vực biển cho 86 hộ nuôi với tổng diện tích 42,8 ha, nâng tổng số tổ chức, cá nhân được giao khu vực biển tính đến ngày 31/3/2025 lên 214, chiếm 41,2% số hộ nuôi lồng bè trên vịnh Cam Ranh.

Toàn thành phố hiện có 519 hộ nuôi với khoảng 21.600 ô lồng, đối tượng nuôi chủ yếu là tôm hùm, cá mú, cá chim. Sản lượng nuôi biển quý I ước đạt 286 tấn, tăng 9,2% so với cùng kỳ, trong đó tôm hùm 74,5 tấn, tập trung ở các phường Cam Phúc Bắc, Cam Linh và xã Cam Lập.

Theo Nghị định số 11/2021/NĐ-CP, mức thu tiền sử dụng khu vực biển tại Cam Ranh từ 3 đến 7,5 triệu đồng/ha/năm tùy vị trí; năm 2025, thành phố dự kiến thu khoảng 1,2 tỷ đồng.

Ông Phạm Văn Ba, Trưởng phòng Kinh tế thành phố cho biết, thành phố phấn đấu đến hết năm 2025 hoàn thành giao khu vực biển cho 100% hộ nuôi đủ điều kiện; đồng thời di dời hơn 3.500 ô lồng ra khỏi luồng hàng hải vào cảng Ba Ngòi, bố trí lại tại vùng nuôi tập trung Bãi Tiên.

Người dân có nhu cầu được hướng dẫn hồ sơ tại Bộ phận Một cửa thành phố, số 2053 Đại lộ Hùng Vương, phường Cam Lộc (điện thoại 0258.3854.279), trong giờ hành chính các ngày thứ Hai đến thứ Sáu.

Lượt xem: 968
"""

Q1 = P("Trong quý I/2025", "2025-01-01", "2025-03-31")
ASOF = P("tính đến ngày 31/3/2025", None, "2025-03-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
T25 = P("đến hết năm 2025", None, "2025-12-31")

FIGS = [
    F("cho 86 hộ nuôi trồng", "86", 86, "count", "hộ", "hộ nuôi trồng thủy sản được giao khu vực biển",
      P("Quý I/2025", "2025-01-01", "2025-03-31")),
    F("cho 86 hộ nuôi với", "86", 86, "count", "hộ", "hộ nuôi được giao khu vực biển", Q1),
    F("diện tích 42,8 ha", "42,8", 42.8, "measure", "ha", "diện tích khu vực biển được giao", Q1),
    F("lên 214", "214", 214, "count", "tổ chức, cá nhân", "tổ chức, cá nhân được giao khu vực biển", ASOF,
      percent=41.2),
    F("có 519 hộ", "519", 519, "count", "hộ", "hộ nuôi"),
    F("khoảng 21.600 ô lồng", "21.600", 21600, "count", "ô lồng", "ô lồng nuôi", approx="about"),
    F("ước đạt 286 tấn", "286", 286, "measure", "tấn", "sản lượng nuôi biển", P("quý I", "2025-01-01", "2025-03-31"),
      change=CH("increase", 9.2, baseline="cùng kỳ"), status="estimate"),
    F("tôm hùm 74,5 tấn", "74,5", 74.5, "measure", "tấn", "sản lượng tôm hùm", P("quý I", "2025-01-01", "2025-03-31"),
      total=286, status="estimate"),
    F("từ 3 đến 7,5 triệu", "3", 3000000, "money", "đồng/ha/năm", "mức thu tiền sử dụng khu vực biển",
      value_max=7500000),
    F("khoảng 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "tiền sử dụng khu vực biển thu", Y25, approx="about",
      status="forecast"),
    F("cho 100% hộ", "100", 100, "percent", "%", "hộ nuôi đủ điều kiện được giao khu vực biển", T25, status="target"),
    F("hơn 3.500 ô lồng", "3.500", 3500, "count", "ô lồng", "ô lồng di dời ra khỏi luồng hàng hải", T25,
      approx="over", status="target"),
]

COMMENTS = [
    "Probe 687-8. Cam Ranh city portal (Khánh Hòa), breadcrumb, 'Ngày cập nhật 15/04/2025', 'Lượt xem: 968'. Location Cam",
    "Ranh (a city of the province) for all figures; the wards named for the lobster output do not make them figures of a ward.",
    "Headline and lead both give 86 hộ (both figures). In the lead, 86 hộ and 42,8 ha take 'Trong quý I/2025', the 214 takes",
    "the as-of 'tính đến ngày 31/3/2025'; 'nâng … lên 214' is a level, not a change; 'chiếm 41,2%' is its percent.",
    "'quý I' without a year → 2025. 'từ 3 đến 7,5 triệu đồng/ha/năm' is a rate (money, unit đồng/ha/năm), no period.",
    "'phấn đấu đến hết năm 2025' → target, continuing into 'đồng thời di dời hơn 3.500 ô lồng'. Distractors: NĐ",
    "11/2021/NĐ-CP, 'Phạm Văn Ba' (ba = 3), 'Bộ phận Một cửa', 'số 2053 Đại lộ Hùng Vương' (looks like a year), phone,",
    "'thứ Hai đến thứ Sáu', Lượt xem.",
]

if __name__ == "__main__":
    emit("p687-8", TEXT, COMMENTS, FIGS, published="2025-04-15", location="Cam Ranh")
