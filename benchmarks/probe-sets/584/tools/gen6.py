"""p584-6: huyện A Lưới district portal — ERPA payments to forest owners, commune list."""
from lib import emit, fig, period, inh, change

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN A LƯỚI
Trang chủ | Tin tức | Kinh tế
Thứ Ba, 14/05/2024 - 15:45

A Lưới chi trả gần 16 tỷ đồng tiền giảm phát thải từ rừng

Ngày 13/5, Hạt Kiểm lâm huyện phối hợp với UBND các xã tổ chức chi trả tiền giảm phát thải khí nhà kính (ERPA) đợt 2 cho các chủ rừng trên địa bàn.

Tổng số tiền chi trả đợt này là 15,86 tỷ đồng cho 52.634 ha rừng tự nhiên; trong đó, 38 cộng đồng dân cư thôn quản lý 27.410 ha, nhận 8,9 tỷ đồng; 1.215 hộ gia đình quản lý 4.380 ha, nhận 1,42 tỷ đồng; phần còn lại 20.844 ha do UBND 17 xã quản lý.

Các xã nhận tiền chi trả nhiều nhất là Hồng Thủy (1,86 tỷ đồng), A Roàng (1,52 tỷ đồng) và Hương Nguyên (1,37 tỷ đồng).

Mức chi trả bình quân năm 2024 là 301.000 đồng/ha, cao hơn 45.000 đồng/ha so với năm 2023. Cùng với khoảng 6,2 tỷ đồng tiền dịch vụ môi trường rừng mỗi năm, nguồn thu từ rừng đã giúp hơn 1.800 hộ dân có thêm thu nhập từ 4 đến 5 triệu đồng/hộ/năm.

Ông Hồ Văn Lim, Trưởng thôn Ka Nôn 2, xã Hồng Thủy, cho biết thôn được giao bảo vệ 1.120 ha rừng tại tiểu khu 345, năm nay nhận hơn 330 triệu đồng.

Theo Hạt Kiểm lâm, 4 tháng đầu năm 2024, toàn huyện xảy ra 3 vụ vi phạm lâm luật, giảm 5 vụ so với cùng kỳ. Hiện tỷ lệ che phủ rừng của huyện đạt 73,6%, cao nhất tỉnh.

Hạt Kiểm lâm A Lưới: số 8 đường Hồ Chí Minh, thị trấn A Lưới; ĐT: 0234.3878.227.
"""

Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
NOW = period("năm nay", "2024-01-01", "2024-12-31")
M4 = period("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
PAID = "tiền chi trả giảm phát thải"

FIGS = [
    fig("gần 16 tỷ đồng", "16", 16e9, "money", "đồng", "tiền giảm phát thải từ rừng chi trả", approx="nearly"),
    fig("là 15,86 tỷ đồng", "15,86", 15.86e9, "money", "đồng", "tổng số tiền chi trả đợt này"),
    fig("cho 52.634 ha", "52.634", 52634, "measure", "ha", "rừng tự nhiên được chi trả"),
    fig("38 cộng đồng", "38", 38, "count", "cộng đồng", "cộng đồng dân cư thôn được chi trả"),
    fig("quản lý 27.410 ha", "27.410", 27410, "measure", "ha", "rừng do cộng đồng dân cư thôn quản lý", total=52634),
    fig("nhận 8,9 tỷ đồng", "8,9", 8.9e9, "money", "đồng", "tiền chi trả cho cộng đồng dân cư thôn", total=15.86e9),
    fig("1.215 hộ", "1.215", 1215, "count", "hộ gia đình", "hộ gia đình được chi trả"),
    fig("quản lý 4.380 ha", "4.380", 4380, "measure", "ha", "rừng do hộ gia đình quản lý", total=52634),
    fig("nhận 1,42 tỷ đồng", "1,42", 1.42e9, "money", "đồng", "tiền chi trả cho hộ gia đình", total=15.86e9),
    fig("lại 20.844 ha", "20.844", 20844, "measure", "ha", "rừng do UBND xã quản lý", total=52634),
    fig("UBND 17 xã", "17", 17, "count", "xã", "UBND xã quản lý rừng"),
    fig("Hồng Thủy (1,86 tỷ đồng)", "1,86", 1.86e9, "money", "đồng", "tiền chi trả xã Hồng Thủy nhận"),
    fig("A Roàng (1,52 tỷ đồng)", "1,52", 1.52e9, "money", "đồng", "tiền chi trả xã A Roàng nhận"),
    fig("Hương Nguyên (1,37 tỷ đồng)", "1,37", 1.37e9, "money", "đồng", "tiền chi trả xã Hương Nguyên nhận"),
    fig("là 301.000 đồng/ha", "301.000", 301000, "money", "đồng/ha", "mức chi trả bình quân", Y24,
        change=change("increase", 45000, "đồng/ha", baseline="năm 2023")),
    fig("khoảng 6,2 tỷ đồng", "6,2", 6.2e9, "money", "đồng", "tiền dịch vụ môi trường rừng mỗi năm", approx="about"),
    fig("hơn 1.800 hộ", "1.800", 1800, "count", "hộ dân", "hộ dân có thêm thu nhập từ rừng", approx="over"),
    fig("từ 4 đến 5 triệu", "4", 4e6, "money", "đồng/hộ/năm", "thu nhập thêm từ rừng", value_max=5e6),
    fig("bảo vệ 1.120 ha", "1.120", 1120, "measure", "ha", "rừng thôn Ka Nôn 2 được giao bảo vệ"),
    fig("hơn 330 triệu đồng", "330", 330e6, "money", "đồng", "tiền chi trả thôn Ka Nôn 2 nhận", NOW, approx="over"),
    fig("xảy ra 3 vụ", "3", 3, "count", "vụ", "vụ vi phạm lâm luật", M4,
        change=change("decrease", 5, "vụ", baseline="cùng kỳ")),
    fig("đạt 73,6%", "73,6", 73.6, "percent", "%", "tỷ lệ che phủ rừng của huyện"),
]

COMMENTS = [
    "A Lưới district portal, 'Thứ Ba, 14/05/2024 - 15:45': ERPA payment round (đợt 2) to forest owners, commune list, income, violations.",
    "Distractors: 'đợt 2', 'Ngày 13/5', 'thôn Ka Nôn 2', 'tiểu khu 345', 'số 8 đường Hồ Chí Minh', phone, dateline time.",
    "The 'trong đó' parts: ha parts take 52.634 ha, money parts 15,86 tỷ (same thing before the cue); counts of owners get no total.",
    "Communes are below the spec's place levels (province, city, district): location stays the district 'A Lưới', commune named in subject.",
    "'năm nay' = 2024 (dateline). The payment round itself has no period phrase; 'Hiện … 73,6%' gets none.",
]

if __name__ == "__main__":
    emit("p584-6", TEXT, COMMENTS, FIGS, published="2024-05-14", location="A Lưới")
