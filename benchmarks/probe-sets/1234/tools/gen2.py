"""p1234-2: district portal (thị xã Tịnh Biên, An Giang), Núi Cấm cable car, first 2 months of 2025."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ TỊNH BIÊN
Trang chủ / Tin tức / Kinh tế - Du lịch

Cáp treo núi Cấm đón hơn 268.000 lượt khách trong 2 tháng đầu năm

06/03/2025 | 15:40

Theo UBND thị xã Tịnh Biên, 2 tháng đầu năm 2025, Khu du lịch núi Cấm đón 612.000 lượt khách, tăng 9,5% so với cùng kỳ; trong đó khách đi cáp treo 268.300 lượt. Riêng dịp Tết Nguyên đán Ất Tỵ, cáp treo phục vụ hơn 74.000 lượt khách, ngày cao điểm mùng 4 Tết đạt 12.500 lượt.

Tuyến cáp treo núi Cấm dài gần 3.500 m, có 86 cabin, mỗi cabin chở 8 khách. Giá vé khứ hồi người lớn là 250.000 đồng, trẻ em 150.000 đồng; người từ 60 tuổi trở lên được giảm 50% giá vé.

Để phục vụ du khách, thị xã bố trí 120 cán bộ, đoàn viên chia thành 6 tổ trực tại chân núi và các ga cáp treo, cùng một trạm y tế dã chiến; mở thêm hai bãi giữ xe trên Tỉnh lộ 948 với 700 chỗ đậu ô tô.

Tại xã An Hảo, Hợp tác xã Dịch vụ du lịch Núi Cấm có 46 thành viên, chuyên bán đặc sản thốt nốt, rau rừng cho khách tham quan. Mỗi tháng hợp tác xã tiêu thụ khoảng 3 tấn nông sản; thu nhập của thành viên từ 6 đến 8 triệu đồng/người/tháng, cao gấp đôi so với làm ruộng.

Năm 2025, thị xã phấn đấu đón 2,8 triệu lượt khách, doanh thu du lịch đạt 1.400 tỷ đồng, tăng 12% so với năm 2024.

Hoàng Yến - Trung tâm VH-TT-TT thị xã Tịnh Biên
"""

TWO = P("2 tháng đầu năm 2025", "2025-01-01", "2025-02-28")
HEAD = P("trong 2 tháng đầu năm", "2025-01-01", "2025-02-28")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 268.000 lượt", "268.000", 268000, "count", "lượt khách", approx="over",
      subject="lượt khách đi cáp treo núi Cấm", period=HEAD),
    F("đón 612.000 lượt", "612.000", 612000, "count", "lượt khách",
      change=C("increase", 9.5, "%", "cùng kỳ"),
      subject="lượt khách Khu du lịch núi Cấm đón", period=TWO),
    F("cáp treo 268.300 lượt", "268.300", 268300, "count", "lượt", total=612000,
      subject="khách đi cáp treo", period=TWO),
    F("hơn 74.000 lượt", "74.000", 74000, "count", "lượt khách", approx="over",
      subject="lượt khách cáp treo phục vụ dịp Tết Nguyên đán"),
    F("đạt 12.500 lượt", "12.500", 12500, "count", "lượt",
      subject="lượt khách đi cáp treo ngày cao điểm"),
    F("gần 3.500 m", "3.500", 3500, "measure", "m", approx="nearly",
      subject="chiều dài tuyến cáp treo núi Cấm"),
    F("có 86 cabin", "86", 86, "count", "cabin", subject="cabin tuyến cáp treo núi Cấm"),
    F("chở 8 khách", "8", 8, "measure", "khách/cabin", subject="số khách mỗi cabin chở"),
    F("là 250.000 đồng", "250.000", 250000, "money", "đồng", subject="giá vé khứ hồi người lớn"),
    F("em 150.000 đồng", "150.000", 150000, "money", "đồng", subject="giá vé khứ hồi trẻ em"),
    F("từ 60 tuổi", "60", 60, "measure", "tuổi", approx="at_least", optional=True,
      subject="tuổi được giảm giá vé"),
    F("giảm 50%", "50", 50, "percent", "%", subject="mức giảm giá vé cho người từ 60 tuổi trở lên"),
    F("bố trí 120 cán bộ", "120", 120, "count", "cán bộ, đoàn viên",
      subject="cán bộ, đoàn viên bố trí phục vụ du khách"),
    F("thành 6 tổ", "6", 6, "count", "tổ", subject="tổ trực tại chân núi và các ga cáp treo"),
    F("một trạm", "một", 1, "count", "trạm y tế dã chiến", subject="trạm y tế dã chiến"),
    F("hai bãi", "hai", 2, "count", "bãi giữ xe", subject="bãi giữ xe mở thêm"),
    F("700 chỗ", "700", 700, "count", "chỗ đậu ô tô", subject="chỗ đậu ô tô của bãi giữ xe mở thêm"),
    F("có 46 thành viên", "46", 46, "count", "thành viên",
      subject="thành viên Hợp tác xã Dịch vụ du lịch Núi Cấm"),
    F("khoảng 3 tấn", "3", 3, "measure", "tấn", approx="about",
      subject="nông sản hợp tác xã tiêu thụ mỗi tháng"),
    F("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=8e6,
      change=C("increase", 2, "lần", "làm ruộng"),
      subject="thu nhập của thành viên hợp tác xã"),
    F("đón 2,8 triệu", "2,8", 2800000, "count", "lượt khách", status="target",
      subject="lượt khách thị xã đón", period=Y25),
    F("đạt 1.400 tỷ", "1.400", 1400e9, "money", "đồng", status="target",
      change=C("increase", 12, "%", "năm 2024"), subject="doanh thu du lịch", period=Y25),
]

NOTES = [
    "District portal (thị xã Tịnh Biên, An Giang): Núi Cấm cable car, first two months of 2025; date line '06/03/2025 | 15:40', byline at the end.",
    "Every figure describes the district (the cooperative's commune xã An Hảo lies in it): default location Tịnh Biên.",
    "Distractors: time 15:40, 'mùng 4 Tết' (a date), 'Ất Tỵ', 'Tỉnh lộ 948', 'VH-TT-TT'. 'từ 60 tuổi trở lên' defines a ticket class (optional).",
    "'cao gấp đôi so với làm ruộng' is the change (×2) of the income range. 'dịp Tết Nguyên đán' and 'ngày cao điểm' give no dated period.",
    "The headline's year-less 'trong 2 tháng đầu năm' takes the year of the dateline (2025); the part 268.300 has the whole 612.000 (trong đó).",
]

if __name__ == "__main__":
    write("p1234-2", TEXT, NOTES, FIGS, published="2025-03-06", location="Tịnh Biên")
