"""p1563-6: national newspaper: bird market in TP HCM before Tết, prices of songbirds and cages; national estimates."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Thị trường
Thứ bảy, 21/12/2024, 07:15 (GMT+7)

Giá chim chào mào, lồng tre tăng mạnh dịp cuối năm

Tại các chợ chim ở TP HCM, giá chim hót và lồng nuôi tăng 15-20% so với đầu năm, nhiều con chào mào "đầu bảng" có giá trên 100 triệu đồng.

Sáng 20/12, khu chợ chim trên đường Lê Hồng Phong (quận 10) có khoảng 60 sạp hoạt động. Chị Trần Thị Hạnh, chủ sạp số 27, cho biết mỗi ngày bán được 10-15 con chào mào, giá phổ biến 1,5-3 triệu đồng/con, cao hơn khoảng 500.000 đồng so với tháng 6.

"Khách mua lồng cũng nhiều gấp đôi ngày thường", chị Hạnh nói. Lồng tre loại phổ thông giá 400.000-700.000 đồng; lồng gỗ mun, lồng trúc chạm khắc thủ công từ 5 triệu đến 30 triệu đồng/chiếc.

Theo Hội Sinh vật cảnh TP HCM, thành phố có 68 câu lạc bộ chim cảnh với hơn 6.500 hội viên. Năm nay, các câu lạc bộ tổ chức 42 hội thi, riêng quý IV là 15 hội thi. Tại hội thi chào mào mở rộng do hội tổ chức tháng 11, chú chim vô địch của anh Phạm Quốc Huy được trả giá 350 triệu đồng nhưng chủ không bán.

Ông Đỗ Văn Lợi, Phó chủ tịch Hội Sinh vật cảnh Việt Nam, ước tính cả nước có khoảng 1,2 triệu người nuôi chim cảnh, tổng giá trị giao dịch chim, lồng và phụ kiện mỗi năm khoảng 5.000 tỷ đồng. Tuy nhiên, ông cảnh báo gần 50% số chim bán tại các chợ trên cả nước là chim bẫy từ tự nhiên, vi phạm Luật Lâm nghiệp 2017.

Hoàng Nam
"""

NOW = per("Năm nay", "2024-01-01", "2024-12-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
NOV = per("tháng 11", "2024-11-01", "2024-11-30")
Q10 = "Quận 10"
VN = "Việt Nam"

FIGS = [
    fig("tăng 15-20%", "15", 15, "percent", "%", value_max=20, subject="giá chim hót và lồng nuôi"),
    fig("trên 100 triệu", "100", 100e6, "money", "đồng/con", approx="over",
        subject="giá chào mào \"đầu bảng\""),
    fig("khoảng 60 sạp", "60", 60, "count", "sạp", approx="about",
        subject="sạp hoạt động ở khu chợ chim", location=Q10),
    fig("được 10-15 con", "10", 10, "measure", "con/ngày", value_max=15,
        subject="chào mào bán được mỗi ngày", location=Q10),
    fig("phổ biến 1,5-3 triệu", "1,5", 1.5e6, "money", "đồng/con", value_max=3e6,
        change=chg("increase", 500000, "đồng", "tháng 6", approx="about"),
        subject="giá phổ biến chào mào", location=Q10),
    fig("gấp đôi", "đôi", 2, "multiple", "lần", subject="khách mua lồng", location=Q10),
    fig("400.000-700.000", "400.000", 400000, "money", "đồng/chiếc", value_max=700000,
        subject="giá lồng tre loại phổ thông"),
    fig("từ 5 triệu đến 30 triệu", "5", 5e6, "money", "đồng/chiếc", value_max=30e6,
        subject="giá lồng gỗ mun, lồng trúc chạm khắc thủ công"),
    fig("có 68 câu lạc bộ", "68", 68, "count", "câu lạc bộ", subject="câu lạc bộ chim cảnh"),
    fig("hơn 6.500 hội viên", "6.500", 6500, "count", "hội viên", approx="over",
        subject="hội viên câu lạc bộ chim cảnh"),
    fig("tổ chức 42 hội thi", "42", 42, "count", "hội thi", subject="hội thi các câu lạc bộ tổ chức",
        period=NOW),
    fig("là 15 hội thi", "15", 15, "count", "hội thi", subject="hội thi các câu lạc bộ tổ chức", period=Q4),
    fig("giá 350 triệu", "350", 350e6, "money", "đồng", subject="giá trả cho chú chim vô địch",
        period=NOV),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "count", "người", approx="about", status="estimate",
        subject="người nuôi chim cảnh", location=VN),
    fig("khoảng 5.000 tỷ", "5.000", 5000e9, "money", "đồng/năm", approx="about", status="estimate",
        subject="tổng giá trị giao dịch chim, lồng và phụ kiện mỗi năm", location=VN),
    fig("gần 50%", "50", 50, "percent", "%", approx="nearly",
        subject="chim bẫy từ tự nhiên trong số chim bán tại các chợ", location=VN),
]

NOTES = [
    "National newspaper: section path, 'Thứ bảy, 21/12/2024, 07:15 (GMT+7)', sapo, quote, byline at the end. Default location TP Hồ Chí Minh.",
    "Distractors: 07:15, (GMT+7), 'Sáng 20/12', 'quận 10', 'sạp số 27', 'tháng 6' (baseline), 'Luật Lâm nghiệp 2017'.",
    "Sapo 'tăng 15-20% so với đầu năm' is a growth rate as the claim: percent range, no change. 'trên 100 triệu đồng' is a price per bird.",
    "The market on Lê Hồng Phong (quận 10) and its stall: location Quận 10 (the district). 'cao hơn khoảng 500.000 đồng so với tháng 6' is the change of the price.",
    "'nhiều gấp đôi ngày thường' stands alone as the claim: multiple 2 lần. 'mỗi ngày bán được 10-15 con' → measure 'con/ngày'.",
    "'riêng quý IV là 15 hội thi': 'riêng' is no part-of cue in the spec, so no total. Year-less 'quý IV', 'tháng 11' take 2024 ('Năm nay' = dateline year).",
    "'ước tính cả nước có khoảng 1,2 triệu người ..., tổng giá trị ... mỗi năm khoảng 5.000 tỷ đồng' → estimate for both clauses, location Việt Nam.",
    "'gần 50% số chim bán tại các chợ trên cả nước' → percent, nearly, Việt Nam; a new sentence ('ông cảnh báo'), so actual.",
]

if __name__ == "__main__":
    write("p1563-6", TEXT, NOTES, FIGS, published="2024-12-21", location="TP Hồ Chí Minh")
