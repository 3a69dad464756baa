"""p1557-5: national newspaper: Vietnam's personal-care market, domestic brands' share, imports, a company quote, forecast."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """KINH DOANH › Doanh nghiệp
Thứ ba, 12/11/2024, 09:20 (GMT+7)

Hàng Việt giành lại thị phần dầu gội, sữa tắm

Các thương hiệu nội đang dần lấy lại chỗ đứng trong phân khúc dầu gội, sữa tắm bình dân nhờ giá rẻ hơn 20-30% và lợi thế nguyên liệu thảo dược.

Theo báo cáo của Công ty nghiên cứu thị trường VMR Insight, quy mô thị trường sản phẩm chăm sóc cá nhân tại Việt Nam năm 2023 ước đạt 2,35 tỷ USD, tăng 6,2% so với năm 2022. Trong đó, nhóm chăm sóc tóc (dầu gội, dầu xả) khoảng 820 triệu USD, nhóm sữa tắm và xà phòng 610 triệu USD.

Đáng chú ý, thị phần của các thương hiệu trong nước ở nhóm dầu gội, sữa tắm đã tăng từ 26% năm 2019 lên khoảng 35% năm 2023. Khảo sát 1.500 người tiêu dùng tại Hà Nội, TP Hồ Chí Minh và Đà Nẵng cho thấy 62% người chọn dầu gội có thành phần thiên nhiên, trong khi chỉ 18% quan tâm trước hết đến thương hiệu. Tỷ lệ chọn thành phần thiên nhiên ở Hà Nội, TP Hồ Chí Minh và Đà Nẵng lần lượt là 58%, 65% và 61%. Mức chi bình quân cho dầu gội, sữa tắm của một hộ gia đình thành thị khoảng 185.000 đồng/tháng.

Ở chiều ngược lại, năm 2023 Việt Nam nhập khẩu khoảng 1,1 tỷ USD mỹ phẩm và sản phẩm chăm sóc cá nhân, chủ yếu từ Hàn Quốc, Thái Lan và Nhật Bản; riêng Thái Lan chiếm 24% kim ngạch.

Ông Trần Minh Khoa, Phó tổng giám đốc Công ty cổ phần Hóa mỹ phẩm Lan Hương, cho biết doanh nghiệp có 3 nhà máy với tổng công suất 60.000 tấn/năm. "Năm nay, chúng tôi dự kiến doanh thu tăng 15%, chủ yếu nhờ dòng dầu gội bưởi Lan Hương Fresh 2in1", ông Khoa nói.

Theo dự báo của VMR Insight, đến năm 2028 thị trường chăm sóc cá nhân Việt Nam có thể đạt 3,2 tỷ USD, tốc độ tăng trưởng bình quân 6-7%/năm. Hiệp hội Hóa mỹ phẩm Việt Nam đặt mục tiêu đến năm 2030 hàng Việt chiếm ít nhất 45% thị phần dầu gội, sữa tắm trong nước.

Minh Châu
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T28 = per("đến năm 2028", None, "2028-12-31")

FIGS = [
    fig("rẻ hơn 20-30%", "20", 20, "percent", "%", value_max=30,
        subject="giá sản phẩm của các thương hiệu nội rẻ hơn"),
    fig("ước đạt 2,35 tỷ", "2,35", 2.35e9, "money", "USD", status="estimate",
        change=chg("increase", 6.2, baseline="năm 2022"),
        subject="quy mô thị trường sản phẩm chăm sóc cá nhân", period=Y23),
    fig("khoảng 820 triệu", "820", 820e6, "money", "USD", approx="about", total=2.35e9, status="estimate",
        subject="nhóm chăm sóc tóc (dầu gội, dầu xả)", period=inh(Y23)),
    fig("xà phòng 610 triệu", "610", 610e6, "money", "USD", total=2.35e9, status="estimate",
        subject="nhóm sữa tắm và xà phòng", period=inh(Y23)),
    fig("từ 26% năm", "26", 26, "percent", "%",
        subject="thị phần của các thương hiệu trong nước ở nhóm dầu gội, sữa tắm",
        period=per("năm 2019", "2019-01-01", "2019-12-31")),
    fig("lên khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="thị phần của các thương hiệu trong nước ở nhóm dầu gội, sữa tắm", period=Y23),
    fig("Khảo sát 1.500 người", "1.500", 1500, "count", "người tiêu dùng",
        subject="người tiêu dùng được khảo sát"),
    fig("cho thấy 62%", "62", 62, "percent", "%",
        subject="người chọn dầu gội có thành phần thiên nhiên"),
    fig("chỉ 18%", "18", 18, "percent", "%",
        subject="người quan tâm trước hết đến thương hiệu"),
    fig("lần lượt là 58%", "58", 58, "percent", "%",
        subject="tỷ lệ chọn thành phần thiên nhiên", location="Hà Nội"),
    fig("58%, 65%", "65", 65, "percent", "%",
        subject="tỷ lệ chọn thành phần thiên nhiên", location="TP Hồ Chí Minh"),
    fig("và 61%", "61", 61, "percent", "%",
        subject="tỷ lệ chọn thành phần thiên nhiên", location="Đà Nẵng"),
    fig("khoảng 185.000", "185.000", 185000, "money", "đồng/hộ/tháng", approx="about",
        subject="mức chi bình quân cho dầu gội, sữa tắm của một hộ gia đình thành thị"),
    fig("khoảng 1,1 tỷ", "1,1", 1.1e9, "money", "USD", approx="about",
        subject="nhập khẩu mỹ phẩm và sản phẩm chăm sóc cá nhân", period=Y23),
    fig("chiếm 24%", "24", 24, "percent", "%",
        subject="kim ngạch nhập khẩu từ Thái Lan", period=Y23),
    fig("có 3 nhà máy", "3", 3, "count", "nhà máy",
        subject="nhà máy của Công ty cổ phần Hóa mỹ phẩm Lan Hương", location=None),
    fig("công suất 60.000 tấn/năm", "60.000", 60000, "measure", "tấn/năm",
        subject="tổng công suất các nhà máy", location=None),
    fig("doanh thu tăng 15%", "15", 15, "percent", "%", status="forecast",
        subject="doanh thu", period=per("Năm nay", "2024-01-01", "2024-12-31"), location=None),
    fig("đạt 3,2 tỷ", "3,2", 3.2e9, "money", "USD", status="forecast",
        subject="thị trường chăm sóc cá nhân Việt Nam", period=T28),
    fig("bình quân 6-7%/năm", "6", 6, "percent", "%", value_max=7, status="forecast",
        subject="tốc độ tăng trưởng bình quân", period=T28),
    fig("ít nhất 45%", "45", 45, "percent", "%", approx="at_least", status="target",
        subject="thị phần dầu gội, sữa tắm trong nước của hàng Việt",
        period=per("đến năm 2030", None, "2030-12-31")),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ ba, 12/11/2024, 09:20 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: (GMT+7), 09:20, product name 'Lan Hương Fresh 2in1', baselines 'năm 2022', 'năm 2019' as a from-year, 'một hộ gia đình' (the rate's denominator, not a count).",
    "National market figures: location Việt Nam (default). Survey of 1.500 consumers in three cities: a national survey, so Việt Nam.",
    "Lan Hương company figures: no place is named or implied, so location null (borderline). 'Năm nay' in the quote → 2024 (dateline year).",
    "'giá rẻ hơn 20-30%' has no base amount: a percent figure of its own (range), no change.",
    "'Trong đó ... khoảng 820 triệu USD, ... 610 triệu USD' continue the 'ước đạt' sentence without a verb of their own: estimate, total 2,35 tỷ.",
    "'tăng từ 26% năm 2019 lên khoảng 35% năm 2023': two percent figures, each with its own year; no change value is stated.",
    "'riêng Thái Lan chiếm 24% kim ngạch': the share of one partner in the imports, not a share of the 1,1 tỷ figure itself, so a percent figure of its own; Thailand is a trade partner, location stays Việt Nam.",
    "'Tỷ lệ ... ở Hà Nội, TP Hồ Chí Minh và Đà Nẵng lần lượt là 58%, 65% và 61%': a list sharing one indicator; each city is the item's location.",
    "'đặt mục tiêu đến năm 2030 hàng Việt chiếm ít nhất 45% thị phần' → percent figure, target, at_least, end 2030-12-31.",
    "'đến năm 2028 ... có thể đạt' (after 'Theo dự báo') → forecast; '6-7%/năm' is a percent range, unit '%'.",
]

if __name__ == "__main__":
    write("p1557-5", TEXT, NOTES, FIGS, published="2024-11-12", location="Việt Nam")
