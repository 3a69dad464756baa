"""p1009-5: Party/provincial newspaper (Báo Bình Định), bánh tráng nước dừa Tam Quan (Hoài Nhơn), Tết 2025."""
from lib import F, P, INH, C, T, write

TEXT = """Bánh tráng nước dừa Tam Quan vào mùa Tết

Những ngày cận Tết Nguyên đán Ất Tỵ 2025, các lò bánh tráng nước dừa ở phường Tam Quan, Tam Quan Bắc (thị xã Hoài Nhơn) đỏ lửa từ 3 giờ sáng để kịp giao hàng cho thương lái đi Quảng Ngãi, Gia Lai và TP Hồ Chí Minh.

Theo UBND thị xã Hoài Nhơn, hiện địa phương có 214 cơ sở, hộ làm bánh tráng nước dừa, tăng 26 cơ sở so với năm 2020, giải quyết việc làm cho khoảng 1.100 lao động. Năm 2024, các cơ sở sản xuất hơn 1.650 tấn bánh, doanh thu ước khoảng 115 tỷ đồng. Vào mùa Tết, sản lượng thường tăng 30-40% so với các tháng bình thường.

Ông Nguyễn Văn Tám (khu phố 7, phường Tam Quan Bắc), chủ một lò bánh có thâm niên hơn 30 năm, cho biết: "Gia đình tôi mỗi ngày tráng khoảng 2.500 chiếc bánh, bán tại lò 3.000-3.500 đồng/chiếc. Trừ chi phí, mỗi tháng lãi 15-18 triệu đồng". Mỗi lò cần 4-6 lao động, tiền công 250.000 đồng/người/ngày.

Hiện bánh tráng nước dừa Tam Quan có 9 sản phẩm đạt chuẩn OCOP. Tuy vậy, nước thải từ khâu ngâm, xay gạo của các lò khoảng 95 m3/ngày, nhiều nơi xả thẳng ra mương thoát nước. Thị xã đang đầu tư 2,3 tỷ đồng xây dựng tuyến cống thu gom dài 850 m, dự kiến hoàn thành trong quý I/2025.

Mục tiêu đến năm 2025, thị xã có thêm 3 sản phẩm bánh tráng đạt chuẩn OCOP, sản lượng đạt 2.000 tấn/năm và xây dựng nhãn hiệu chứng nhận "Bánh tráng nước dừa Tam Quan".

NGỌC NHUẬN
18/01/2025
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("có 214 cơ sở", "214", 214, "count", "cơ sở", "cơ sở, hộ làm bánh tráng nước dừa",
      change=C("increase", 26, "cơ sở", "năm 2020")),
    F("khoảng 1.100 lao động", "1.100", 1100, "count", "lao động", "lao động có việc làm", approx="about"),
    F("hơn 1.650 tấn", "1.650", 1650, "measure", "tấn", "bánh các cơ sở sản xuất", approx="over", period=Y24),
    F("ước khoảng 115 tỷ đồng", "115", 115000000000, "money", "đồng", "doanh thu", approx="about",
      status="estimate", period=Y24),
    F("tăng 30-40%", "30", 30, "percent", "%", "sản lượng mùa Tết tăng so với các tháng bình thường", value_max=40),
    F("thâm niên hơn 30 năm", "30", 30, "measure", "năm", "thâm niên của lò bánh", approx="over", optional=True),
    F("khoảng 2.500 chiếc", "2.500", 2500, "count", "chiếc/ngày", "bánh gia đình ông Tám tráng mỗi ngày",
      approx="about"),
    F("3.000-3.500 đồng/chiếc", "3.000", 3000, "money", "đồng/chiếc", "giá bán bánh tại lò", value_max=3500),
    F("lãi 15-18 triệu", "15", 15000000, "money", "đồng/tháng", "lãi mỗi tháng của lò bánh", value_max=18000000),
    F("cần 4-6 lao động", "4", 4, "count", "lao động", "lao động mỗi lò", value_max=6),
    F("tiền công 250.000", "250.000", 250000, "money", "đồng/người/ngày", "tiền công lao động"),
    F("có 9 sản phẩm", "9", 9, "count", "sản phẩm", "sản phẩm bánh tráng nước dừa Tam Quan đạt chuẩn OCOP"),
    F("khoảng 95 m3/ngày", "95", 95, "measure", "m3/ngày", "nước thải từ khâu ngâm, xay gạo", approx="about"),
    F("đầu tư 2,3 tỷ đồng", "2,3", 2300000000, "money", "đồng", "vốn đầu tư xây dựng tuyến cống thu gom"),
    F("dài 850 m", "850", 850, "measure", "m", "chiều dài tuyến cống thu gom"),
    F("thêm 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm bánh tráng đạt chuẩn OCOP", status="target",
      period=T25),
    F("đạt 2.000 tấn/năm", "2.000", 2000, "measure", "tấn/năm", "sản lượng", status="target", period=T25),
]

NOTES = [
    "Báo Bình Định (Party/provincial paper): bánh tráng nước dừa Tam Quan, thị xã Hoài Nhơn; byline and bare date at end.",
    "Default location Hoài Nhơn (district-level town); Quảng Ngãi, Gia Lai, TP HCM are buyers' destinations, not places of figures.",
    "'tăng 26 cơ sở so với năm 2020' is the change of 214 cơ sở. 'tăng 30-40%' (no base amount) is a percent figure.",
    "'ước khoảng' -> estimate + about. 'quý I/2025' dates the completion of the sewer, not the 2,3 tỷ or 850 m: no period.",
    "A daily count of pieces ('mỗi ngày tráng khoảng 2.500 chiếc bánh') is a count with unit chiếc/ngày.",
    "'thâm niên hơn 30 năm' (a career length) optional. Distractors: Ất Tỵ 2025, 3 giờ sáng, khu phố 7, Nguyễn Văn Tám, date.",
]

if __name__ == "__main__":
    write("p1009-5", TEXT, FIGS, published="2025-01-18", location="Hoài Nhơn", notes=NOTES)
