"""p1541-8: radio/TV site (Đồng Nai TV, ĐNRTV): sewing-notion exports in quý I/2024; a zipper FDI firm in Nhơn Trạch."""
from lib import fig, per, chg, write

TEXT = """ĐỒNG NAI TV
Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao | Video

Xuất khẩu phụ liệu may quý I tăng hơn 23%

Cập nhật lúc 17:25, Thứ Ba, 09/04/2024

ĐNRTV - Quý I/2024, kim ngạch xuất khẩu phụ liệu may (cúc, khóa kéo, chỉ, nhãn mác) của các doanh nghiệp trên địa bàn tỉnh đạt 86,4 triệu USD, tăng 23,5% so với cùng kỳ, xếp thứ 2 cả nước sau TP Hồ Chí Minh. Riêng tháng 3, kim ngạch đạt 34,2 triệu USD, tăng 41% so với tháng 2.

Theo Sở Công Thương, đơn hàng tăng trở lại nhờ các nhãn hàng tại Mỹ, EU bổ sung hàng tồn kho. Tại Khu công nghiệp Nhơn Trạch 2 (huyện Nhơn Trạch), Công ty TNHH YKT Việt Nam, doanh nghiệp 100% vốn Nhật Bản, trong quý I đã ký đơn hàng khoảng 210 triệu sợi khóa kéo, tăng 30% so với cùng kỳ năm trước. Công ty đang tuyển thêm từ 150 đến 200 công nhân, mức lương từ 7 triệu đồng/tháng trở lên.

Năm 2023, toàn tỉnh có 64 doanh nghiệp sản xuất phụ liệu may, trong đó 41 doanh nghiệp FDI; kim ngạch xuất khẩu cả năm đạt 318 triệu USD, giảm 7,8% so với năm 2022. Năm 2024, ngành phấn đấu xuất khẩu 350 triệu USD. Theo ông Trần Văn Lộc, Phó Giám đốc Sở Công Thương, dự báo quý II kim ngạch xuất khẩu phụ liệu may sẽ tăng 15-18% so với cùng kỳ.

Thanh Tâm - Quốc Huy
Bình luận (0)
Tin cùng chuyên mục: Đồng Nai kết nối cung cầu nguyên phụ liệu dệt may
"""

HQ1 = per("quý I", "2024-01-01", "2024-03-31")
Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
M3 = per("tháng 3", "2024-03-01", "2024-03-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
NT = "Nhơn Trạch"

FIGS = [
    fig("tăng hơn 23%", "23", 23, "percent", "%", approx="over", subject="xuất khẩu phụ liệu may", period=HQ1),
    fig("đạt 86,4 triệu", "86,4", 86.4e6, "money", "USD", change=chg("increase", 23.5, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu phụ liệu may", period=Q1),
    fig("xếp thứ 2", "2", 2, "rank", "hạng", subject="kim ngạch xuất khẩu phụ liệu may", period=Q1),
    fig("đạt 34,2 triệu", "34,2", 34.2e6, "money", "USD", change=chg("increase", 41, "%", "tháng 2"),
        subject="kim ngạch xuất khẩu phụ liệu may", period=M3),
    fig("doanh nghiệp 100%", "100", 100, "percent", "%", subject="vốn Nhật Bản của Công ty TNHH YKT Việt Nam",
        location=NT, optional=True),
    fig("khoảng 210 triệu", "210", 210e6, "count", "sợi khóa kéo", approx="about",
        change=chg("increase", 30, "%", "cùng kỳ năm trước"), subject="đơn hàng khóa kéo công ty đã ký",
        period=per("trong quý I", "2024-01-01", "2024-03-31"), location=NT),
    fig("từ 150 đến 200", "150", 150, "count", "công nhân", value_max=200,
        subject="công nhân công ty đang tuyển thêm", location=NT),
    fig("từ 7 triệu", "7", 7e6, "money", "đồng/tháng", approx="at_least", subject="mức lương công nhân",
        location=NT),
    fig("có 64 doanh nghiệp", "64", 64, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất phụ liệu may",
        period=Y23),
    fig("trong đó 41 doanh nghiệp", "41", 41, "count", "doanh nghiệp", total=64, subject="doanh nghiệp FDI",
        period=Y23),
    fig("đạt 318 triệu", "318", 318e6, "money", "USD", change=chg("decrease", 7.8, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu cả năm", period=Y23),
    fig("xuất khẩu 350 triệu", "350", 350e6, "money", "USD", status="target", subject="xuất khẩu", period=Y24),
    fig("tăng 15-18%", "15", 15, "percent", "%", value_max=18, status="forecast",
        subject="kim ngạch xuất khẩu phụ liệu may", period=Q2),
]

NOTES = [
    "Radio/TV site (Đồng Nai TV): menu, 'Cập nhật lúc 17:25, Thứ Ba, 09/04/2024', tag 'ĐNRTV -', byline, 'Bình luận (0)'.",
    "Distractors: 17:25, 'Bình luận (0)', 'Khu công nghiệp Nhơn Trạch 2', baselines 'tháng 2', 'năm 2022', 'cùng kỳ'.",
    "'xếp thứ 2 cả nước sau TP Hồ Chí Minh' → rank of the province (location Đồng Nai), period quý I/2024.",
    "'doanh nghiệp 100% vốn Nhật Bản' describes the firm's ownership type; it may or may not count as a figure → optional.",
    "'từ 7 triệu đồng/tháng trở lên' → at_least (no range). 'từ 150 đến 200 công nhân' → range.",
    "The YKT passage is in huyện Nhơn Trạch. 'trong quý I' takes 2024 from 'Quý I/2024'. 'quý II' (forecast) → 2024-04..06.",
    "'Năm 2023, toàn tỉnh có 64 doanh nghiệp ..., trong đó 41 doanh nghiệp FDI; kim ngạch xuất khẩu cả năm đạt 318 triệu USD' →",
    "  all năm 2023; 41 has total 64. 'dự báo quý II ... sẽ tăng 15-18%' is a growth rate as the claim: percent, forecast.",
]

if __name__ == "__main__":
    write("p1541-8", TEXT, NOTES, FIGS, published="2024-04-09", location="Đồng Nai")
