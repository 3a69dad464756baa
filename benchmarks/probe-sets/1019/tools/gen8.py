"""p1019-8: provincial newspaper online (Báo Kiên Giang, (BKG) tag): exchange agents in Phú Quốc, sales, remittances, 2024-2025."""
from lib import F, P, I, C, T, write

TEXT = """Phú Quốc có 53 đại lý đổi ngoại tệ
Cập nhật lúc 15:40, Thứ ba, 11/03/2025

(BKG) - Theo Ngân hàng Nhà nước chi nhánh tỉnh Kiên Giang, đến hết tháng 2/2025, toàn tỉnh có 68 đại lý đổi ngoại tệ, trong đó thành phố Phú Quốc có 53 đại lý, chiếm 77,9%; thành phố Rạch Giá có 9 đại lý.

Năm 2024, doanh số mua ngoại tệ của các đại lý đạt 41,3 triệu USD, gấp 1,8 lần năm 2023; doanh số bán lại cho ngân hàng đạt 40,7 triệu USD. Riêng các đại lý tại Phú Quốc mua vào 36,5 triệu USD, chiếm 88,4% tổng doanh số mua.

Theo Sở Du lịch, 2 tháng đầu năm 2025, Phú Quốc đón khoảng 230.000 lượt khách quốc tế, tăng 42% so với cùng kỳ, kéo theo nhu cầu đổi ngoại tệ tăng mạnh. Hiện nhiều đại lý tại chợ đêm Phú Quốc, đường Trần Hưng Đạo có doanh số từ 150.000 đến 200.000 USD/tháng.

Cũng trong năm 2024, kiều hối chuyển về tỉnh đạt hơn 310 triệu USD, tăng 5,1% so với năm trước. Các địa phương nhận nhiều kiều hối là Rạch Giá, Châu Thành và Giồng Riềng, lần lượt đạt 96 triệu USD, 42 triệu USD và 35 triệu USD.

Trong năm, Ngân hàng Nhà nước chi nhánh tỉnh kiểm tra 24 đại lý, phát hiện 5 đại lý vi phạm quy định về niêm yết tỷ giá, đề nghị xử phạt với số tiền 95 triệu đồng; chấm dứt hợp đồng đại lý đối với 3 đơn vị vi phạm lần thứ 2.

Năm 2025, ngành ngân hàng tỉnh phấn đấu nâng số đại lý đổi ngoại tệ tại Phú Quốc lên 65 đại lý, 100% đại lý trên địa bàn tỉnh chấp nhận thanh toán không dùng tiền mặt.

Minh Khoa
"""

ASOF = P("đến hết tháng 2/2025", None, "2025-02-28")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
M2 = P("2 tháng đầu năm 2025", "2025-01-01", "2025-02-28")
Y24c = P("Cũng trong năm 2024", "2024-01-01", "2024-12-31")
TN = P("Trong năm", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
KH = "kiều hối chuyển về"

FIGS = [
    F("Phú Quốc có 53 đại lý đổi", "53", 53, "count", "đại lý", "đại lý đổi ngoại tệ", location="Phú Quốc"),
    F("có 68 đại lý", "68", 68, "count", "đại lý", "đại lý đổi ngoại tệ", ASOF),
    F("có 53 đại lý, chiếm", "53", 53, "count", "đại lý", "đại lý đổi ngoại tệ", ASOF, total=68, percent=77.9,
      location="Phú Quốc"),
    F("có 9 đại lý", "9", 9, "count", "đại lý", "đại lý đổi ngoại tệ", ASOF, total=68, location="Rạch Giá"),
    F("đạt 41,3 triệu USD", "41,3", 41.3e6, "money", "USD", "doanh số mua ngoại tệ của các đại lý", Y24,
      change=C("increase", 1.8, "lần", "năm 2023")),
    F("đạt 40,7 triệu USD", "40,7", 40.7e6, "money", "USD", "doanh số bán lại ngoại tệ cho ngân hàng", Y24),
    F("mua vào 36,5 triệu USD", "36,5", 36.5e6, "money", "USD", "doanh số mua ngoại tệ của các đại lý tại Phú Quốc",
      I(Y24), percent=88.4, location="Phú Quốc"),
    F("khoảng 230.000 lượt khách", "230.000", 230000, "count", "lượt khách quốc tế", "lượt khách quốc tế đến Phú Quốc", M2,
      approx="about", change=C("increase", 42, "%", "cùng kỳ"), location="Phú Quốc"),
    F("từ 150.000 đến 200.000 USD/tháng", "150.000", 150000, "money", "USD/tháng", "doanh số của nhiều đại lý",
      value_max=200000, location="Phú Quốc"),
    F("đạt hơn 310 triệu USD", "310", 310e6, "money", "USD", "kiều hối chuyển về tỉnh", Y24c, approx="over",
      change=C("increase", 5.1, "%", "năm trước")),
    F("lần lượt đạt 96 triệu USD", "96", 96e6, "money", "USD", KH, I(Y24c), location="Rạch Giá"),
    F("42 triệu USD", "42", 42e6, "money", "USD", KH, I(Y24c), location="Châu Thành"),
    F("35 triệu USD", "35", 35e6, "money", "USD", KH, I(Y24c), location="Giồng Riềng"),
    F("kiểm tra 24 đại lý", "24", 24, "count", "đại lý", "đại lý được kiểm tra", TN),
    F("phát hiện 5 đại lý", "5", 5, "count", "đại lý", "đại lý vi phạm quy định về niêm yết tỷ giá", TN),
    F("tiền 95 triệu đồng", "95", 95e6, "money", "đồng", "số tiền đề nghị xử phạt", TN),
    F("đối với 3 đơn vị", "3", 3, "count", "đơn vị", "đơn vị bị chấm dứt hợp đồng đại lý", TN),
    F("lên 65 đại lý", "65", 65, "count", "đại lý", "đại lý đổi ngoại tệ tại Phú Quốc", Y25, status="target",
      location="Phú Quốc"),
    F("100% đại lý", "100", 100, "percent", "%", "đại lý chấp nhận thanh toán không dùng tiền mặt", Y25, status="target"),
]

NOTES = [
    "Báo Kiên Giang online ('(BKG) -' tag, 'Cập nhật lúc 15:40, Thứ ba, 11/03/2025'): đại lý đổi ngoại tệ (Phú Quốc), doanh số, khách quốc tế, kiều hối, kiểm tra.",
    "Headline figure 53 (Phú Quốc, no period). 'đến hết tháng 2/2025' = as of 2025-02-28; parts after 'trong đó' take 68 as total.",
    "'gấp 1,8 lần năm 2023' after an amount = change (increase, 1,8 lần, baseline năm 2023), like 'tăng hơn 2,8 lần'.",
    "'Riêng ... chiếm 88,4% tổng doanh số mua': percent attribute, no total (no part cue). 'Hiện ...' range: no period.",
    "'Trong năm' takes 2024 (nearest earlier period 'Cũng trong năm 2024'). 'lần thứ 2' is an ordinal.",
]

if __name__ == "__main__":
    write("p1019-8", TEXT, FIGS, NOTES, published="2025-03-11", location="Kiên Giang")
