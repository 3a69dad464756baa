"""p1257-8: radio/TV site (QTV Quảng Ninh): convenience stores stock up for Tết 2025; a chain in Hạ Long; province figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """QTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH QUẢNG NINH
Trang chủ » Thời sự » Kinh tế

Cửa hàng tiện lợi tăng dự trữ hàng Tết

Cập nhật lúc 16:45, Thứ Tư, 15/01/2025

Để phục vụ nhu cầu mua sắm dịp Tết Nguyên đán Ất Tỵ 2025, các chuỗi cửa hàng tiện lợi, siêu thị mini trên địa bàn tỉnh đã chuẩn bị lượng hàng hóa trị giá hơn 1.200 tỷ đồng, tăng khoảng 10% so với Tết năm trước.

Tại chuỗi Hạ Long Mart của Công ty TNHH Thương mại Vịnh Xanh, 36 cửa hàng ở các thành phố Hạ Long, Cẩm Phả, Uông Bí đã nhập hàng Tết từ giữa tháng 12/2024, lượng dự trữ gấp 1,5 lần ngày thường. Các mặt hàng tham gia chương trình bình ổn giá như gạo, đường, dầu ăn, thịt lợn được bán thấp hơn giá thị trường 5-10%; nhiều sản phẩm bánh kẹo, đồ uống giảm giá lên đến 30%. Năm 2024, doanh thu của chuỗi đạt 415 tỷ đồng, tăng 17% so với năm 2023; dự kiến tháng 1/2025 doanh thu đạt khoảng 60 tỷ đồng.

Theo Sở Công Thương, toàn tỉnh hiện có 19 siêu thị và 265 cửa hàng tiện lợi, siêu thị mini. Năm 2024, doanh thu bán lẻ qua kênh hiện đại ước đạt 9.870 tỷ đồng, chiếm khoảng 15% tổng mức bán lẻ hàng hóa của tỉnh. Dự kiến trong 10 ngày cao điểm trước Tết, sức mua tại các cửa hàng tiện lợi tăng 25-30% so với ngày thường; nhiều cửa hàng mở cửa xuyên Tết, phục vụ 24/7.

Trong tháng 12/2024, lực lượng quản lý thị trường đã kiểm tra 58 cửa hàng, phát hiện 7 trường hợp vi phạm về nhãn mác, xử phạt 42 triệu đồng.

Thu Trang - Quang Minh (QTV)
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
J25 = per("tháng 1/2025", "2025-01-01", "2025-01-31")
D24 = per("Trong tháng 12/2024", "2024-12-01", "2024-12-31")
HLM = "chuỗi Hạ Long Mart"

FIGS = [
    fig("hơn 1.200 tỷ", "1.200", 1200e9, "money", "đồng", approx="over",
        change=chg("increase", 10, "%", "Tết năm trước", approx="about"),
        subject="lượng hàng hóa các chuỗi cửa hàng tiện lợi, siêu thị mini chuẩn bị"),
    fig("Xanh, 36 cửa hàng", "36", 36, "count", "cửa hàng", subject=f"cửa hàng {HLM}"),
    fig("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", subject="lượng dự trữ so với ngày thường"),
    fig("trường 5-10%", "5", 5, "percent", "%", value_max=10,
        subject="giá các mặt hàng bình ổn thấp hơn giá thị trường"),
    fig("lên đến 30%", "30", 30, "percent", "%", approx="at_most",
        subject="mức giảm giá sản phẩm bánh kẹo, đồ uống"),
    fig("đạt 415 tỷ", "415", 415e9, "money", "đồng", change=chg("increase", 17, "%", "năm 2023"),
        subject=f"doanh thu của {HLM}", period=Y24),
    fig("khoảng 60 tỷ", "60", 60e9, "money", "đồng", approx="about", status="forecast",
        subject=f"doanh thu của {HLM}", period=J25),
    fig("có 19 siêu thị", "19", 19, "count", "siêu thị", subject="siêu thị"),
    fig("265 cửa hàng", "265", 265, "count", "cửa hàng", subject="cửa hàng tiện lợi, siêu thị mini"),
    fig("ước đạt 9.870 tỷ", "9.870", 9870e9, "money", "đồng", status="estimate", percent=15,
        subject="doanh thu bán lẻ qua kênh hiện đại", period=Y24),
    fig("tăng 25-30%", "25", 25, "percent", "%", value_max=30, status="forecast",
        subject="sức mua tại các cửa hàng tiện lợi"),
    fig("kiểm tra 58 cửa hàng", "58", 58, "count", "cửa hàng", subject="cửa hàng được kiểm tra", period=D24),
    fig("phát hiện 7 trường hợp", "7", 7, "count", "trường hợp", subject="trường hợp vi phạm về nhãn mác",
        period=D24),
    fig("xử phạt 42 triệu", "42", 42e6, "money", "đồng", subject="tiền xử phạt", period=D24),
]

NOTES = [
    "Radio/TV site (QTV Quảng Ninh): breadcrumb, 'Cập nhật lúc 16:45, Thứ Tư, 15/01/2025', byline with '(QTV)' at the end.",
    "Distractors: 16:45, 'Tết Nguyên đán Ất Tỵ 2025', 'giữa tháng 12/2024' (when stocking began), '10 ngày cao điểm' (a duration that",
    "locates the forecast), '24/7' (opening hours, not a fraction), 'năm 2023' as a baseline.",
    "'hơn 1.200 tỷ đồng, tăng khoảng 10% so với Tết năm trước' → over + change (about); 'dịp Tết' is no calendar period: none.",
    "'36 cửa hàng ở các thành phố Hạ Long, Cẩm Phả, Uông Bí' spans three cities → location Quảng Ninh.",
    "'lượng dự trữ gấp 1,5 lần ngày thường' → multiple as the claim (no base amount). 'thấp hơn giá thị trường 5-10%' → percent figure",
    "(range) with no base amount. 'giảm giá lên đến 30%' → percent, approx at_most ('lên đến' = up to).",
    "'dự kiến tháng 1/2025 doanh thu đạt khoảng 60 tỷ đồng' → forecast + about. 'chiếm khoảng 15%' → percent attribute of 9.870 tỷ.",
    "'Dự kiến trong 10 ngày cao điểm trước Tết, sức mua ... tăng 25-30%' → forecast growth rate, no period.",
]

if __name__ == "__main__":
    write("p1257-8", TEXT, NOTES, FIGS, published="2025-01-15", location="Quảng Ninh")
