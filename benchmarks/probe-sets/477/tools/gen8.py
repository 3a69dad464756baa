"""p477-8: Đà Nẵng city portal — Cham Sculpture Museum 9 months 2024: visitors, revenue, digitisation and conservation of artefacts."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG
Trang chủ > Văn hóa - Thể thao > Di sản, bảo tàng
Bảo tàng Điêu khắc Chăm: 9 tháng đón 318.400 lượt khách
Ngày cập nhật 07/10/2024

9 tháng năm 2024, Bảo tàng Điêu khắc Chăm Đà Nẵng đón 318.400 lượt khách, tăng 22,7% so với cùng kỳ năm 2023, bình quân khoảng 1.160 lượt khách/ngày; khách quốc tế chiếm khoảng 70%. Doanh thu bán vé đạt 19,1 tỷ đồng, bằng 86% kế hoạch năm. Riêng quý III/2024, bảo tàng đón 96.200 lượt khách.

Cùng thời gian, Bảo tàng Đà Nẵng đón 85.600 lượt khách, giảm 4,3% so với cùng kỳ; Bảo tàng Quân khu 5 đón 21.300 lượt khách.

Về công tác bảo quản, tính đến 30/9/2024, Bảo tàng Điêu khắc Chăm đã số hóa 2.150/3.000 hiện vật theo kế hoạch, đạt 71,7%; tu sửa, bảo quản 146 hiện vật, gồm 58 hiện vật đá sa thạch và 88 hiện vật đất nung. Bảo tàng hiện lưu giữ hơn 2.000 hiện vật có niên đại từ thế kỷ VII đến thế kỷ XV, trong đó có 10 bảo vật quốc gia.

Giá vé tham quan hiện là 60.000 đồng/lượt; miễn vé cho trẻ em dưới 6 tuổi. Quý IV, bảo tàng dự kiến đón khoảng 110.000 lượt khách, nâng tổng số cả năm lên hơn 428.000 lượt.

Bảo tàng Điêu khắc Chăm, số 02 đường 2 Tháng 9, quận Hải Châu. Điện thoại: 0236.3574.801. Giờ mở cửa: 7h00 - 17h00 hằng ngày.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("tính đến 30/9/2024", None, "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    F("9 tháng đón 318.400", "318.400", 318400, "count", "lượt khách", "lượt khách Bảo tàng Điêu khắc Chăm",
      P("9 tháng", "2024-01-01", "2024-09-30")),
    F("Nẵng đón 318.400", "318.400", 318400, "count", "lượt khách", "lượt khách Bảo tàng Điêu khắc Chăm Đà Nẵng", M9,
      change=CH("increase", 22.7, baseline="cùng kỳ năm 2023")),
    F("khoảng 1.160 lượt khách/ngày", "1.160", 1160, "measure", "lượt khách/ngày", "lượt khách bình quân mỗi ngày", M9,
      approx="about"),
    F("chiếm khoảng 70%", "70", 70, "percent", "%", "khách quốc tế", M9, approx="about"),
    F("đạt 19,1 tỷ đồng", "19,1", 19100000000, "money", "đồng", "doanh thu bán vé Bảo tàng Điêu khắc Chăm", I(M9), percent=86),
    F("đón 96.200 lượt khách", "96.200", 96200, "count", "lượt khách", "lượt khách Bảo tàng Điêu khắc Chăm", Q3),
    F("đón 85.600 lượt khách", "85.600", 85600, "count", "lượt khách", "lượt khách Bảo tàng Đà Nẵng", I(M9),
      change=CH("decrease", 4.3, baseline="cùng kỳ")),
    F("đón 21.300 lượt khách", "21.300", 21300, "count", "lượt khách", "lượt khách Bảo tàng Quân khu 5", I(M9)),
    F("số hóa 2.150/3.000", "2.150", 2150, "count", "hiện vật", "hiện vật được số hóa", ASOF, percent=71.7,
      target=TG(3000, "hiện vật")),
    F("bảo quản 146 hiện vật", "146", 146, "count", "hiện vật", "hiện vật được tu sửa, bảo quản", ASOF),
    F("gồm 58 hiện vật", "58", 58, "count", "hiện vật", "hiện vật đá sa thạch được tu sửa, bảo quản", ASOF, total=146),
    F("và 88 hiện vật", "88", 88, "count", "hiện vật", "hiện vật đất nung được tu sửa, bảo quản", ASOF, total=146),
    F("hơn 2.000 hiện vật", "2.000", 2000, "count", "hiện vật", "hiện vật Bảo tàng lưu giữ", approx="over"),
    F("có 10 bảo vật", "10", 10, "count", "bảo vật quốc gia", "bảo vật quốc gia", total=2000),
    F("là 60.000 đồng/lượt", "60.000", 60000, "money", "đồng/lượt", "giá vé tham quan"),
    F("dưới 6 tuổi", "6", 6, "measure", "tuổi", "trẻ em được miễn vé", approx="under", optional=True),
    F("khoảng 110.000 lượt", "110.000", 110000, "count", "lượt khách", "lượt khách Bảo tàng Điêu khắc Chăm", Q4,
      approx="about", status="forecast"),
    F("hơn 428.000 lượt", "428.000", 428000, "count", "lượt", "tổng số lượt khách cả năm",
      P("cả năm", "2024-01-01", "2024-12-31", inh=True), approx="over", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT thành phố Đà Nẵng: Bảo tàng Điêu khắc Chăm 9 tháng năm 2024 — visitors, per-day rate, revenue, digitisation, conservation.",
    "Published from 'Ngày cập nhật 07/10/2024'. Location Đà Nẵng throughout ('quận Hải Châu' is only the footer address).",
    "'2.150/3.000 hiện vật theo kế hoạch' → target 3000 (a plan, not a total), and 'đạt 71,7%' its percent. 'gồm 58 … và 88' → total 146;",
    "'hơn 2.000 hiện vật …, trong đó có 10 bảo vật quốc gia' → total 2000. 'khoảng 1.160 lượt khách/ngày' is a rate (measure).",
    "'khách quốc tế chiếm khoảng 70%' stands after a rate, not a count of its own: a percent figure. 'bằng 86% kế hoạch năm' → percent of 19,1 tỷ.",
    "'dự kiến' governs 'nâng tổng số cả năm lên hơn 428.000' (forecast; 'cả năm' not a spec phrase → period unscored).",
    "Distractors: 'thế kỷ VII … XV', 'Bảo tàng Quân khu 5' (a name), 'số 02 đường 2 Tháng 9', phone, opening hours '7h00 - 17h00'; 'dưới 6 tuổi' optional.",
]

if __name__ == "__main__":
    import sys
    emit("p477-8", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Đà Nẵng", show_free="-v" in sys.argv)
