"""p1257-2: district portal (huyện Văn Lâm, Hưng Yên): a mini-mart chain opens a store; district retail network."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Văn bản | Liên hệ

Chuỗi siêu thị mini phủ sóng các xã của Văn Lâm

Ngày đăng: 18/03/2025 | Người viết: Thu Hằng

Sáng 17/3, Công ty TNHH Thương mại An Phú khai trương cửa hàng An Phú Mart thứ 12 tại thôn Ngọc Đà, xã Đình Dù. Cửa hàng có diện tích khoảng 220 m2, bày bán hơn 3.000 mặt hàng, trong đó trên 60% là hàng Việt Nam và sản phẩm OCOP của địa phương. Tổng vốn đầu tư gần 2,5 tỷ đồng; cửa hàng tạo việc làm cho sáu lao động với thu nhập từ 6 đến 7 triệu đồng/người/tháng.

Năm 2024, chuỗi An Phú Mart đạt doanh thu 86 tỷ đồng, tăng 23% so với năm 2023; lượng khách bình quân khoảng 4.500 lượt/ngày. Năm 2025, công ty phấn đấu mở thêm ba cửa hàng, doanh thu đạt trên 100 tỷ đồng.

Theo Phòng Kinh tế và Hạ tầng huyện, đến hết tháng 2/2025, Văn Lâm có 2 siêu thị tổng hợp và 58 cửa hàng tiện lợi, siêu thị mini, gồm 35 cửa hàng của 4 chuỗi bán lẻ và 23 cửa hàng độc lập. Hiện 9/11 xã, thị trấn đã có ít nhất một siêu thị mini; các xã còn lại dự kiến có cửa hàng trong quý II/2025.

Dịp này, UBND huyện đề nghị các cửa hàng niêm yết giá, kiểm soát nguồn gốc hàng hóa; phối hợp với Đội Quản lý thị trường số 6 kiểm tra định kỳ. Từ đầu năm đến nay, huyện đã kiểm tra 21 cửa hàng, nhắc nhở 5 cơ sở chưa niêm yết giá.

Địa chỉ: Km 19, Quốc lộ 5, thị trấn Như Quỳnh, huyện Văn Lâm
Điện thoại: 0221.3985.216
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
ASOF = per("đến hết tháng 2/2025", None, "2025-02-28")
YTD = per("Từ đầu năm đến nay", "2025-01-01", "2025-03-18")
SHOPS = "cửa hàng tiện lợi, siêu thị mini"

FIGS = [
    fig("khoảng 220 m2", "220", 220, "measure", "m2", approx="about", subject="diện tích cửa hàng"),
    fig("hơn 3.000 mặt hàng", "3.000", 3000, "count", "mặt hàng", approx="over",
        subject="mặt hàng cửa hàng bày bán"),
    fig("trên 60%", "60", 60, "percent", "%", approx="over",
        subject="hàng Việt Nam và sản phẩm OCOP của địa phương"),
    fig("gần 2,5 tỷ", "2,5", 2.5e9, "money", "đồng", approx="nearly", subject="tổng vốn đầu tư cửa hàng"),
    fig("sáu lao động", "sáu", 6, "count", "lao động", subject="lao động cửa hàng tạo việc làm"),
    fig("từ 6 đến 7 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=7e6,
        subject="thu nhập của lao động"),
    fig("doanh thu 86 tỷ", "86", 86e9, "money", "đồng", change=chg("increase", 23, "%", "năm 2023"),
        subject="doanh thu chuỗi An Phú Mart", period=Y24),
    fig("khoảng 4.500 lượt", "4.500", 4500, "measure", "lượt/ngày", approx="about",
        subject="lượng khách bình quân", period=Y24),
    fig("thêm ba cửa hàng", "ba", 3, "count", "cửa hàng", status="target",
        subject="cửa hàng công ty mở thêm", period=Y25),
    fig("trên 100 tỷ", "100", 100e9, "money", "đồng", approx="over", status="target",
        subject="doanh thu", period=Y25),
    fig("có 2 siêu thị", "2", 2, "count", "siêu thị", subject="siêu thị tổng hợp", period=ASOF),
    fig("58 cửa hàng", "58", 58, "count", "cửa hàng", subject=SHOPS, period=ASOF),
    fig("gồm 35 cửa hàng", "35", 35, "count", "cửa hàng", total=58,
        subject="cửa hàng của các chuỗi bán lẻ", period=ASOF),
    fig("của 4 chuỗi", "4", 4, "count", "chuỗi bán lẻ", subject="chuỗi bán lẻ", period=ASOF),
    fig("và 23 cửa hàng", "23", 23, "count", "cửa hàng", total=58, subject="cửa hàng độc lập", period=ASOF),
    fig("Hiện 9/11", "9", 9, "count", "xã, thị trấn", total=11,
        subject="xã, thị trấn đã có siêu thị mini"),
    fig("ít nhất một siêu thị", "một", 1, "count", "siêu thị mini", approx="at_least",
        subject="siêu thị mini", optional=True),
    fig("kiểm tra 21 cửa hàng", "21", 21, "count", "cửa hàng", subject="cửa hàng được kiểm tra", period=YTD),
    fig("nhắc nhở 5 cơ sở", "5", 5, "count", "cơ sở", subject="cơ sở chưa niêm yết giá bị nhắc nhở",
        period=YTD),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): banner naming the district, menu, 'Ngày đăng: 18/03/2025 | Người viết: ...', address footer.",
    "Distractors: 'Sáng 17/3', 'cửa hàng An Phú Mart thứ 12' (ordinal), 'quý II/2025', 'Đội Quản lý thị trường số 6', 'Km 19, Quốc lộ 5', phone.",
    "Whole article located in Văn Lâm (xã Đình Dù is in the district; the chain is described as a district chain).",
    "'hơn 3.000 mặt hàng, trong đó trên 60% là hàng Việt Nam ...' → a percent figure of its own (a share without base amount).",
    "'gồm 35 cửa hàng của 4 chuỗi bán lẻ và 23 cửa hàng độc lập' → 35 and 23 have total 58 (35+23=58); '4 chuỗi' is a count of another thing.",
    "'Hiện 9/11 xã, thị trấn' → total 11, no period (Hiện). 'ít nhất một siêu thị mini' only states the condition: optional.",
    "'Năm 2025, công ty phấn đấu mở thêm ba cửa hàng, doanh thu đạt trên 100 tỷ đồng' → both target.",
    "'Từ đầu năm đến nay' → 2025-01-01 .. published 2025-03-18.",
]

if __name__ == "__main__":
    write("p1257-2", TEXT, NOTES, FIGS, published="2025-03-18", location="Văn Lâm")
