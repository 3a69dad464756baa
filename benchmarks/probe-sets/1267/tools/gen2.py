"""p1267-2: district portal (huyện Củ Chi, TP HCM): a hydroponic cooperative; district area and 2024 plan."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CỦ CHI
Trang chủ | Tin tức - Sự kiện | Kinh tế | Nông nghiệp

HTX Hòa Phú Xanh làm giàu từ rau thủy canh

22/03/2024 | 10:15

Thành lập năm 2018 tại ấp Phước Hưng, xã Phước Vĩnh An, Hợp tác xã Nông nghiệp công nghệ cao Hòa Phú Xanh hiện có 21 thành viên, canh tác 6,2 ha nhà màng, trong đó 4,5 ha trồng rau theo phương pháp thủy canh hồi lưu, phần còn lại trồng dưa lưới, cà chua bi trên giá thể xơ dừa.

Theo ông Trần Văn Lộc, Giám đốc HTX, mỗi lứa xà lách, cải ngọt chỉ mất 30-35 ngày, một năm thu hoạch 9-10 lứa. Mỗi ngày HTX cung cấp cho các chuỗi siêu thị và bếp ăn khoảng 3 tấn rau. Năm 2023, doanh thu của HTX đạt 18,7 tỷ đồng, lợi nhuận hơn 2,1 tỷ đồng, tăng 15% so với năm 2022. HTX tạo việc làm thường xuyên cho 45 lao động với thu nhập từ 8 đến 9 triệu đồng/người/tháng.

Hiện toàn huyện có 162 ha rau ứng dụng công nghệ cao, trong đó khoảng 38 ha thủy canh và trồng trên giá thể, tập trung tại các xã Phước Vĩnh An, Tân Thông Hội, Tân Phú Trung. Năm 2024, huyện phấn đấu nâng diện tích rau thủy canh, giá thể lên 45 ha; dự kiến hỗ trợ lãi vay cho hơn ba chục hộ dân chuyển đổi từ trồng rau truyền thống.

Nguồn: Phòng Kinh tế huyện

Tin khác:
- Xã Tân Thông Hội ra mắt tổ hợp tác rau an toàn số 5
- Củ Chi: Hội nghị sơ kết Chương trình mục tiêu quốc gia xây dựng nông thôn mới

ỦY BAN NHÂN DÂN HUYỆN CỦ CHI
Địa chỉ: 77 Tỉnh lộ 8, khu phố 1, thị trấn Củ Chi, TP Hồ Chí Minh
Điện thoại: (028) 3892 0420
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 21 thành viên", "21", 21, "count", "thành viên", subject="thành viên hợp tác xã"),
    fig("tác 6,2 ha", "6,2", 6.2, "measure", "ha", subject="diện tích nhà màng hợp tác xã canh tác"),
    fig("trong đó 4,5 ha", "4,5", 4.5, "measure", "ha", total=6.2,
        subject="diện tích trồng rau theo phương pháp thủy canh hồi lưu"),
    fig("mất 30-35 ngày", "30", 30, "measure", "ngày", value_max=35,
        subject="thời gian mỗi lứa xà lách, cải ngọt"),
    fig("thu hoạch 9-10 lứa", "9", 9, "measure", "lứa/năm", value_max=10,
        subject="lứa rau thu hoạch trong một năm"),
    fig("khoảng 3 tấn", "3", 3, "measure", "tấn/ngày", approx="about",
        subject="rau HTX cung cấp cho các chuỗi siêu thị và bếp ăn mỗi ngày"),
    fig("đạt 18,7 tỷ", "18,7", 18.7e9, "money", "đồng", subject="doanh thu của HTX", period=Y23),
    fig("hơn 2,1 tỷ", "2,1", 2.1e9, "money", "đồng", approx="over",
        change=chg("increase", 15, "%", "năm 2022"), subject="lợi nhuận của HTX", period=Y23),
    fig("cho 45 lao động", "45", 45, "count", "lao động",
        subject="lao động HTX tạo việc làm thường xuyên"),
    fig("từ 8 đến 9 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập của lao động"),
    fig("có 162 ha", "162", 162, "measure", "ha", subject="diện tích rau ứng dụng công nghệ cao"),
    fig("khoảng 38 ha", "38", 38, "measure", "ha", approx="about", total=162,
        subject="diện tích rau thủy canh và trồng trên giá thể"),
    fig("lên 45 ha", "45", 45, "measure", "ha", status="target",
        subject="diện tích rau thủy canh, giá thể", period=Y24),
    fig("hơn ba chục hộ", "ba chục", 30, "count", "hộ", approx="over", status="forecast",
        subject="hộ dân được hỗ trợ lãi vay chuyển đổi từ trồng rau truyền thống", period=Y24),
]

NOTES = [
    "revised after the first run: '9-10 lứa' (lứa/năm) kind count → measure: a rate with a denominator is a measure (FIGURES.md, Rates: 'bác sĩ/1 vạn dân' → measure).",
    "District portal (huyện Củ Chi, TP HCM): banner, menu, '22/03/2024 | 10:15' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Location Củ Chi (the district) for every figure: the cooperative is in xã Phước Vĩnh An (a commune is not a place of the spec).",
    "Founding year 'năm 2018' is a date, not a figure, and gives no period to the present-tense ('hiện') figures of that sentence.",
    "'mỗi lứa ... mất 30-35 ngày' is a duration that is itself the fact (measure, ngày). 'một năm thu hoạch 9-10 lứa': 'một năm' is the",
    "rate's denominator, not a figure (unit lứa/năm). 'Mỗi ngày ... khoảng 3 tấn' is a rate, unit tấn/ngày.",
    "'tăng 15% so với năm 2022' follows the profit: change of 'hơn 2,1 tỷ'. 'trong đó 4,5 ha', 'trong đó khoảng 38 ha' take the wholes 6,2 and 162 ha.",
    "'Năm 2024, huyện phấn đấu ... 45 ha' → target; '; dự kiến ... hơn ba chục hộ' (number word, 30, over) → forecast; both in the 'Năm 2024' sentence.",
    "Distractors: 10:15, 'ấp Phước Hưng', 'số 5', '77 Tỉnh lộ 8, khu phố 1', phone (028) 3892 0420.",
]

if __name__ == "__main__":
    write("p1267-2", TEXT, NOTES, FIGS, published="2024-03-22", location="Củ Chi")
