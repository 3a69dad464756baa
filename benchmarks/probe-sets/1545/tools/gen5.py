"""p1545-5: national newspaper (Kinh doanh, 10/9/2024): umbrella market, imports and exports, Vietnam."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Thị trường

Thứ ba, 10/9/2024, 09:15 (GMT+7)

Ô dù Việt chiếm gần 40% thị phần trong nước

Vào mùa mưa, sức mua ô, dù tại các chợ đầu mối tăng 30-40% so với những tháng khô ráo, song phần lớn hàng bày bán vẫn có nguồn gốc nhập khẩu.

Theo số liệu của Tổng cục Hải quan, 8 tháng đầu năm 2024, cả nước nhập khẩu khoảng 142 triệu USD ô, dù và bộ phận, tăng 11,3% so với cùng kỳ năm 2023; riêng hàng từ Trung Quốc chiếm tới 92% kim ngạch. Ở chiều ngược lại, xuất khẩu ô dù đạt 268 triệu USD, tăng 6,7%, chủ yếu sang Nhật Bản, Hoa Kỳ và Hàn Quốc.

Ông Phạm Đức Long, Phó Chủ tịch Hiệp hội Ô dù Việt Nam, cho biết cả nước hiện có khoảng 120 doanh nghiệp và hơn 30 làng nghề sản xuất ô dù, mỗi năm làm ra khoảng 70 triệu chiếc; hàng trong nước chiếm gần 40% thị phần nội địa. "Doanh nghiệp Việt làm tốt phân khúc ô chống tia UV, dù che ngoài trời, nhưng ô cầm tay giá rẻ thì khó cạnh tranh", ông Long nói.

Khảo sát tại chợ Đồng Xuân (Hà Nội) cho thấy mẫu ô gấp 3 nhập khẩu có giá từ 35.000 đến 60.000 đồng/chiếc, rẻ hơn hàng Việt cùng loại khoảng 20%; ô chống tia UV chỉ số UPF 50+ của các thương hiệu trong nước có giá 180.000-350.000 đồng/chiếc.

Hiệp hội dự báo năm nay kim ngạch xuất khẩu ô dù có thể đạt 400 triệu USD, đưa Việt Nam lên thứ 4 thế giới về xuất khẩu mặt hàng này; đến năm 2030, mục tiêu nâng tỷ lệ nội địa hóa vải và khung ô lên ít nhất 60%.

Minh Châu
"""

M8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
HN = "Hà Nội"

FIGS = [
    fig("gần 40% thị phần trong", "40", 40, "percent", "%", approx="nearly",
        subject="thị phần trong nước của ô dù Việt"),
    fig("tăng 30-40%", "30", 30, "percent", "%", value_max=40,
        subject="sức mua ô, dù tại các chợ đầu mối"),
    fig("khoảng 142 triệu", "142", 142e6, "money", "USD", approx="about",
        change=chg("increase", 11.3, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch nhập khẩu ô, dù và bộ phận", period=M8),
    fig("tới 92%", "92", 92, "percent", "%",
        subject="hàng từ Trung Quốc trong kim ngạch nhập khẩu ô, dù", period=M8),
    fig("đạt 268 triệu", "268", 268e6, "money", "USD", change=chg("increase", 6.7, "%"),
        subject="xuất khẩu ô dù", period=inh(M8)),
    fig("khoảng 120 doanh nghiệp", "120", 120, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất ô dù"),
    fig("hơn 30 làng nghề", "30", 30, "count", "làng nghề", approx="over",
        subject="làng nghề sản xuất ô dù"),
    fig("khoảng 70 triệu", "70", 70e6, "measure", "chiếc/năm", approx="about",
        subject="ô dù sản xuất mỗi năm"),
    fig("gần 40% thị phần nội", "40", 40, "percent", "%", approx="nearly",
        subject="thị phần nội địa của hàng trong nước"),
    fig("từ 35.000 đến 60.000", "35.000", 35000, "money", "đồng/chiếc", value_max=60000,
        change=chg("decrease", 20, "%", "hàng Việt cùng loại", approx="about"),
        subject="giá mẫu ô gấp 3 nhập khẩu", location=HN),
    fig("giá 180.000-350.000", "180.000", 180000, "money", "đồng/chiếc", value_max=350000,
        subject="giá ô chống tia UV của các thương hiệu trong nước", location=HN),
    fig("đạt 400 triệu", "400", 400e6, "money", "USD", status="forecast",
        subject="kim ngạch xuất khẩu ô dù", period=NOW),
    fig("thứ 4 thế giới", "4", 4, "rank", "hạng", status="forecast",
        subject="xuất khẩu ô dù của Việt Nam trên thế giới", period=NOW),
    fig("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nội địa hóa vải và khung ô", period=T30),
]

NOTES = [
    "National newspaper: section path, 'Thứ ba, 10/9/2024, 09:15 (GMT+7)' (published), headline, sapo, quote, byline at the end.",
    "Distractors: 09:15, (GMT+7), product names 'ô gấp 3' (a tri-fold umbrella, not a multiple) and 'UPF 50+' (a rating).",
    "National figures: location Việt Nam; Trung Quốc, Nhật Bản ... are trade partners. The market survey at chợ Đồng Xuân → Hà Nội.",
    "Headline and sapo figures have no period phrase ('Vào mùa mưa' is a season, not a dated period): no period.",
    "'riêng hàng từ Trung Quốc chiếm tới 92% kim ngạch' is a percent figure of its own; period 8 tháng stated in the sentence (after ';').",
    "'xuất khẩu ... đạt 268 triệu USD, tăng 6,7%' stands in the next sentence: period inherited; change without baseline.",
    "'rẻ hơn hàng Việt cùng loại khoảng 20%' is a gap to another price: change decrease 20 on the first price (read like 'thấp hơn').",
    "'năm nay' = 2024 (the dateline year). 'dự báo' governs the 400 triệu USD and the rank it leads to (forecast).",
    "'đến năm 2030, mục tiêu ... ít nhất 60%' has its own cue (target), start null.",
]

if __name__ == "__main__":
    write("p1545-5", TEXT, NOTES, FIGS, published="2024-09-10", location="Việt Nam")
