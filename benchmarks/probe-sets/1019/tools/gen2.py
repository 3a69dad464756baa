"""p1019-2: district portal, huyện Yên Thành (Nghệ An): remittances from contract workers, 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH - TỈNH NGHỆ AN
Trang chủ › Tin tức - Sự kiện › Kinh tế
Thứ Sáu, 20/12/2024 - 10:05

Kiều hối - nguồn lực phát triển kinh tế nông thôn

Năm 2024, huyện Yên Thành có 1.342 lao động đi làm việc ở nước ngoài theo hợp đồng, đạt 111,8% kế hoạch. Hiện toàn huyện có khoảng 9.500 lao động đang làm việc ở nước ngoài, chủ yếu tại Nhật Bản, Hàn Quốc, Đài Loan (Trung Quốc).

Theo số liệu của các ngân hàng thương mại trên địa bàn, lượng kiều hối chuyển về huyện năm 2024 ước đạt 1.250 tỷ đồng, tăng 12% so với năm 2023, bình quân mỗi lao động gửi về khoảng 130 triệu đồng/năm. Các xã có lượng kiều hối lớn là Hợp Thành (khoảng 160 tỷ đồng), Phúc Thành (145 tỷ đồng), Mỹ Thành (120 tỷ đồng) và Lăng Thành (98 tỷ đồng). Nhiều hộ dùng tiền kiều hối xây nhà, mở xưởng mộc, trang trại chăn nuôi dọc Quốc lộ 7A.

Trên địa bàn huyện hiện có 9 chi nhánh, phòng giao dịch ngân hàng và 3 đại lý đổi ngoại tệ được Ngân hàng Nhà nước chi nhánh tỉnh cấp phép, đặt tại thị trấn Yên Thành và xã Bắc Thành. Trong năm, Công an huyện phát hiện, xử lý 2 trường hợp thu đổi ngoại tệ trái phép tại tiệm vàng, phạt tiền 40 triệu đồng, tịch thu 3.200 USD.

Thực hiện Kế hoạch số 215/KH-UBND ngày 15/3/2024 của UBND huyện, năm 2025 huyện phấn đấu đưa 1.400 lao động đi làm việc ở nước ngoài, 100% xã có điểm giao dịch ngân hàng hoặc bưu điện chi trả kiều hối.

Hồng Nhung (Trung tâm VH-TT&TT huyện)

Địa chỉ: Khối 3, thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An | Điện thoại: 0238.3863.224
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
TN = P("Trong năm", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
KH = "kiều hối chuyển về"

FIGS = [
    F("có 1.342 lao động", "1.342", 1342, "count", "lao động", "lao động đi làm việc ở nước ngoài theo hợp đồng", Y24,
      percent=111.8),
    F("khoảng 9.500 lao động", "9.500", 9500, "count", "lao động", "lao động đang làm việc ở nước ngoài", approx="about"),
    F("ước đạt 1.250 tỷ đồng", "1.250", 1250e9, "money", "đồng", "kiều hối chuyển về huyện", Y24b, status="estimate",
      change=C("increase", 12, "%", "năm 2023")),
    F("khoảng 130 triệu đồng/năm", "130", 130e6, "money", "đồng/năm", "kiều hối bình quân mỗi lao động gửi về", Y24b,
      approx="about", status="estimate"),
    F("(khoảng 160 tỷ đồng)", "160", 160e9, "money", "đồng", KH, I(Y24b), approx="about", ),
    F("(145 tỷ đồng)", "145", 145e9, "money", "đồng", KH, I(Y24b), ),
    F("(120 tỷ đồng)", "120", 120e9, "money", "đồng", KH, I(Y24b), ),
    F("(98 tỷ đồng)", "98", 98e9, "money", "đồng", KH, I(Y24b), ),
    F("có 9 chi nhánh", "9", 9, "count", "chi nhánh, phòng giao dịch ngân hàng", "chi nhánh, phòng giao dịch ngân hàng"),
    F("3 đại lý đổi ngoại tệ", "3", 3, "count", "đại lý", "đại lý đổi ngoại tệ được cấp phép"),
    F("xử lý 2 trường hợp", "2", 2, "count", "trường hợp", "trường hợp thu đổi ngoại tệ trái phép tại tiệm vàng", TN),
    F("phạt tiền 40 triệu đồng", "40", 40e6, "money", "đồng", "tiền phạt thu đổi ngoại tệ trái phép", TN),
    F("tịch thu 3.200 USD", "3.200", 3200, "money", "USD", "ngoại tệ bị tịch thu", TN),
    F("đưa 1.400 lao động", "1.400", 1400, "count", "lao động", "lao động đi làm việc ở nước ngoài", Y25, status="target"),
    F("100% xã", "100", 100, "percent", "%", "xã có điểm giao dịch ngân hàng hoặc bưu điện chi trả kiều hối", Y25,
      status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Yên Thành (Nghệ An): lao động ngoài nước, kiều hối 2024 theo xã, đại lý đổi ngoại tệ, xử lý vi phạm, mục tiêu 2025.",
    "Location is the district (Yên Thành), also for the commune list items (FIGURES.md: province, city or district).",
    "revised: commune items Hợp Thành, Phúc Thành, Mỹ Thành, Lăng Thành now take location Yên Thành (the field is province/city/district level).",
    "'Hiện ...' sentences get no period. 'Trong năm' takes 2024 from the earlier 'Năm 2024'. 'đạt 111,8% kế hoạch' = percent.",
    "'bình quân ... khoảng 130 triệu đồng/năm' continues the 'ước đạt' clause (comma): estimate.",
    "Distractors: Quốc lộ 7A, Kế hoạch số 215/KH-UBND ngày 15/3/2024, Khối 3, phone, dateline.",
]

if __name__ == "__main__":
    write("p1019-2", TEXT, FIGS, NOTES, published="2024-12-20", location="Yên Thành")
