"""p891-4: ministry site (Bộ NN&PTNT / Cục Trồng trọt), dưa hấu cả nước và xuất khẩu năm 2024."""
from lib import F, C, P, Y, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt - Bảo vệ thực vật
Xuất khẩu dưa hấu năm 2024 ước đạt 72,5 triệu USD
Ngày đăng: 16/01/2025 | Lượt xem: 1.204

Theo Cục Trồng trọt, năm 2024 diện tích dưa hấu cả nước đạt khoảng 52.800 ha, sản lượng ước đạt 1,35 triệu tấn, tăng 4,2% so với năm 2023. Các địa phương có diện tích lớn nhất lần lượt là Long An (5.600 ha), Quảng Ngãi (4.300 ha), Gia Lai (3.900 ha) và Tiền Giang (3.200 ha).

Kim ngạch xuất khẩu dưa hấu cả năm ước đạt 72,5 triệu USD, tăng 18,6% so với năm 2023, trong đó sang Trung Quốc khoảng 68,9 triệu USD, chiếm 95%. Riêng quý IV/2024, kim ngạch đạt 21,3 triệu USD. Khối lượng xuất khẩu chính ngạch đạt gần 186.000 tấn, tăng 23.000 tấn so với năm 2023; giá xuất khẩu bình quân 390 USD/tấn, cao hơn 6% so với năm trước.

Hiện cả nước có 436 mã số vùng trồng dưa hấu được phía Trung Quốc chấp thuận, tăng 58 mã so với cuối năm 2023, với tổng diện tích 15.420 ha. Vào cao điểm tháng 4/2024, có thời điểm hơn 1.200 xe container dưa hấu và thanh long ùn ứ tại các cửa khẩu tỉnh Lạng Sơn.

Theo Đề án phát triển cây ăn quả chủ lực, mục tiêu đến năm 2030 diện tích dưa hấu được cấp mã số vùng trồng chiếm ít nhất 50% tổng diện tích, kim ngạch xuất khẩu dưa hấu đạt trên 150 triệu USD. Cục Trồng trọt đề nghị các địa phương thực hiện nghiêm Thông tư số 21/2024/TT-BNNPTNT về quản lý mã số vùng trồng.

Cục Trồng trọt - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3823.4651
"""

Y24 = Y(2024)
Y24_I = Y(2024, inherited=True)
CANAM = P("cả năm", "2024-01-01", "2024-12-31")
T2030 = P("đến năm 2030", None, "2030-12-31")
DT = "diện tích dưa hấu"
KN = "kim ngạch xuất khẩu dưa hấu"
FIGS = [
    F("năm 2024 ước đạt 72,5 triệu USD", "72,5", 72.5e6, "money", "USD", KN, Y24, status="estimate"),
    F("khoảng 52.800 ha", "52.800", 52800, "measure", "ha", "diện tích dưa hấu cả nước", Y24, approx="about"),
    F("1,35 triệu tấn", "1,35", 1.35e6, "measure", "tấn", "sản lượng dưa hấu", Y24,
      change=C("+", 4.2, "%", "năm 2023"), status="estimate"),
    F("Long An (5.600 ha)", "5.600", 5600, "measure", "ha", DT, Y24_I, location="Long An"),
    F("Quảng Ngãi (4.300 ha)", "4.300", 4300, "measure", "ha", DT, Y24_I, location="Quảng Ngãi"),
    F("Gia Lai (3.900 ha)", "3.900", 3900, "measure", "ha", DT, Y24_I, location="Gia Lai"),
    F("Tiền Giang (3.200 ha)", "3.200", 3200, "measure", "ha", DT, Y24_I, location="Tiền Giang"),
    F("cả năm ước đạt 72,5 triệu USD", "72,5", 72.5e6, "money", "USD", KN, CANAM,
      change=C("+", 18.6, "%", "năm 2023"), status="estimate"),
    F("khoảng 68,9 triệu USD", "68,9", 68.9e6, "money", "USD", "kim ngạch xuất khẩu dưa hấu sang Trung Quốc", CANAM,
      approx="about", total=72.5e6, percent=95, status="estimate"),
    F("đạt 21,3 triệu USD", "21,3", 21.3e6, "money", "USD", "kim ngạch xuất khẩu dưa hấu quý IV",
      P("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("gần 186.000 tấn", "186.000", 186000, "measure", "tấn", "khối lượng xuất khẩu chính ngạch", Y24_I,
      approx="nearly", change=C("+", 23000, "tấn", "năm 2023")),
    F("bình quân 390 USD/tấn", "390", 390, "money", "USD/tấn", "giá xuất khẩu bình quân", Y24_I,
      change=C("+", 6, "%", "năm trước")),
    F("có 436 mã số", "436", 436, "count", "mã số vùng trồng", "mã số vùng trồng dưa hấu được phía Trung Quốc chấp thuận",
      change=C("+", 58, "mã", "cuối năm 2023")),
    F("tổng diện tích 15.420 ha", "15.420", 15420, "measure", "ha", "diện tích vùng trồng dưa hấu được cấp mã số"),
    F("hơn 1.200 xe container", "1.200", 1200, "count", "xe container", "xe container dưa hấu và thanh long ùn ứ",
      P("tháng 4/2024", "2024-04-01", "2024-04-30"), approx="over", location="Lạng Sơn"),
    F("ít nhất 50%", "50", 50, "percent", "%", "diện tích dưa hấu được cấp mã số vùng trồng", T2030,
      approx="at_least", status="target"),
    F("trên 150 triệu USD", "150", 150e6, "money", "USD", KN, T2030, approx="over", status="target"),
]
NOTES = [
    "Bộ NN&PTNT site (Cục Trồng trọt): dưa hấu cả nước năm 2024 — area, output, top provinces ('lần lượt'), exports, growing-area codes, 2030 targets.",
    "National figures are Việt Nam; list items take their province as location; the trade partner Trung Quốc is not a place of the figure.",
    "The headline restates 72,5 triệu USD: both mentions are figures. 'trong đó sang Trung Quốc khoảng 68,9 triệu USD' continues the",
    "'ước đạt' clause (no verb of its own): estimate, total 72,5 triệu, share 95%. 'cả năm' = 2024. Sentences without a period phrase",
    "(the 186.000 tấn / 390 USD sentence, the top-province list) inherit năm 2024. The container jam is located at Lạng Sơn's border gates.",
    "Distractors: Lượt xem: 1.204, Thông tư số 21/2024/TT-BNNPTNT, Số 2 Ngọc Hà, phone 024.3823.4651.",
]
write(4, TEXT, FIGS, NOTES, published="2025-01-16", location="Việt Nam")
