"""p1248-6: national newspaper: a biomass-maize silage business in Đơn Dương (Lâm Đồng)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ năm, 14/11/2024, 07:30 (GMT+7)

Thu hơn hai chục tỷ đồng mỗi năm từ ngô ủ chua

Từ 3 ha ngô thuê năm 2016, anh Nguyễn Hữu Tài ở huyện Đơn Dương, Lâm Đồng nay có vùng nguyên liệu 150 ha, mỗi năm bán hơn 12.000 tấn ngô ủ chua cho các trại bò sữa.

Cơ sở của anh Tài đặt tại thôn Lạc Xuân 2, xã Lạc Xuân, có 4 hầm ủ bê tông, mỗi hầm chứa khoảng 800 tấn. Ngoài 40 ha tự trồng, anh liên kết với 68 hộ dân để bao tiêu 110 ha còn lại. Mỗi ha ngô sinh khối cho năng suất 45-55 tấn, thu hoạch sau 75-80 ngày.

"Ngô ủ chua bán tại trại giá 1.900-2.100 đồng/kg, lãi chừng 300 đồng/kg", anh Tài nói. Năm 2023, doanh thu của cơ sở đạt khoảng 24 tỷ đồng, lợi nhuận sau chi phí hơn 3 tỷ đồng. Cơ sở có 15 lao động thường xuyên, mùa vụ thuê thêm không dưới 30 người.

Theo Sở Nông nghiệp và Phát triển nông thôn Lâm Đồng, toàn tỉnh có khoảng 7.600 ha cỏ và ngô sinh khối, đàn bò sữa hơn 25.000 con, đứng thứ ba cả nước. 10 tháng năm nay, tỉnh đã cung ứng cho thị trường khoảng 96.000 tấn sữa tươi, tăng 3,5% so với cùng kỳ.

Anh Tài dự kiến năm 2025 mở rộng vùng nguyên liệu lên 200 ha và đầu tư dây chuyền đóng kiện ngô ủ chua loại 500 kg/kiện để bán đi các tỉnh Tây Nguyên.

Phong Sơn

Chia sẻ | Bình luận (12)
Xem thêm: Giá sữa tươi nguyên liệu tăng lần thứ hai trong năm
"""

Y16 = per("năm 2016", "2016-01-01", "2016-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M10 = per("10 tháng năm nay", "2024-01-01", "2024-10-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
DD, LD = "Đơn Dương", "Lâm Đồng"

FIGS = [
    fig("hơn hai chục tỷ", "hai chục", 20e9, "money", "đồng/năm", approx="over",
        subject="doanh thu từ ngô ủ chua"),
    fig("Từ 3 ha", "3", 3, "measure", "ha", subject="diện tích ngô thuê ban đầu", period=Y16),
    fig("liệu 150 ha", "150", 150, "measure", "ha", subject="vùng nguyên liệu"),
    fig("hơn 12.000 tấn", "12.000", 12000, "measure", "tấn/năm", approx="over",
        subject="ngô ủ chua bán cho các trại bò sữa"),
    fig("có 4 hầm", "4", 4, "count", "hầm ủ", subject="hầm ủ bê tông"),
    fig("khoảng 800 tấn", "800", 800, "measure", "tấn", approx="about", subject="sức chứa mỗi hầm"),
    fig("Ngoài 40 ha", "40", 40, "measure", "ha", subject="diện tích ngô tự trồng"),
    fig("với 68 hộ", "68", 68, "count", "hộ", subject="hộ dân liên kết"),
    fig("bao tiêu 110 ha", "110", 110, "measure", "ha", subject="diện tích bao tiêu"),
    fig("suất 45-55 tấn", "45", 45, "measure", "tấn/ha", value_max=55, subject="năng suất ngô sinh khối"),
    fig("sau 75-80 ngày", "75", 75, "measure", "ngày", value_max=80, subject="thời gian thu hoạch ngô sinh khối"),
    fig("giá 1.900-2.100", "1.900", 1900, "money", "đồng/kg", value_max=2100,
        subject="giá ngô ủ chua bán tại trại"),
    fig("chừng 300 đồng/kg", "300", 300, "money", "đồng/kg", approx="about", subject="lãi"),
    fig("khoảng 24 tỷ", "24", 24e9, "money", "đồng", approx="about",
        subject="doanh thu của cơ sở", period=Y23),
    fig("hơn 3 tỷ", "3", 3e9, "money", "đồng", approx="over",
        subject="lợi nhuận sau chi phí", period=Y23),
    fig("có 15 lao động", "15", 15, "count", "lao động", subject="lao động thường xuyên"),
    fig("không dưới 30 người", "30", 30, "count", "người", approx="at_least",
        subject="người thuê thêm mùa vụ"),
    fig("khoảng 7.600 ha", "7.600", 7600, "measure", "ha", approx="about",
        subject="diện tích cỏ và ngô sinh khối", location=LD),
    fig("hơn 25.000 con", "25.000", 25000, "count", "con", approx="over",
        subject="đàn bò sữa", location=LD),
    fig("đứng thứ ba", "ba", 3, "rank", "hạng", subject="đàn bò sữa", location=LD),
    fig("khoảng 96.000 tấn", "96.000", 96000, "measure", "tấn", approx="about",
        change=chg("increase", 3.5, "%", "cùng kỳ"),
        subject="sữa tươi cung ứng cho thị trường", period=M10, location=LD),
    fig("lên 200 ha", "200", 200, "measure", "ha", status="forecast",
        subject="vùng nguyên liệu", period=Y25),
    fig("500 kg/kiện", "500", 500, "measure", "kg/kiện", status="forecast",
        subject="khối lượng kiện ngô ủ chua", optional=True),
]

NOTES = [
    "National newspaper: 'Thứ năm, 14/11/2024, 07:30 (GMT+7)', headline with a number word, sapo, quote, byline, share bar, 'Xem thêm'.",
    "Distractors: '(GMT+7)', time 07:30, 'thôn Lạc Xuân 2', 'Bình luận (12)', 'lần thứ hai' in a link title.",
    "Headline 'hơn hai chục tỷ đồng mỗi năm' = over 20·10⁹ đồng/năm (number word 'hai chục' + multiplier).",
    "The business is in huyện Đơn Dương → its figures are Đơn Dương; the Sở's provincial figures are Lâm Đồng.",
    "'năm 2016' dates the first 3 ha; the present figures ('nay', 'hiện') get no period. 'mỗi năm bán hơn 12.000 tấn' → tấn/năm.",
    "'mỗi hầm chứa khoảng 800 tấn' is a capacity (tấn), 'Mỗi ha ... năng suất 45-55 tấn' a yield (tấn/ha).",
    "'thu hoạch sau 75-80 ngày' is the crop cycle, a fact (measure, ngày), not a period locating another figure.",
    "'không dưới 30 người' → at_least. 'đứng thứ ba cả nước' → rank 3 of Lâm Đồng. '10 tháng năm nay' takes the year of published.",
    "Optional: the bale size '500 kg/kiện' (a product spec).",
]

if __name__ == "__main__":
    write("p1248-6", TEXT, NOTES, FIGS, published="2024-11-14", location=DD)
