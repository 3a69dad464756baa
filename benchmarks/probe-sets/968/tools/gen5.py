"""p968-5: Báo Lai Châu (Party newspaper), Sìn Hồ moves from free-roaming to penned black pigs, 2025."""
from lib import F, change, period, write

TEXT = """
BÁO LAI CHÂU
Kinh tế

Sìn Hồ: Chuyển đổi tập quán nuôi lợn thả rông

Những năm gần đây, tập quán thả rông lợn đen của đồng bào Mông, Dao ở huyện Sìn Hồ đã thay đổi rõ rệt. Năm 2024, toàn huyện có 3.420 hộ chuyển sang nuôi nhốt hoặc bán chăn thả có chuồng trại, gấp gần 3 lần so với năm 2020; số hộ còn thả rông giảm còn 612 hộ, chiếm 8,6% số hộ nuôi lợn. Theo Phòng Nông nghiệp và PTNT huyện, 19/22 xã, thị trấn đã đưa nội dung không thả rông gia súc vào hương ước, quy ước của bản.

Tổng đàn lợn của huyện hiện có 28.750 con, trong đó lợn đen bản địa 16.300 con. Nhờ nuôi nhốt, tỷ lệ hao hụt do dịch bệnh và thất lạc đã giảm từ 15-20% xuống dưới 5%. Bình quân mỗi hộ nuôi nhốt có thu nhập từ lợn khoảng 25 triệu đồng/năm.

Tại xã Tả Phìn, Hợp tác xã Nông nghiệp Tả Phìn đang nuôi 350 con lợn đen, mỗi năm xuất bán khoảng 18 tấn lợn hơi, doanh thu gần 1,9 tỷ đồng. Ông Vàng A Páo, Giám đốc HTX, cho biết giá lợn đen hơi năm nay khoảng 100.000 đồng/kg, cao hơn năm ngoái 8.000 đồng/kg. Tại Hội thi lợn đen bản địa lần thứ 3 của huyện, đàn lợn của HTX đoạt giải Nhất.

Huyện đặt mục tiêu đến năm 2026 không còn hộ nuôi lợn thả rông, 100% chuồng trại được làm cách xa nhà ở. Năm 2025, huyện dự kiến hỗ trợ làm mới 450 chuồng trại với mức 3 triệu đồng/chuồng theo Nghị quyết số 08/2024/NQ-HĐND của HĐND tỉnh.

MINH HẰNG
18/3/2025
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 3.420 hộ", "3.420", 3420, "count", "hộ", "hộ chuyển sang nuôi nhốt hoặc bán chăn thả có chuồng trại", Y24,
      change=change("increase", 3, "lần", approx="nearly", baseline="năm 2020")),
    F("còn 612 hộ", "612", 612, "count", "hộ", "hộ còn thả rông", Y24, percent=8.6),
    F("19/22 xã, thị trấn", "19", 19, "count", "xã, thị trấn",
      "xã, thị trấn đưa nội dung không thả rông gia súc vào hương ước, quy ước", total=22),
    F("hiện có 28.750 con", "28.750", 28750, "count", "con", "tổng đàn lợn của huyện"),
    F("lợn đen bản địa 16.300 con", "16.300", 16300, "count", "con", "lợn đen bản địa", total=28750),
    F("từ 15-20%", "15", 15, "percent", "%", "tỷ lệ hao hụt do dịch bệnh và thất lạc trước khi nuôi nhốt",
      value_max=20),
    F("dưới 5%", "5", 5, "percent", "%", "tỷ lệ hao hụt do dịch bệnh và thất lạc", approx="under"),
    F("khoảng 25 triệu đồng/năm", "25", 25_000_000, "money", "đồng/năm", "thu nhập từ lợn bình quân mỗi hộ nuôi nhốt",
      approx="about"),
    F("nuôi 350 con", "350", 350, "count", "con", "lợn đen Hợp tác xã Nông nghiệp Tả Phìn đang nuôi"),
    F("khoảng 18 tấn", "18", 18, "measure", "tấn", "lợn hơi xuất bán mỗi năm", approx="about"),
    F("gần 1,9 tỷ đồng", "1,9", 1_900_000_000, "money", "đồng", "doanh thu của hợp tác xã", approx="nearly"),
    F("khoảng 100.000 đồng/kg", "100.000", 100000, "money", "đồng/kg", "giá lợn đen hơi",
      period("năm nay", "2025-01-01", "2025-12-31"), approx="about",
      change=change("increase", 8000, "đồng/kg", baseline="năm ngoái")),
    F("100% chuồng trại", "100", 100, "percent", "%", "chuồng trại được làm cách xa nhà ở",
      period("đến năm 2026", None, "2026-12-31"), status="target"),
    F("làm mới 450 chuồng trại", "450", 450, "count", "chuồng trại", "chuồng trại hỗ trợ làm mới", Y25,
      status="forecast"),
    F("mức 3 triệu đồng/chuồng", "3", 3_000_000, "money", "đồng/chuồng", "mức hỗ trợ làm mới chuồng trại", Y25,
      status="forecast"),
]

NOTES = [
    "Báo Lai Châu: Sìn Hồ chuyển đổi tập quán nuôi lợn thả rông; byline 'MINH HẰNG' and bare date '18/3/2025' at the end = published.",
    "Location is the district Sìn Hồ (Tả Phìn lies in it). 'gấp gần 3 lần so với năm 2020' after the count is its change (lần).",
    "'giảm từ 15-20% xuống dưới 5%' states two levels, both figures (no change object). 'năm nay' = 2025 (published).",
    "'lần thứ 3', 'giải Nhất', 'Nghị quyết số 08/2024/NQ-HĐND' are not figures; 'không còn hộ' is no number.",
]

if __name__ == "__main__":
    write(5, TEXT, NOTES, FIGS, published="2025-03-18", location="Sìn Hồ")
