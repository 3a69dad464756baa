"""p900-4: Bộ Công an portal (national), electronic notification of stay, 2024 and as of 28/2/2025."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức - Sự kiện > Quản lý hành chính về trật tự xã hội
Ngày đăng: 12/03/2025 | Lượt xem: 2.418

Hơn 292 nghìn cơ sở lưu trú đã thông báo lưu trú qua môi trường điện tử

Theo Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06), tính đến ngày 28/2/2025, cả nước có 318.640 cơ sở kinh doanh dịch vụ lưu trú, trong đó hơn 292 nghìn cơ sở đã thông báo lưu trú qua ứng dụng VNeID hoặc Cổng dịch vụ công Bộ Công an, chiếm 91,8%. Nhà nghỉ, nhà trọ là loại hình phổ biến nhất với 214.370 cơ sở.

Các địa phương có nhiều cơ sở lưu trú nhất lần lượt là Hà Nội (41.250 cơ sở), TP Hồ Chí Minh (38.960 cơ sở) và Bình Dương (27.480 cơ sở), chủ yếu là nhà trọ cho công nhân, sinh viên thuê.

Năm 2024, các cơ sở đã thông báo lưu trú cho 186,4 triệu lượt khách, tăng 21,7% so với năm 2023; trong đó có 17,2 triệu lượt người nước ngoài. Bình quân mỗi ngày, hệ thống tiếp nhận khoảng 510.000 lượt thông báo.

Cũng trong năm 2024, lực lượng Cảnh sát quản lý hành chính đã kiểm tra hơn 1,1 triệu lượt cơ sở lưu trú, phát hiện 12.836 cơ sở vi phạm, xử phạt hơn 96 tỷ đồng, giảm 4,3% so với năm trước; qua đó phát hiện 1.975 vụ việc liên quan tệ nạn xã hội.

Theo Kế hoạch số 45/KH-BCA-C06, năm 2025 phấn đấu 100% cơ sở kinh doanh lưu trú thông báo lưu trú qua môi trường điện tử, giảm ít nhất 10% số cơ sở vi phạm so với năm 2024.

Địa chỉ: số 44 Yết Kiêu, quận Hoàn Kiếm, Hà Nội. Điện thoại: 069.234.2593.
"""

ASOF = P("tính đến ngày 28/2/2025", None, "2025-02-28")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 292 nghìn cơ sở lưu trú đã", "292", 292000, "count", "cơ sở lưu trú",
      "cơ sở lưu trú đã thông báo lưu trú qua môi trường điện tử", approx="over"),
    F("có 318.640 cơ sở", "318.640", 318640, "count", "cơ sở", "cơ sở kinh doanh dịch vụ lưu trú", ASOF),
    F("hơn 292 nghìn cơ sở đã", "292", 292000, "count", "cơ sở",
      "cơ sở đã thông báo lưu trú qua ứng dụng VNeID hoặc Cổng dịch vụ công Bộ Công an", ASOF,
      approx="over", total=318640, percent=91.8),
    F("với 214.370 cơ sở", "214.370", 214370, "count", "cơ sở", "nhà nghỉ, nhà trọ", I(ASOF)),
    F("Hà Nội (41.250 cơ sở)", "41.250", 41250, "count", "cơ sở", "cơ sở lưu trú", I(ASOF), location="Hà Nội"),
    F("(38.960 cơ sở)", "38.960", 38960, "count", "cơ sở", "cơ sở lưu trú", I(ASOF), location="TP Hồ Chí Minh"),
    F("(27.480 cơ sở)", "27.480", 27480, "count", "cơ sở", "cơ sở lưu trú", I(ASOF), location="Bình Dương"),
    F("cho 186,4 triệu lượt khách", "186,4", 186.4e6, "count", "lượt khách", "lượt khách được thông báo lưu trú", Y24,
      change=C("increase", 21.7, "%", "năm 2023")),
    F("có 17,2 triệu lượt", "17,2", 17.2e6, "count", "lượt", "người nước ngoài", Y24, total=186.4e6),
    F("khoảng 510.000 lượt thông báo", "510.000", 510000, "count", "lượt thông báo/ngày",
      "lượt thông báo hệ thống tiếp nhận bình quân mỗi ngày", I(Y24), approx="about"),
    F("hơn 1,1 triệu lượt", "1,1", 1.1e6, "count", "lượt cơ sở", "lượt cơ sở lưu trú được kiểm tra", Y24b,
      approx="over"),
    F("phát hiện 12.836 cơ sở", "12.836", 12836, "count", "cơ sở", "cơ sở vi phạm", Y24b),
    F("hơn 96 tỷ đồng", "96", 96e9, "money", "đồng", "tiền xử phạt", Y24b, approx="over",
      change=C("decrease", 4.3, "%", "năm trước")),
    F("phát hiện 1.975 vụ việc", "1.975", 1975, "count", "vụ việc", "vụ việc liên quan tệ nạn xã hội", Y24b),
    F("phấn đấu 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở kinh doanh lưu trú thông báo lưu trú qua môi trường điện tử", Y25, status="target"),
    F("giảm ít nhất 10%", "10", 10, "percent", "%", "giảm số cơ sở vi phạm so với năm 2024", Y25,
      approx="at_least", status="target"),
]

NOTES = [
    "p900-4: Bộ Công an portal (Ngày đăng | Lượt xem), national figures: location Việt Nam; the three provinces of the 'lần lượt' list are their items' location.",
    "The headline's 292 nghìn is a figure of its own (no period in the headline). The ministry's address (Hà Nội) localises nothing.",
    "Distractors: Lượt xem 2.418, C06, Kế hoạch số 45/KH-BCA-C06, 'số 44 Yết Kiêu', phone 069.234.2593.",
    "'Bình quân mỗi ngày ... khoảng 510.000 lượt thông báo' is a rate: unit lượt thông báo/ngày. 'giảm ít nhất 10% ...' is a target rate with no base amount: a percent figure.",
    "214.370 (nhà nghỉ, nhà trọ) has no part-of cue, so no total. 'trong đó có 17,2 triệu lượt người nước ngoài' → total 186,4 triệu.",
]

if __name__ == "__main__":
    write("p900-4", TEXT, FIGS, NOTES, published="2025-03-12", location="Việt Nam")
