"""p1559-6: national newspaper: prices of medical cotton and gauze follow raw cotton; Hà Nội shops; national market."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 12/8/2024, 07:15 (GMT+7)

Giá bông, gạc y tế tăng theo nguyên liệu

Giá bông xơ nhập khẩu tăng 15-20% từ đầu năm đến nay khiến nhiều cơ sở sản xuất bông, băng, gạc y tế phải nâng giá bán thêm 5-8%.

Tại các cửa hàng vật tư y tế ở Hà Nội, một cuộn bông y tế loại lớn hiện có giá 125.000-140.000 đồng, tăng khoảng 10.000 đồng so với đầu năm. Gói gạc vô trùng loại nhỏ giá 9.000 đồng, băng cuộn 3.500 đồng/cuộn, bộ băng gạc sơ cứu SC-02 giá 45.000 đồng/bộ.

Bà Lê Thị Hạnh, chủ một đại lý vật tư y tế trên phố Phương Mai, cho biết mỗi tháng cửa hàng bán khoảng 400 kg bông, hơn 3.000 gói gạc, chủ yếu cho phòng khám tư và nhà thuốc. "Từ đầu tháng 7 đến nay, nhà cung cấp đã hai lần báo tăng giá", bà nói.

Theo Hiệp hội Thiết bị y tế Việt Nam, cả nước có khoảng 60 doanh nghiệp sản xuất bông, băng, gạc, trong đó chỉ 18 doanh nghiệp có dây chuyền tẩy trắng bông. Năm 2023, thị trường bông, băng, gạc trong nước đạt khoảng 4.800 tỷ đồng; hiệp hội dự báo năm 2024 quy mô thị trường tăng 6-7%.

Ông Phạm Quang Vinh, Phó chủ tịch hiệp hội, cho rằng để chủ động nguồn cung, doanh nghiệp cần liên kết trồng bông; hiện diện tích bông cả nước chỉ còn khoảng 1.000 ha, giảm hơn 90% so với năm 2000.

Minh Khôi
"""

YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-08-12")
JUL = per("Từ đầu tháng 7 đến nay", "2024-07-01", "2024-08-12")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
HN = "Hà Nội"

FIGS = [
    fig("tăng 15-20%", "15", 15, "percent", "%", value_max=20,
        subject="giá bông xơ nhập khẩu", period=YTD),
    fig("thêm 5-8%", "5", 5, "percent", "%", value_max=8,
        subject="giá bán của các cơ sở sản xuất bông, băng, gạc y tế", period=YTD),
    fig("giá 125.000-140.000", "125.000", 125000, "money", "đồng/cuộn", value_max=140000,
        change=chg("increase", 10000, "đồng", "đầu năm", approx="about"),
        subject="giá cuộn bông y tế loại lớn", location=HN),
    fig("giá 9.000 đồng", "9.000", 9000, "money", "đồng/gói",
        subject="giá gói gạc vô trùng loại nhỏ", location=HN),
    fig("băng cuộn 3.500", "3.500", 3500, "money", "đồng/cuộn", subject="giá băng cuộn", location=HN),
    fig("giá 45.000 đồng", "45.000", 45000, "money", "đồng/bộ",
        subject="giá bộ băng gạc sơ cứu", location=HN),
    fig("khoảng 400 kg", "400", 400, "measure", "kg/tháng", approx="about",
        subject="bông cửa hàng bán mỗi tháng", location=HN),
    fig("hơn 3.000 gói", "3.000", 3000, "measure", "gói/tháng", approx="over",
        subject="gạc cửa hàng bán mỗi tháng", location=HN),
    fig("đã hai lần", "hai", 2, "count", "lần",
        subject="lần nhà cung cấp báo tăng giá", period=JUL, location=HN),
    fig("khoảng 60 doanh nghiệp", "60", 60, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất bông, băng, gạc"),
    fig("chỉ 18 doanh nghiệp", "18", 18, "count", "doanh nghiệp", total=60,
        subject="doanh nghiệp có dây chuyền tẩy trắng bông"),
    fig("khoảng 4.800 tỷ", "4.800", 4800e9, "money", "đồng", approx="about",
        subject="thị trường bông, băng, gạc trong nước", period=Y23),
    fig("tăng 6-7%", "6", 6, "percent", "%", value_max=7, status="forecast",
        subject="quy mô thị trường", period=Y24),
    fig("khoảng 1.000 ha", "1.000", 1000, "measure", "ha", approx="about",
        change=chg("decrease", 90, "%", "năm 2000", approx="over"),
        subject="diện tích bông cả nước"),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 12/8/2024, 07:15 (GMT+7)', sapo, quote, byline at the end. Default location Việt Nam.",
    "Distractors: 07:15, '(GMT+7)', the product code 'SC-02', street 'phố Phương Mai', baselines 'đầu năm', 'năm 2000'.",
    "'từ đầu năm đến nay' → 2024-01-01 .. published; it stands in the sapo sentence and covers both of its rates (15-20%, 5-8%).",
    "Rates as the claim (tăng 15-20%, thêm 5-8%, dự báo ... tăng 6-7%) are percent figures with value_max, no change object.",
    "Shop prices in Hà Nội: location Hà Nội; units keep the item (đồng/cuộn, đồng/gói, đồng/bộ); 'hiện' → no period.",
    "'tăng khoảng 10.000 đồng so với đầu năm' is the price's change (đồng, about). 'mỗi tháng ... 400 kg ..., hơn 3.000 gói' are rates.",
    "'đã hai lần báo tăng giá' counts price notices (2 lần, count), not a multiple. 'Từ đầu tháng 7 đến nay' → 2024-07-01 .. published.",
    "'60 doanh nghiệp ..., trong đó chỉ 18 ...' → total 60. 'dự báo năm 2024 ... tăng 6-7%' → forecast.",
    "'khoảng 1.000 ha, giảm hơn 90% so với năm 2000' → change decrease 90 (over), baseline năm 2000; 'hiện' gives no period.",
]

if __name__ == "__main__":
    write("p1559-6", TEXT, NOTES, FIGS, published="2024-08-12", location="Việt Nam")
