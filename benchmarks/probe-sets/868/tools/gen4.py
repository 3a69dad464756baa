"""p868-4: Bộ Xây dựng site - national urban water supply and the anti-loss programme (2022 figures, targets 2025/2030)."""
from lib import F, P, I, C, T, write

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Hạ tầng kỹ thuật
Ngày đăng: 12/10/2023 | Lượt xem: 1.204

Tỷ lệ thất thoát, thất thu nước sạch bình quân cả nước giảm còn 17,6%

Theo Cục Hạ tầng kỹ thuật, tính đến hết năm 2022, cả nước có khoảng 700 đơn vị cấp nước quản lý 1.020 nhà máy nước đô thị với tổng công suất thiết kế khoảng 11,8 triệu m3/ngày đêm. Tỷ lệ dân số đô thị được cấp nước sạch qua hệ thống cấp nước tập trung đạt 94,2%, mức tiêu thụ bình quân 105 lít/người/ngày.

Tỷ lệ thất thoát, thất thu nước sạch bình quân cả nước năm 2022 là 17,6%, giảm 0,9 điểm phần trăm so với năm 2021 và giảm mạnh so với mức khoảng 30% của năm 2010, khi Chương trình quốc gia chống thất thoát, thất thu nước sạch được phê duyệt tại Quyết định số 2147/QĐ-TTg. Một số địa phương có tỷ lệ thất thoát thấp, dưới 10% như Bình Dương (5,5%), Hải Phòng (6,9%), Đà Nẵng (8,7%); tuy nhiên vẫn còn 12 tỉnh có tỷ lệ thất thoát trên 25%, cao nhất là Hà Giang (32,4%).

Về đo đếm, các đơn vị cấp nước đã lắp đặt khoảng 9,6 triệu đồng hồ đo nước cho khách hàng, trong đó hơn 1,2 triệu đồng hồ điện tử, đồng hồ thông minh có chức năng đọc số từ xa, chiếm 12,5%. Có 46/63 tỉnh, thành phố đã triển khai thu tiền nước không dùng tiền mặt.

Theo mục tiêu của Chương trình, đến năm 2025 tỷ lệ thất thoát, thất thu nước sạch bình quân cả nước giảm xuống 15% và đến năm 2030 còn dưới 10%. Bộ Xây dựng dự kiến trình Chính phủ Nghị định thay thế Nghị định số 117/2007/NĐ-CP trong quý IV/2023.

BỘ XÂY DỰNG - Số 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3976.0271
"""

ASOF = P("tính đến hết năm 2022", None, "2022-12-31")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
LOSS = "tỷ lệ thất thoát, thất thu nước sạch"

FIGS = [
    F("cả nước giảm còn 17,6%", "17,6", 17.6, "percent", "%", LOSS + " bình quân cả nước"),
    F("khoảng 700 đơn vị", "700", 700, "count", "đơn vị cấp nước", "đơn vị cấp nước", ASOF, approx="about"),
    F("quản lý 1.020 nhà máy", "1.020", 1_020, "count", "nhà máy nước", "nhà máy nước đô thị", ASOF),
    F("khoảng 11,8 triệu m3/ngày đêm", "11,8", 11_800_000, "measure", "m3/ngày đêm", "tổng công suất thiết kế", ASOF,
      approx="about"),
    F("tập trung đạt 94,2%", "94,2", 94.2, "percent", "%",
      "tỷ lệ dân số đô thị được cấp nước sạch qua hệ thống cấp nước tập trung", I(ASOF)),
    F("bình quân 105 lít/người/ngày", "105", 105, "measure", "lít/người/ngày", "mức tiêu thụ nước bình quân", I(ASOF)),
    F("năm 2022 là 17,6%", "17,6", 17.6, "percent", "%", LOSS + " bình quân cả nước", Y22,
      change=C("decrease", 0.9, "điểm phần trăm", "năm 2021")),
    F("mức khoảng 30%", "30", 30, "percent", "%", LOSS + " bình quân cả nước",
      P("năm 2010", "2010-01-01", "2010-12-31"), approx="about"),
    F("thấp, dưới 10%", "10", 10, "percent", "%", LOSS, approx="under", optional=True),
    F("Bình Dương (5,5%)", "5,5", 5.5, "percent", "%", LOSS, I(Y22), location="Bình Dương"),
    F("Hải Phòng (6,9%)", "6,9", 6.9, "percent", "%", LOSS, I(Y22), location="Hải Phòng"),
    F("Đà Nẵng (8,7%)", "8,7", 8.7, "percent", "%", LOSS, I(Y22), location="Đà Nẵng"),
    F("còn 12 tỉnh", "12", 12, "count", "tỉnh", "tỉnh có tỷ lệ thất thoát trên 25%", I(Y22)),
    F("trên 25%", "25", 25, "percent", "%", LOSS, approx="over", optional=True),
    F("Hà Giang (32,4%)", "32,4", 32.4, "percent", "%", LOSS, I(Y22), location="Hà Giang"),
    F("khoảng 9,6 triệu đồng hồ", "9,6", 9_600_000, "count", "đồng hồ", "đồng hồ đo nước đã lắp đặt cho khách hàng",
      approx="about"),
    F("hơn 1,2 triệu đồng hồ", "1,2", 1_200_000, "count", "đồng hồ",
      "đồng hồ điện tử, đồng hồ thông minh có chức năng đọc số từ xa", approx="over", total=9_600_000, percent=12.5),
    F("Có 46/63 tỉnh", "46", 46, "count", "tỉnh, thành phố", "tỉnh, thành phố triển khai thu tiền nước không dùng tiền mặt",
      total=63),
    F("giảm xuống 15%", "15", 15, "percent", "%", LOSS + " bình quân cả nước", P("đến năm 2025", None, "2025-12-31"),
      status="target"),
    F("còn dưới 10%", "10", 10, "percent", "%", LOSS + " bình quân cả nước", P("đến năm 2030", None, "2030-12-31"),
      approx="under", status="target"),
]

NOTES = [
    "Ministry site (Bộ Xây dựng): 'Ngày đăng: 12/10/2023 | Lượt xem: 1.204'. National figures: location Việt Nam; listed provinces are the location of their item.",
    "'mức khoảng 30% của năm 2010' is a figure of its own (a level in another year), not a change value. 'dưới 10%' and 'trên 25%' are thresholds of a group: optional.",
    "Distractors: Lượt xem, Quyết định số 2147/QĐ-TTg, Nghị định số 117/2007/NĐ-CP, quý IV/2023 (a schedule), Số 37 Lê Đại Hành, phone 024.3976.0271.",
    "46/63 tỉnh: total 63 (count of provinces: Việt Nam). 'hơn 1,2 triệu' after 'trong đó' takes total 9,6 triệu and percent 12,5.",
]

write("p868-4", TEXT, NOTES, FIGS, published="2023-10-12", location="Việt Nam")
