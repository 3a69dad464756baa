"""p1391-5: provincial Party newspaper (Báo Đồng Nai): the Christmas street of Hố Nai (TP Biên Hòa), December 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO ĐỒNG NAI ĐIỆN TỬ
Kinh tế | Thị trường

Phố Noel Hố Nai rực rỡ, tiểu thương kỳ vọng doanh thu tăng

Thứ Bảy, 14/12/2024 | 07:20

(ĐNO) - Những ngày này, hàng trăm cửa hàng dọc Quốc lộ 1 đoạn qua phường Tân Biên, Tân Hòa (TP Biên Hòa) và huyện Trảng Bom đã bày bán hàng trang trí Giáng sinh, thu hút đông người dân đến tham quan, mua sắm.

Theo Phòng Kinh tế TP Biên Hòa, năm nay thành phố có khoảng 320 cơ sở kinh doanh hàng Noel, tăng 40 cơ sở so với năm 2023; riêng khu vực Hố Nai có hơn 150 cơ sở làm hang đá, tượng và đèn trang trí, thu hút khoảng 1.500 lao động thời vụ.

Bà Nguyễn Thị Hồng Nhung, chủ cơ sở hang đá Thánh Tâm ở phường Tân Biên, cho biết năm nay cơ sở nhận làm 65 bộ hang đá cho các giáo xứ, giá từ 15 đến 80 triệu đồng/bộ tùy kích thước. "Sức mua hàng lẻ giảm khoảng 10-15% so với năm ngoái, nhưng đơn đặt hàng của giáo xứ, công ty lại tăng gấp đôi", bà Nhung nói.

Tại các cửa hàng, cây thông nhựa cao 1,8 m được bán phổ biến với giá 400.000-700.000 đồng/cây; tượng ông già Noel, quả châu, dây kim tuyến có giá 20.000-350.000 đồng/sản phẩm.

Theo UBND TP Biên Hòa, dịp Giáng sinh năm nay khu vực Hố Nai dự kiến đón khoảng 200.000 lượt khách, doanh thu ước đạt 45 tỷ đồng. Thành phố đã bố trí 12 điểm giữ xe và huy động 250 cán bộ, đoàn viên hỗ trợ phân luồng giao thông.

KHÁNH MINH

Tin liên quan:
- Đồng Nai: Giá trị sản xuất công nghiệp tháng 11 tăng
- Trảng Bom khánh thành cầu Suối Đỉa 2
"""

NOW = per("năm nay", "2024-01-01", "2024-12-31")
BH = "Biên Hòa"

FIGS = [
    fig("hàng trăm cửa hàng", "hàng trăm", 100, "count", "cửa hàng", approx="about",
        subject="cửa hàng bày bán hàng trang trí Giáng sinh"),
    fig("khoảng 320 cơ sở", "320", 320, "count", "cơ sở", approx="about",
        change=chg("increase", 40, "cơ sở", "năm 2023"), subject="cơ sở kinh doanh hàng Noel",
        period=NOW, location=BH),
    fig("hơn 150 cơ sở", "150", 150, "count", "cơ sở", approx="over",
        subject="cơ sở làm hang đá, tượng và đèn trang trí", period=NOW, location=BH),
    fig("khoảng 1.500 lao động", "1.500", 1500, "count", "lao động", approx="about",
        subject="lao động thời vụ", period=NOW, location=BH),
    fig("làm 65 bộ", "65", 65, "count", "bộ", subject="bộ hang đá cơ sở nhận làm cho các giáo xứ",
        period=NOW, location=BH),
    fig("từ 15 đến 80 triệu", "15", 15e6, "money", "đồng/bộ", value_max=80e6, subject="giá hang đá",
        period=NOW, location=BH),
    fig("giảm khoảng 10-15%", "10", 10, "percent", "%", value_max=15, approx="about",
        subject="sức mua hàng lẻ", location=BH),
    fig("tăng gấp đôi", "đôi", 2, "multiple", "lần", subject="đơn đặt hàng của giáo xứ, công ty", location=BH),
    fig("cao 1,8 m", "1,8", 1.8, "measure", "m", subject="chiều cao cây thông nhựa", optional=True),
    fig("giá 400.000-700.000", "400.000", 400000, "money", "đồng/cây", value_max=700000,
        subject="giá cây thông nhựa cao 1,8 m"),
    fig("giá 20.000-350.000", "20.000", 20000, "money", "đồng/sản phẩm", value_max=350000,
        subject="giá tượng ông già Noel, quả châu, dây kim tuyến"),
    fig("khoảng 200.000 lượt", "200.000", 200000, "count", "lượt khách", approx="about", status="forecast",
        subject="lượt khách khu vực Hố Nai đón", location=BH),
    fig("ước đạt 45 tỷ", "45", 45e9, "money", "đồng", status="estimate", subject="doanh thu", location=BH),
    fig("bố trí 12 điểm", "12", 12, "count", "điểm giữ xe", subject="điểm giữ xe thành phố bố trí", location=BH),
    fig("huy động 250 cán bộ", "250", 250, "count", "cán bộ, đoàn viên",
        subject="cán bộ, đoàn viên hỗ trợ phân luồng giao thông", location=BH),
]

NOTES = [
    "Provincial Party newspaper (Báo Đồng Nai): section menu, 'Thứ Bảy, 14/12/2024 | 07:20', tag '(ĐNO) -' on the sapo, byline",
    "at the end, related links.",
    "Distractors: 07:20, 'Quốc lộ 1', 'tháng 11' and 'Suối Đỉa 2' in link titles, 'năm 2023'/'năm ngoái' as baselines.",
    "'hàng trăm cửa hàng' (spec: 'hàng chục nghìn' is a number, approx) = about 100; it spans Biên Hòa and Trảng Bom → Đồng Nai.",
    "The city's figures (Phòng Kinh tế / UBND TP Biên Hòa, Hố Nai, phường Tân Biên) are located in Biên Hòa;",
    "shop prices 'Tại các cửa hàng' (the shops of the sapo, two districts) stay Đồng Nai.",
    "'năm nay' = 2024 (dateline); the price of the hang đá continues the 'năm nay' clause of the same sentence.",
    "'riêng khu vực Hố Nai có hơn 150 cơ sở làm hang đá' is a different set than the 320 trading outlets: no total.",
    "'tăng gấp đôi' standing alone as the claim → multiple 2 lần. 'dịp Giáng sinh năm nay' is a season: no period;",
    "'dự kiến đón ...' → forecast, 'doanh thu ước đạt 45 tỷ' has its own cue → estimate. 'cao 1,8 m' product size: optional.",
]

if __name__ == "__main__":
    write("p1391-5", TEXT, NOTES, FIGS, published="2024-12-14", location="Đồng Nai")
