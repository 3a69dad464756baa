"""p1281-5: Party newspaper (Báo Bạc Liêu, tag '(BL) -'): a shrimp farmer in Hòa Bình cuts feed use; province feed demand and prices."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẠC LIÊU
Trang chủ | Chính trị | Kinh tế | Xã hội | Bạn đọc

Giảm chi phí thức ăn, người nuôi tôm vẫn có lãi

Kinh tế | 09/12/2024 07:15

(BL) - Thức ăn chiếm hơn 60% chi phí nuôi tôm siêu thâm canh. Bằng cách cho ăn đúng sức ăn của tôm, nhiều hộ ở huyện Hòa Bình đã giảm lượng thức ăn, tiết kiệm hàng chục triệu đồng mỗi vụ.

Ông Trần Văn Lũy, ngụ xã Vĩnh Hậu A, huyện Hòa Bình, nuôi 4 ao tôm thẻ chân trắng với tổng diện tích 1,2 ha. Năm 2023, ông đầu tư 2 máy cho ăn tự động, giá mỗi máy 18 triệu đồng. Nhờ cho ăn đúng lượng, mỗi ao 3.000 m2 giảm lượng thức ăn từ khoảng 5 tấn xuống còn 4,2 tấn mỗi vụ. "Với giá thức ăn hiện nay, mỗi vụ tôi bớt được hơn 100 triệu đồng tiền thức ăn" - ông Lũy cho biết.

Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2024 toàn tỉnh thả nuôi 148.600 ha tôm, trong đó tôm siêu thâm canh 2.950 ha với năng suất bình quân 32 tấn/ha; nhu cầu thức ăn công nghiệp ước trên 310.000 tấn. Giá thức ăn tôm thẻ hiện phổ biến 32.000-36.000 đồng/kg, tăng khoảng 8% so với đầu năm, trong khi giá tôm thẻ cỡ 100 con/kg chỉ còn 85.000-90.000 đồng/kg, giảm 15-20%.

Ông Nguyễn Hoàng Phúc, Giám đốc Công ty TNHH Thức ăn Thủy sản Cửu Long Xanh (Khu công nghiệp Trà Kha), cho biết năm nay công ty đã hỗ trợ hơn 1.200 hộ nuôi mua thức ăn trả chậm, tổng dư nợ khoảng 95 tỷ đồng; dự kiến năm 2025 nâng số hộ được hỗ trợ lên 1.500 hộ.

HOÀNG YẾN
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
HB = "Hòa Bình"

FIGS = [
    fig("hơn 60%", "60", 60, "percent", "%", approx="over",
        subject="thức ăn trong chi phí nuôi tôm siêu thâm canh"),
    fig("hàng chục triệu", "chục", 10e6, "money", "đồng/vụ", approx="about",
        subject="tiền các hộ tiết kiệm mỗi vụ", location=HB, optional=True),
    fig("nuôi 4 ao", "4", 4, "count", "ao", subject="ao tôm thẻ chân trắng ông Lũy nuôi", location=HB),
    fig("diện tích 1,2 ha", "1,2", 1.2, "measure", "ha", subject="tổng diện tích ao nuôi", location=HB),
    fig("đầu tư 2 máy", "2", 2, "count", "máy", subject="máy cho ăn tự động ông đầu tư", period=Y23,
        location=HB),
    fig("máy 18 triệu", "18", 18e6, "money", "đồng/máy", subject="giá máy cho ăn tự động", period=Y23,
        location=HB),
    fig("ao 3.000 m2", "3.000", 3000, "measure", "m2", subject="diện tích mỗi ao", location=HB),
    fig("khoảng 5 tấn", "5", 5, "measure", "tấn/vụ", approx="about",
        subject="lượng thức ăn mỗi ao trước đây", location=HB),
    fig("còn 4,2 tấn", "4,2", 4.2, "measure", "tấn/vụ", subject="lượng thức ăn mỗi ao", location=HB),
    fig("hơn 100 triệu", "100", 100e6, "money", "đồng/vụ", approx="over",
        subject="tiền thức ăn bớt được mỗi vụ", location=HB),
    fig("nuôi 148.600 ha", "148.600", 148600, "measure", "ha", subject="diện tích thả nuôi tôm", period=Y24),
    fig("thâm canh 2.950 ha", "2.950", 2950, "measure", "ha", total=148600,
        subject="diện tích tôm siêu thâm canh", period=Y24),
    fig("32 tấn/ha", "32", 32, "measure", "tấn/ha", subject="năng suất bình quân tôm siêu thâm canh",
        period=Y24),
    fig("trên 310.000 tấn", "310.000", 310000, "measure", "tấn", approx="over", status="estimate",
        subject="nhu cầu thức ăn công nghiệp", period=Y24),
    fig("phổ biến 32.000-36.000", "32.000", 32000, "money", "đồng/kg", value_max=36000,
        change=chg("increase", 8, "%", "đầu năm", approx="about"), subject="giá thức ăn tôm thẻ"),
    fig("cỡ 100 con/kg", "100", 100, "measure", "con/kg", subject="cỡ tôm thẻ", optional=True),
    fig("còn 85.000-90.000", "85.000", 85000, "money", "đồng/kg", value_max=90000,
        change=chg("decrease", 15), subject="giá tôm thẻ cỡ 100 con/kg"),
    fig("hơn 1.200 hộ", "1.200", 1200, "count", "hộ", approx="over",
        subject="hộ nuôi được công ty hỗ trợ mua thức ăn trả chậm", period=NOW),
    fig("khoảng 95 tỷ", "95", 95e9, "money", "đồng", approx="about", subject="tổng dư nợ", period=NOW),
    fig("lên 1.500 hộ", "1.500", 1500, "count", "hộ", status="forecast",
        subject="số hộ được hỗ trợ", period=Y25),
]

NOTES = [
    "Party newspaper (Báo Bạc Liêu): menu, section + '09/12/2024 07:15' dateline, tag '(BL) -', sapo, byline at the end.",
    "Distractors: 07:15, 'xã Vĩnh Hậu A', 'Khu công nghiệp Trà Kha'.",
    "The farmer's passage in huyện Hòa Bình: location Hòa Bình; province figures and the feed company (no district named): Bạc Liêu.",
    "'hàng chục triệu đồng mỗi vụ' (sapo) is optional: the spec counts 'hàng chục nghìn' as approx, but leaves its value open.",
    "'Năm 2023' governs its own sentence (2 máy, 18 triệu đồng/máy); the standing pond facts have no period.",
    "'từ khoảng 5 tấn xuống còn 4,2 tấn mỗi vụ' is two figures (before, after), not a range; 'mỗi vụ' → unit tấn/vụ.",
    "'trong đó tôm siêu thâm canh 2.950 ha' → total 148.600; 'ước trên' → estimate + over; 'cỡ 100 con/kg' names a size (optional).",
    "'tăng khoảng 8% so với đầu năm' and 'giảm 15-20%' are changes of the two prices (change value = the lower bound 15).",
    "'năm nay' → 2024 (published); 'dự kiến năm 2025' → forecast.",
]

if __name__ == "__main__":
    write("p1281-5", TEXT, NOTES, FIGS, published="2024-12-09", location="Bạc Liêu")
