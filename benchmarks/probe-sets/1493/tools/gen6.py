"""p1493-6: national newspaper (VnExpress-like): smart drying racks in TP HCM apartments; e-commerce sales."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh | Hàng hóa

Thứ bảy, 12/10/2024, 09:05 (GMT+7)

Giá phơi thông minh hút khách chung cư

Mùa mưa, nhu cầu giá phơi điện, giá phơi gắn trần tại TP HCM tăng mạnh, nhiều cửa hàng bán gấp đôi so với đầu năm.

Cửa hàng của chị Lê Thu Hà trên đường Quang Trung, quận Gò Vấp, mỗi tháng bán khoảng 120 bộ giá phơi thông minh, gấp đôi cách đây nửa năm. Loại điều khiển bằng tay có giá 1,5-2,5 triệu đồng, loại chạy điện có đèn sấy từ 4 đến 9 triệu đồng. "Khách ở chung cư chiếm hơn 70%, chủ yếu là căn hộ dưới 70 m2 không có sân phơi", chị Hà nói.

Theo báo cáo của công ty dữ liệu thương mại điện tử DataViet, 9 tháng năm nay, doanh số nhóm giá phơi, móc áo, kẹp phơi trên bốn sàn lớn đạt 1.240 tỷ đồng, tăng 34% so với cùng kỳ; sản lượng bán ra khoảng 9,6 triệu sản phẩm. Hàng nội địa chiếm 58% doanh số, phần còn lại là hàng nhập từ Trung Quốc.

Ông Phạm Quốc Bảo, Giám đốc Công ty cổ phần Gia dụng Sao Việt (quận Tân Bình), cho biết năm 2023 doanh nghiệp bán ra gần 40.000 bộ giá phơi, năm nay dự kiến đạt 55.000 bộ. Một bộ móc áo inox 20 chiếc của hãng có giá 129.000 đồng, rẻ hơn khoảng 15% so với hàng nhập cùng loại.

Theo Sở Công Thương TP HCM, thành phố có hơn 1,2 triệu hộ gia đình sống tại chung cư và nhà trọ, là thị trường lớn nhất cả nước cho dòng sản phẩm này.

Thanh Tùng
"""

M9 = per("9 tháng năm nay", "2024-01-01", "2024-09-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
GV, TB, VN = "Gò Vấp", "Tân Bình", "Việt Nam"

FIGS = [
    fig("bán gấp đôi", "đôi", 2, "multiple", "lần", subject="lượng bán của nhiều cửa hàng"),
    fig("khoảng 120 bộ", "120", 120, "measure", "bộ/tháng", approx="about",
        change=chg("increase", 2, "lần", "cách đây nửa năm"),
        subject="giá phơi thông minh cửa hàng bán mỗi tháng", location=GV),
    fig("1,5-2,5 triệu", "1,5", 1.5e6, "money", "đồng", value_max=2.5e6,
        subject="giá giá phơi loại điều khiển bằng tay", location=GV),
    fig("từ 4 đến 9 triệu", "4", 4e6, "money", "đồng", value_max=9e6,
        subject="giá giá phơi loại chạy điện có đèn sấy", location=GV),
    fig("hơn 70%", "70", 70, "percent", "%", approx="over", subject="khách ở chung cư", location=GV),
    fig("dưới 70 m2", "70", 70, "measure", "m2", approx="under", subject="diện tích căn hộ",
        location=GV, optional=True),
    fig("bốn sàn lớn", "bốn", 4, "count", "sàn", subject="sàn thương mại điện tử lớn", location=VN, optional=True),
    fig("đạt 1.240 tỷ", "1.240", 1240e9, "money", "đồng", change=chg("increase", 34, "%", "cùng kỳ"),
        subject="doanh số nhóm giá phơi, móc áo, kẹp phơi trên bốn sàn lớn", period=M9, location=VN),
    fig("khoảng 9,6 triệu", "9,6", 9.6e6, "count", "sản phẩm", approx="about",
        subject="sản lượng bán ra", period=M9, location=VN),
    fig("chiếm 58%", "58", 58, "percent", "%", subject="hàng nội địa trong doanh số",
        period=inh(M9), location=VN),
    fig("gần 40.000 bộ", "40.000", 40000, "count", "bộ", approx="nearly",
        subject="giá phơi doanh nghiệp bán ra", period=Y23, location=TB),
    fig("đạt 55.000 bộ", "55.000", 55000, "count", "bộ", status="forecast",
        subject="giá phơi doanh nghiệp bán ra", period=NOW, location=TB),
    fig("inox 20 chiếc", "20", 20, "count", "chiếc", subject="móc áo inox trong một bộ", location=TB, optional=True),
    fig("giá 129.000 đồng", "129.000", 129000, "money", "đồng/bộ",
        change=chg("decrease", 15, "%", "hàng nhập cùng loại", approx="about"),
        subject="giá bộ móc áo inox của hãng", location=TB),
    fig("hơn 1,2 triệu", "1,2", 1.2e6, "count", "hộ gia đình", approx="over",
        subject="hộ gia đình sống tại chung cư và nhà trọ"),
]

NOTES = [
    "National newspaper (VnExpress-like): 'Thứ bảy, 12/10/2024, 09:05 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 09:05, (GMT+7), 'đường Quang Trung', 'nửa năm' (a duration, baseline of a change), 'DataViet'.",
    "Default location TP Hồ Chí Minh; the shop passage is in quận Gò Vấp, Sao Việt in quận Tân Bình (district locations).",
    "DataViet's e-commerce totals for 'bốn sàn lớn' are national (platforms selling nationwide): Việt Nam (borderline).",
    "Sapo 'bán gấp đôi so với đầu năm' stands alone as the claim → multiple 2 ('đôi'). 'khoảng 120 bộ ..., gấp đôi cách đây nửa",
    "năm' → change ×2 (lần) on the monthly rate (measure, bộ/tháng). 'trên bốn sàn' is locative 'on', not 'over': optional count, exact.",
    "'căn hộ dưới 70 m2' (a description) and 'bộ móc áo inox 20 chiếc' (a pack size) are optional.",
    "'Một bộ ... có giá 129.000 đồng' → unit đồng/bộ ('Một bộ' is the denominator, not a figure); 'rẻ hơn khoảng 15% so với' → change decrease.",
    "'năm nay dự kiến đạt 55.000 bộ' → forecast, 2024 (published year). 'Khách ở chung cư chiếm hơn 70%' (a quote) is a percent figure.",
]

if __name__ == "__main__":
    write("p1493-6", TEXT, NOTES, FIGS, published="2024-10-12", location="TP Hồ Chí Minh")
