"""p1115-4: Bộ Tài nguyên và Môi trường site, national mineral/hot water sources, licences, inspections (2024)."""
from lib import F, P, I, C, T, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ / Tin tức / Địa chất và khoáng sản

Siết quản lý khai thác nước khoáng, nước nóng thiên nhiên

Ngày đăng: 05/03/2025 14:22 | Lượt xem: 1.127

Theo Cục Địa chất Việt Nam, cả nước đã phát hiện hơn 400 nguồn nước khoáng, nước nóng thiên nhiên, trong đó khoảng 280 nguồn có nhiệt độ từ 30 độ C trở lên. Các địa phương có nhiều nguồn nhất lần lượt là Sơn La (52 nguồn), Quảng Bình (31 nguồn), Quảng Ninh (24 nguồn) và Thanh Hóa (22 nguồn).

Tính đến hết năm 2024, Bộ và UBND các tỉnh đã cấp 186 giấy phép thăm dò, khai thác nước khoáng, nước nóng thiên nhiên; trong đó Bộ cấp 43 giấy phép, UBND cấp tỉnh cấp 143 giấy phép. Tổng lưu lượng khai thác được cấp phép khoảng 28.600 m3/ngày đêm. Riêng năm 2024 cấp mới 19 giấy phép, tăng 5 giấy phép so với năm 2023.

Thu tiền cấp quyền khai thác nước khoáng năm 2024 đạt 312,4 tỷ đồng, tăng 9,6% so với năm trước. Trong số 57 cơ sở kinh doanh dịch vụ tắm khoáng, tắm bùn được đoàn liên ngành kiểm tra tại 12 tỉnh, có 14 cơ sở vi phạm (chiếm 24,6%), bị xử phạt gần 1,9 tỷ đồng.

Theo Luật Địa chất và khoáng sản số 54/2024/QH15 và Nghị định số 36/2020/NĐ-CP, mục tiêu đến năm 2030, 100% cơ sở khai thác nước khoáng nóng phải lắp thiết bị quan trắc tự động lưu lượng, nhiệt độ; cả nước phấn đấu đón 5 triệu lượt khách du lịch chăm sóc sức khỏe gắn với nước khoáng mỗi năm.

Cục trưởng Cục Địa chất Việt Nam đề nghị các địa phương rà soát, công bố danh mục nguồn nước khoáng trước ngày 30/6/2025.

Cổng thông tin điện tử Bộ Tài nguyên và Môi trường
Địa chỉ: số 10 Tôn Thất Thuyết, Cầu Giấy, Hà Nội | Điện thoại: 024.3795.6868
"""

ASOF = P("Tính đến hết năm 2024", None, "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
SRC = "nguồn nước khoáng, nước nóng thiên nhiên"

FIGS = [
    F("hơn 400 nguồn", "400", 400, "count", "nguồn", "nguồn nước khoáng, nước nóng thiên nhiên đã phát hiện",
      approx="over"),
    F("khoảng 280 nguồn", "280", 280, "count", "nguồn", "nguồn có nhiệt độ từ 30 độ C trở lên",
      approx="about", total=400),
    F("từ 30 độ C trở lên", "30", 30, "measure", "độ C", "nhiệt độ nguồn nước", approx="at_least", optional=True),
    F("Sơn La (52 nguồn)", "52", 52, "count", "nguồn", SRC, location="Sơn La"),
    F("Quảng Bình (31 nguồn)", "31", 31, "count", "nguồn", SRC, location="Quảng Bình"),
    F("Quảng Ninh (24 nguồn)", "24", 24, "count", "nguồn", SRC, location="Quảng Ninh"),
    F("Thanh Hóa (22 nguồn)", "22", 22, "count", "nguồn", SRC, location="Thanh Hóa"),
    F("cấp 186 giấy phép", "186", 186, "count", "giấy phép",
      "giấy phép thăm dò, khai thác nước khoáng, nước nóng thiên nhiên", ASOF),
    F("Bộ cấp 43 giấy phép", "43", 43, "count", "giấy phép", "giấy phép Bộ cấp", ASOF, total=186),
    F("tỉnh cấp 143 giấy phép", "143", 143, "count", "giấy phép", "giấy phép UBND cấp tỉnh cấp", ASOF, total=186),
    F("khoảng 28.600 m3/ngày đêm", "28.600", 28600, "measure", "m3/ngày đêm",
      "tổng lưu lượng khai thác được cấp phép", I(ASOF), approx="about"),
    F("cấp mới 19 giấy phép", "19", 19, "count", "giấy phép", "giấy phép cấp mới", Y24,
      change=C("+", 5, "giấy phép", "năm 2023")),
    F("đạt 312,4 tỷ đồng", "312,4", 312.4e9, "money", "đồng", "thu tiền cấp quyền khai thác nước khoáng", Y24b,
      change=C("+", 9.6, "%", "năm trước")),
    F("Trong số 57 cơ sở", "57", 57, "count", "cơ sở",
      "cơ sở kinh doanh dịch vụ tắm khoáng, tắm bùn được kiểm tra", I(Y24b)),
    F("tại 12 tỉnh", "12", 12, "count", "tỉnh", "tỉnh được đoàn liên ngành kiểm tra", I(Y24b)),
    F("có 14 cơ sở vi phạm", "14", 14, "count", "cơ sở", "cơ sở vi phạm", I(Y24b), total=57, percent=24.6),
    F("gần 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "tiền xử phạt", I(Y24b), approx="nearly"),
    F("100% cơ sở khai thác", "100", 100, "percent", "%",
      "cơ sở khai thác nước khoáng nóng lắp thiết bị quan trắc tự động", TO30, status="target"),
    F("đón 5 triệu lượt khách", "5", 5000000, "count", "lượt khách/năm",
      "khách du lịch chăm sóc sức khỏe gắn với nước khoáng", TO30, status="target"),
]

write(4, TEXT, FIGS, [
    "Bộ TN&MT (Cục Địa chất Việt Nam): national count of mineral/hot water sources, licences to end-2024, fees, inspections, 2030 targets.",
    "National article: location Việt Nam except the ranked province list (its items' location; no total, the list does not add up to 400).",
    "'từ 30 độ C trở lên' is a category threshold (optional). 'Trong số 57 cơ sở ..., có 14' -> total 57; '12 tỉnh' is a count of provinces (Việt Nam).",
    "'mỗi năm' goes into the unit (lượt khách/năm). Distractors: Luật ... số 54/2024/QH15, Nghị định số 36/2020/NĐ-CP, trước ngày 30/6/2025,",
    "Lượt xem: 1.127, số 10 Tôn Thất Thuyết, 024.3795.6868, 14:22.",
], published="2025-03-05", location="Việt Nam")
