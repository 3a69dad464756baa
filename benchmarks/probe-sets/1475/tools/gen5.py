"""p1475-5: provincial Party newspaper (Báo Hà Tĩnh): traditional cotton fluffers in TP Hà Tĩnh."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Nghề bật bông ngày đông ở phố thị Hà Tĩnh

Thứ Ba, 26/11/2024 - 07:15

(Baohatinh.vn) - Những ngày chớm đông, tiếng bật bông lại rộn ràng trên phố Trần Phú (TP Hà Tĩnh). Dù chăn công nghiệp ngày càng phổ biến, nhiều gia đình vẫn giữ nghề làm chăn bông thủ công như một cái nghiệp.

Bà Lê Thị Hường ở số nhà 126 đường Trần Phú đã gắn bó với nghề bật bông hơn 40 năm. Mỗi năm, gia đình bà nhận đóng khoảng 400 chiếc chăn, mỗi ngày làm được tối đa 12 chiếc. Tiền công bật lại một chiếc chăn cũ từ 80.000 đến 120.000 đồng; chăn mới làm từ bông xơ loại tốt có giá 450.000-600.000 đồng/chiếc, gấp khoảng 1,5 lần chăn công nghiệp cùng cỡ.

"Năm nay bông xơ nguyên liệu giá khoảng 45.000 đồng/kg, tăng 10% so với năm ngoái, nhưng tôi vẫn giữ giá cho khách quen", bà Hường nói. Theo bà, chăn bông thủ công ấm hơn, dùng được lâu, chỉ cần bật lại sau vài năm là như mới.

Theo Phòng Kinh tế TP Hà Tĩnh, toàn thành phố hiện còn 17 hộ làm nghề bật bông, giảm 11 hộ so với năm 2015. Năm 2023, các hộ này cung cấp ra thị trường khoảng 5.600 chiếc chăn bông, doanh thu ước 2,3 tỷ đồng. Từ năm 2022 đến nay, thành phố đã hỗ trợ 6 hộ vay vốn đổi mới máy bật bông với tổng số tiền 480 triệu đồng.

Tiếng bật bông "phựt phựt" bên hiên nhà vẫn là âm thanh quen thuộc mỗi mùa đông của người dân phố thị.

Thu Hà
"""

NAYNAY = per("Năm nay", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
SINCE22 = per("Từ năm 2022 đến nay", "2022-01-01", "2024-11-26")

FIGS = [
    fig("hơn 40 năm", "40", 40, "measure", "năm", approx="over",
        subject="thời gian bà Hường gắn bó với nghề bật bông", optional=True),
    fig("khoảng 400 chiếc", "400", 400, "measure", "chiếc/năm", approx="about",
        subject="chăn gia đình bà nhận đóng mỗi năm"),
    fig("tối đa 12 chiếc", "12", 12, "measure", "chiếc/ngày", approx="at_most",
        subject="chăn làm được mỗi ngày"),
    fig("từ 80.000 đến 120.000", "80.000", 80000, "money", "đồng/chiếc", value_max=120000,
        subject="tiền công bật lại một chiếc chăn cũ"),
    fig("giá 450.000-600.000", "450.000", 450000, "money", "đồng/chiếc", value_max=600000,
        change=chg("increase", 1.5, "lần", "chăn công nghiệp cùng cỡ", approx="about"),
        subject="giá chăn mới làm từ bông xơ loại tốt"),
    fig("khoảng 45.000 đồng", "45.000", 45000, "money", "đồng/kg", approx="about",
        change=chg("increase", 10, "%", "năm ngoái"), subject="giá bông xơ nguyên liệu", period=NAYNAY),
    fig("còn 17 hộ", "17", 17, "count", "hộ", change=chg("decrease", 11, "hộ", "năm 2015"),
        subject="hộ làm nghề bật bông"),
    fig("khoảng 5.600 chiếc", "5.600", 5600, "count", "chiếc", approx="about",
        subject="chăn bông các hộ cung cấp ra thị trường", period=Y23),
    fig("ước 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", status="estimate", subject="doanh thu", period=Y23),
    fig("hỗ trợ 6 hộ", "6", 6, "count", "hộ", subject="hộ được hỗ trợ vay vốn đổi mới máy bật bông",
        period=SINCE22),
    fig("tiền 480 triệu", "480", 480e6, "money", "đồng", subject="tổng số tiền hỗ trợ vay vốn", period=SINCE22),
]

NOTES = [
    "Provincial Party newspaper (Báo Hà Tĩnh): headline, 'Thứ Ba, 26/11/2024 - 07:15', sapo with tag '(Baohatinh.vn) -',",
    "byline 'Thu Hà' at the end. Location TP Hà Tĩnh throughout (the city; same name as the province).",
    "Distractors: 07:15, 'số nhà 126 đường Trần Phú', 'vài năm' (no number), baseline years 'năm 2015', 'năm ngoái'.",
    "'hơn 40 năm' (how long she has worked the craft) is a duration as the claim: optional.",
    "'Mỗi năm … khoảng 400 chiếc' and 'mỗi ngày … tối đa 12 chiếc' are rates (chiếc/năm, chiếc/ngày); 'tối đa' → at_most.",
    "Prices are per piece (đồng/chiếc). 'gấp khoảng 1,5 lần chăn công nghiệp' is the change of the price range.",
    "'Năm nay' in a quote takes the year of the dateline (2024). 'giảm 11 hộ so với năm 2015' is the change of 17 hộ.",
    "'Từ năm 2022 đến nay' ends at the dateline 2024-11-26. 'doanh thu ước 2,3 tỷ' → estimate.",
]

if __name__ == "__main__":
    write("p1475-5", TEXT, NOTES, FIGS, published="2024-11-26", location="TP Hà Tĩnh")
