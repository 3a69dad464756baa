"""p1562-5: national newspaper (VnExpress-like): recreational fishing gear shops in Hà Nội, national market."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa

Thứ bảy, 16/3/2024, 08:00 (GMT+7)

Đồ câu cá hút khách, cửa hàng mọc dày ở Hà Nội

Số cửa hàng đồ câu cá ở Hà Nội tăng gấp đôi sau ba năm, nhiều mẫu cần câu carbon nhập khẩu đắt tiền vẫn đắt khách.

Cửa hàng của anh Lê Minh Khoa trên phố Nguyễn Khang (quận Cầu Giấy) rộng khoảng 60 m2, bày hơn 1.500 mẫu cần câu, máy câu, mồi giả. Anh cho biết năm 2023 cửa hàng bán được khoảng 4.200 cần câu, doanh thu gần 6 tỷ đồng, tăng 30% so với năm trước. Cần câu tay cho người mới chơi giá từ 300.000 đồng, trong khi cần carbon nhập từ Nhật Bản có giá 15-40 triệu đồng mỗi chiếc. Ngoài bán hàng, cửa hàng cho thuê trọn bộ cần, máy, mồi với giá 150.000 đồng/buổi.

Khách chọn máy câu tại một cửa hàng trên phố Nguyễn Khang. Ảnh: Hoài Thu

Thống kê của Sở Công Thương Hà Nội cho thấy, đến cuối năm 2023, thành phố có 318 cửa hàng chuyên kinh doanh đồ câu cá, gấp đôi năm 2020; ngoài ra còn khoảng 90 hồ câu dịch vụ ở các huyện ngoại thành như Sóc Sơn, Ba Vì, Chương Mỹ. Giá vé câu tại các hồ phổ biến 200.000-500.000 đồng/người/ca.

Theo ông Phạm Quốc Hưng, Phó chủ tịch Câu lạc bộ Câu cá thể thao Hà Nội, cả nước hiện có khoảng 2 triệu người chơi câu cá thường xuyên. Khoảng 80% cần câu, máy câu bán ra là hàng nhập khẩu, chủ yếu từ Trung Quốc, Nhật Bản và Hàn Quốc. Ông dự báo quy mô thị trường đồ câu giải trí năm nay đạt khoảng 3.000 tỷ đồng, tăng khoảng 20% so với năm 2023.

Hoài Thu
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
END23 = per("đến cuối năm 2023", None, "2023-12-31")
NN = per("năm nay", "2024-01-01", "2024-12-31")
CG = "Cầu Giấy"
VN = "Việt Nam"

FIGS = [
    fig("tăng gấp đôi", "đôi", 2, "multiple", "lần", subject="số cửa hàng đồ câu cá"),
    fig("khoảng 60 m2", "60", 60, "measure", "m2", approx="about",
        subject="diện tích cửa hàng của anh Lê Minh Khoa", location=CG),
    fig("hơn 1.500 mẫu", "1.500", 1500, "count", "mẫu", approx="over",
        subject="mẫu cần câu, máy câu, mồi giả cửa hàng bày", location=CG),
    fig("khoảng 4.200 cần", "4.200", 4200, "count", "cần câu", approx="about",
        subject="cần câu cửa hàng bán được", period=Y23, location=CG),
    fig("gần 6 tỷ", "6", 6e9, "money", "đồng", approx="nearly",
        change=chg("increase", 30, "%", "năm trước"),
        subject="doanh thu của cửa hàng", period=Y23, location=CG),
    fig("giá từ 300.000", "300.000", 300000, "money", "đồng", approx="at_least",
        subject="giá cần câu tay cho người mới chơi", location=CG),
    fig("giá 15-40 triệu", "15", 15e6, "money", "đồng/chiếc", value_max=40e6,
        subject="giá cần carbon nhập từ Nhật Bản", location=CG),
    fig("giá 150.000", "150.000", 150000, "money", "đồng/buổi",
        subject="giá thuê trọn bộ cần, máy, mồi", location=CG),
    fig("có 318 cửa hàng", "318", 318, "count", "cửa hàng",
        change=chg("increase", 2, "lần", "năm 2020"),
        subject="cửa hàng chuyên kinh doanh đồ câu cá", period=END23),
    fig("khoảng 90 hồ", "90", 90, "count", "hồ câu", approx="about",
        subject="hồ câu dịch vụ ở các huyện ngoại thành", period=END23),
    fig("phổ biến 200.000-500.000", "200.000", 200000, "money", "đồng/người/ca", value_max=500000,
        subject="giá vé câu tại các hồ"),
    fig("khoảng 2 triệu", "2", 2e6, "count", "người", approx="about",
        subject="người chơi câu cá thường xuyên", location=VN),
    fig("Khoảng 80%", "80", 80, "percent", "%", approx="about",
        subject="tỷ lệ cần câu, máy câu bán ra là hàng nhập khẩu", location=VN),
    fig("khoảng 3.000 tỷ", "3.000", 3000e9, "money", "đồng", approx="about", status="forecast",
        change=chg("increase", 20, "%", "năm 2023", approx="about"),
        subject="quy mô thị trường đồ câu giải trí", period=NN, location=VN),
]

NOTES = [
    "National newspaper (VnExpress-like): 'Thứ bảy, 16/3/2024, 08:00 (GMT+7)', sapo, photo caption, byline Hoài Thu at the end.",
    "Distractors: '(GMT+7)', 08:00, 'sau ba năm' (a duration that locates the change), 'một cửa hàng' in the caption (indefinite), 'năm 2020',",
    "'năm trước', 'năm 2023' as baselines, 'mỗi chiếc' (denominator).",
    "Sapo 'tăng gấp đôi sau ba năm' stands alone as the claim → multiple 2 ('đôi'); in the body 'gấp đôi năm 2020' after 318 cửa hàng is its change.",
    "Location: the shop on phố Nguyễn Khang is in quận Cầu Giấy → Cầu Giấy for its figures; city figures Hà Nội (default);",
    "the club officer's 'cả nước' figures and the market forecast → Việt Nam (the speaker's city does not place them); trade partners are not places.",
    "'giá từ 300.000 đồng' = starting at → at_least (borderline: 'từ' alone is not in the approx list).",
    "'đến cuối năm 2023' = as-of end 2023, for both clauses of the sentence. 'năm nay' takes 2024 from the dateline.",
    "'Ông dự báo ... đạt khoảng 3.000 tỷ đồng, tăng khoảng 20% so với năm 2023' → forecast, about, change +20% (about).",
    "'cả nước hiện có' → no period ('hiện').",
]

if __name__ == "__main__":
    write("p1562-5", TEXT, NOTES, FIGS, published="2024-03-16", location="Hà Nội")
