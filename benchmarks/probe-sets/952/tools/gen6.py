"""p952-6: national newspaper — quế Ngọc of Thường Xuân (Thanh Hóa): prices, area, a new essential-oil plant, targets, national exports."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh > Hàng hóa
Chủ nhật, 16/6/2024, 07:40 (GMT+7)

Quế Ngọc Thường Xuân giá gấp 6 lần quế thường

Vỏ quế Ngọc ở huyện miền núi Thường Xuân (Thanh Hóa) được thương lái thu mua 250.000-300.000 đồng một kg, trong khi quế thường chỉ khoảng 45.000 đồng.

Theo UBND huyện Thường Xuân, toàn huyện có hơn 5.800 ha quế, trong đó quế Ngọc bản địa khoảng 1.150 ha, chủ yếu ở các xã Vạn Xuân, Bát Mọt, Yên Nhân. Một cây quế Ngọc 25 năm tuổi có thể cho khoảng 100 kg vỏ. Năm 2023, huyện khai thác 1.240 tấn vỏ quế các loại, giá trị khoảng 95 tỷ đồng.

Tháng 3 vừa qua, Công ty CP Tinh dầu Xuân Thành 1 đưa vào vận hành nhà máy chưng cất tinh dầu quế tại xã Vạn Xuân với tổng vốn 68 tỷ đồng, công suất 12 tấn lá, cành quế mỗi ngày. Nhà máy thu mua lá quế với giá 2.000-2.500 đồng/kg, tạo việc làm cho 65 lao động với thu nhập bình quân 7,5 triệu đồng/người/tháng. Từ đầu năm đến nay, nhà máy đã xuất bán 9,6 tấn tinh dầu, doanh thu gần 11 tỷ đồng.

Ông Lê Văn Tư, Giám đốc công ty, cho biết năm 2025 nhà máy dự kiến nâng công suất lên 20 tấn nguyên liệu/ngày.

Thanh Hóa đặt mục tiêu đến năm 2030 có 10.000 ha quế, trong đó 3.000 ha quế Ngọc.

Theo Bộ Công Thương, 5 tháng đầu năm 2024, cả nước xuất khẩu 41.300 tấn quế, trị giá 112 triệu USD, tăng 6,5% so với cùng kỳ.

Lê Hoàng
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-16")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
T30 = P("đến năm 2030", end="2030-12-31")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")

FIGS = [
    F("gấp 6 lần", "6", 6, "multiple", "lần", "giá quế Ngọc so với quế thường"),
    F("250.000-300.000", "250.000", 250000, "money", "đồng/kg", "giá thu mua vỏ quế Ngọc", value_max=300000),
    F("khoảng 45.000 đồng", "45.000", 45000, "money", "đồng/kg", "giá quế thường", approx="about"),
    F("hơn 5.800 ha", "5.800", 5800, "measure", "ha", "diện tích quế", approx="over"),
    F("khoảng 1.150 ha", "1.150", 1150, "measure", "ha", "diện tích quế Ngọc bản địa", approx="about", total=5800),
    F("25 năm tuổi", "25", 25, "measure", "năm", "tuổi cây quế Ngọc", optional=True),
    F("khoảng 100 kg", "100", 100, "measure", "kg", "vỏ một cây quế Ngọc cho", approx="about", optional=True),
    F("khai thác 1.240 tấn", "1.240", 1240, "measure", "tấn", "vỏ quế các loại khai thác", Y23),
    F("khoảng 95 tỷ đồng", "95", 95e9, "money", "đồng", "giá trị vỏ quế khai thác", Y23, approx="about"),
    F("tổng vốn 68 tỷ đồng", "68", 68e9, "money", "đồng", "tổng vốn nhà máy chưng cất tinh dầu quế"),
    F("công suất 12 tấn", "12", 12, "measure", "tấn/ngày", "công suất nhà máy chưng cất tinh dầu quế"),
    F("giá 2.000-2.500", "2.000", 2000, "money", "đồng/kg", "giá thu mua lá quế", value_max=2500),
    F("cho 65 lao động", "65", 65, "count", "lao động", "lao động có việc làm tại nhà máy"),
    F("bình quân 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động"),
    F("xuất bán 9,6 tấn", "9,6", 9.6, "measure", "tấn", "tinh dầu quế xuất bán", YTD),
    F("gần 11 tỷ đồng", "11", 11e9, "money", "đồng", "doanh thu tinh dầu quế", YTD, approx="nearly"),
    F("lên 20 tấn", "20", 20, "measure", "tấn/ngày", "công suất nhà máy", Y25, status="forecast"),
    F("có 10.000 ha quế", "10.000", 10000, "measure", "ha", "diện tích quế", T30, status="target", location="Thanh Hóa"),
    F("đó 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích quế Ngọc", T30, status="target", total=10000,
      location="Thanh Hóa"),
    F("khẩu 41.300 tấn", "41.300", 41300, "measure", "tấn", "lượng quế xuất khẩu", M5, location="Việt Nam"),
    F("trị giá 112 triệu USD", "112", 112e6, "money", "USD", "trị giá xuất khẩu quế", M5, location="Việt Nam",
      change=C("increase", 6.5, "%", "cùng kỳ")),
]

NOTES = [
    "National newspaper: quế Ngọc of huyện Thường Xuân (Thanh Hóa); dateline 'Chủ nhật, 16/6/2024, 07:40 (GMT+7)'; byline at the end.",
    "Not figures: 'Công ty CP Tinh dầu Xuân Thành 1', 'Ông Lê Văn Tư' (name), 'Tháng 3 vừa qua', '07:40'.",
    "Headline 'gấp 6 lần' is a multiple standing as the claim. '45.000 đồng' is per kg by ellipsis (unit đồng/kg).",
    "Optional: the example tree's specification '25 năm tuổi', 'khoảng 100 kg vỏ'. 'mỗi ngày' → unit tấn/ngày.",
    "Gold revision: 112 triệu USD subject 'kim ngạch xuất khẩu quế' → 'trị giá xuất khẩu quế' (the sentence names it 'trị giá').",
    "District figures are Thường Xuân; the provincial 2030 target is Thanh Hóa; the Bộ Công Thương export figures are Việt Nam.",
]

write("p952-6", TEXT, NOTES, FIGS, published="2024-06-16", location="Thường Xuân")
