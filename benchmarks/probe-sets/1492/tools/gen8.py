"""p1492-8: radio/TV site (Đài PT-TH Đồng Nai): suitcase and backpack makers speed up year-end orders; a factory in Nhơn Trạch."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG NAI
Thời sự | Kinh tế | Xã hội | Video | Podcast

Doanh nghiệp vali, ba lô tăng tốc đơn hàng cuối năm

Cập nhật lúc 17:45 ngày 26/08/2024

ĐNRTV - Những tháng cuối năm, nhiều doanh nghiệp sản xuất vali, ba lô trên địa bàn tỉnh Đồng Nai tăng ca để kịp giao hàng cho mùa mua sắm tại Mỹ và châu Âu.

Tại Công ty TNHH Vali Đại Tín (Khu công nghiệp Nhơn Trạch 3, huyện Nhơn Trạch), gần ba chục chuyền may đang chạy hết công suất. Mỗi ngày công ty xuất xưởng khoảng 12.000 sản phẩm, năng suất bình quân 25 sản phẩm/người/ca. 7 tháng năm 2024, doanh thu của công ty đạt 46,8 triệu USD, tăng 17% so với cùng kỳ, bằng 61% kế hoạch năm. Công ty hiện có 2.150 công nhân, trong đó hơn 1.700 người là lao động nữ; lương bình quân 8,9 triệu đồng/tháng.

Theo Sở Công Thương, 7 tháng năm 2024, xuất khẩu túi xách, vali, mũ, ô dù của tỉnh ước đạt 405 triệu USD, tăng 10,8% so với cùng kỳ, đứng thứ 2 cả nước sau Bình Dương. Tỉnh có 32 doanh nghiệp trong lĩnh vực này, phần lớn là doanh nghiệp FDI đến từ Đài Loan (Trung Quốc) và Hàn Quốc.

Tuy nhiên, giá vải polyester và nhựa ABS tăng từ 5-8% khiến chi phí sản xuất tăng. Nhiều doanh nghiệp cho biết biên lợi nhuận chỉ còn 3-4%, thấp hơn khoảng 2 điểm phần trăm so với năm 2023.

Sở Công Thương dự báo cả năm 2024, xuất khẩu nhóm hàng này của tỉnh đạt khoảng 720 triệu USD.

Video: Bản tin Thời sự 19h ngày 26/8/2024
Lượt xem: 3.904
"""

M7 = per("7 tháng năm 2024", "2024-01-01", "2024-07-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
NT = "Nhơn Trạch"

FIGS = [
    fig("gần ba chục", "ba", 30, "count", "chuyền may", approx="nearly",
        subject="chuyền may đang chạy hết công suất", location=NT),
    fig("khoảng 12.000 sản phẩm", "12.000", 12000, "measure", "sản phẩm/ngày", approx="about",
        subject="sản phẩm công ty xuất xưởng mỗi ngày", location=NT),
    fig("bình quân 25 sản phẩm", "25", 25, "measure", "sản phẩm/người/ca",
        subject="năng suất bình quân", location=NT),
    fig("đạt 46,8 triệu", "46,8", 46.8e6, "money", "USD", percent=61,
        change=chg("increase", 17, "%", "cùng kỳ"), subject="doanh thu của công ty", period=M7, location=NT),
    fig("có 2.150 công nhân", "2.150", 2150, "count", "công nhân", subject="công nhân của công ty", location=NT),
    fig("hơn 1.700 người", "1.700", 1700, "count", "người", approx="over", total=2150,
        subject="lao động nữ", location=NT),
    fig("bình quân 8,9 triệu", "8,9", 8.9e6, "money", "đồng/tháng", subject="lương bình quân", location=NT),
    fig("ước đạt 405 triệu", "405", 405e6, "money", "USD", status="estimate",
        change=chg("increase", 10.8, "%", "cùng kỳ"),
        subject="xuất khẩu túi xách, vali, mũ, ô dù của tỉnh", period=M7),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", status="estimate",
        subject="xuất khẩu túi xách, vali, mũ, ô dù của tỉnh", period=M7),
    fig("có 32 doanh nghiệp", "32", 32, "count", "doanh nghiệp", subject="doanh nghiệp trong lĩnh vực túi xách, vali, mũ, ô dù"),
    fig("từ 5-8%", "5", 5, "percent", "%", value_max=8, subject="giá vải polyester và nhựa ABS"),
    fig("còn 3-4%", "3", 3, "percent", "%", value_max=4,
        change=chg("decrease", 2, "điểm phần trăm", "năm 2023", approx="about"), subject="biên lợi nhuận"),
    fig("khoảng 720 triệu", "720", 720e6, "money", "USD", approx="about", status="forecast",
        subject="xuất khẩu nhóm hàng túi xách, vali, mũ, ô dù của tỉnh", period=Y24),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đồng Nai): station banner, menu, 'Cập nhật lúc 17:45 ngày 26/08/2024', 'ĐNRTV -', video caption,",
    "'Lượt xem: 3.904'. Distractors: 17:45, 'Nhơn Trạch 3' (a name), '19h ngày 26/8/2024', the view counter.",
    "The Đại Tín passage (huyện Nhơn Trạch) gets location Nhơn Trạch; province figures get Đồng Nai.",
    "'gần ba chục' → 30, nearly (number word). 'Mỗi ngày ... khoảng 12.000 sản phẩm' → rate, unit sản phẩm/ngày.",
    "'bằng 61% kế hoạch năm' → percent attribute; 'trong đó hơn 1.700 người là lao động nữ' → total 2.150.",
    "'ước đạt 405 triệu USD ..., đứng thứ 2 cả nước' → the rank continues the 'ước đạt' clause: estimate; located in Đồng Nai.",
    "'tăng từ 5-8%' (a price rise as the claim) and 'biên lợi nhuận chỉ còn 3-4%' are percent ranges; the margin carries the",
    "change 'thấp hơn khoảng 2 điểm phần trăm so với năm 2023' (decrease 2). Standing figures ('hiện', 'Mỗi ngày') get no period.",
    "'dự báo cả năm 2024' → forecast.",
    "revised after the first run: 'lĩnh vực này' and 'nhóm hàng này' resolved to the product group named earlier",
    "(subjects of '32 doanh nghiệp' and 'khoảng 720 triệu USD'), as in p1, p4, p5 and shared gold h01 ('tỷ lệ này').",
]

if __name__ == "__main__":
    write("p1492-8", TEXT, NOTES, FIGS, published="2024-08-26", location="Đồng Nai")
