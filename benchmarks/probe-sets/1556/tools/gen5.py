"""p1556-5: provincial Party newspaper (Báo Đồng Nai): paint exports H1 2024, a paint firm in huyện Nhơn Trạch."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Đồng Nai điện tử
Thời sự | Kinh tế | Xã hội | Đồng Nai cuối tuần

Doanh nghiệp sơn nước tìm cách giữ đơn hàng xuất khẩu

10:25, 10/07/2024

(ĐN) - 6 tháng đầu năm 2024, kim ngạch xuất khẩu sơn và bột bả của các doanh nghiệp trên địa bàn tỉnh đạt gần 46 triệu USD, tăng 12,5% so với cùng kỳ. Tuy nhiên, giá bột titan dioxide (TiO2), nguyên liệu chính của sơn nước, đã tăng từ 58.000 lên 72.000 đồng/kg, tức tăng khoảng 24%, khiến lợi nhuận của nhiều đơn vị sụt giảm.

Tại Công ty TNHH Sơn Phương Nam Việt (Khu công nghiệp Nhơn Trạch 3, huyện Nhơn Trạch), các dây chuyền vẫn chạy hai ca mỗi ngày. Ông Lê Minh Khoa, Giám đốc công ty, cho biết 6 tháng đầu năm đơn vị xuất khẩu khoảng 4.800 tấn sơn nước sang Campuchia, Myanmar và Philippines, đạt 5,6 triệu USD, chiếm hơn 40% doanh thu.

"Chúng tôi chấp nhận giảm lãi, chỉ tăng giá bán 5-7% để giữ khách", ông Khoa nói. Công ty hiện có 260 công nhân, trong đó 85 lao động nữ, thu nhập bình quân 8,7 triệu đồng/người/tháng.

Theo Sở Công Thương, toàn tỉnh có 34 doanh nghiệp sản xuất sơn, trong đó 11 doanh nghiệp tham gia xuất khẩu. Dự kiến cả năm 2024, kim ngạch xuất khẩu sơn của tỉnh đạt khoảng 95 triệu USD.

HOÀNG ANH

Bình luận (0)
Tin cùng chuyên mục:
- Đồng Nai: Khởi công dự án đường cao tốc
- Hội chợ hàng Việt tại Biên Hòa
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
NT = "Nhơn Trạch"

FIGS = [
    fig("đạt gần 46 triệu", "46", 46e6, "money", "USD", approx="nearly",
        change=chg("increase", 12.5, "%", "cùng kỳ"), subject="kim ngạch xuất khẩu sơn và bột bả", period=H1),
    fig("từ 58.000", "58.000", 58000, "money", "đồng/kg", subject="giá bột titan dioxide trước khi tăng",
        optional=True),
    fig("lên 72.000", "72.000", 72000, "money", "đồng/kg", change=chg("increase", 24, "%", approx="about"),
        subject="giá bột titan dioxide (TiO2)"),
    fig("chạy hai ca", "hai", 2, "measure", "ca/ngày", subject="ca các dây chuyền chạy", location=NT,
        optional=True),
    fig("khoảng 4.800 tấn", "4.800", 4800, "measure", "tấn", approx="about",
        subject="sơn nước công ty xuất khẩu", period=H1b, location=NT),
    fig("đạt 5,6 triệu", "5,6", 5.6e6, "money", "USD", percent=40,
        subject="kim ngạch xuất khẩu sơn nước của công ty", period=H1b, location=NT),
    fig("giá bán 5-7%", "5", 5, "percent", "%", value_max=7, subject="tăng giá bán", location=NT),
    fig("có 260 công nhân", "260", 260, "count", "công nhân", subject="công nhân của công ty", location=NT),
    fig("trong đó 85 lao động", "85", 85, "count", "lao động nữ", total=260, subject="lao động nữ của công ty",
        location=NT),
    fig("bình quân 8,7 triệu", "8,7", 8.7e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân công nhân", location=NT),
    fig("có 34 doanh nghiệp", "34", 34, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất sơn"),
    fig("trong đó 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", total=34,
        subject="doanh nghiệp tham gia xuất khẩu"),
    fig("khoảng 95 triệu", "95", 95e6, "money", "USD", approx="about", status="forecast",
        subject="kim ngạch xuất khẩu sơn của tỉnh", period=Y24),
]

NOTES = [
    "Provincial Party newspaper (Báo Đồng Nai): menu, '10:25, 10/07/2024', tag '(ĐN) -', byline HOÀNG ANH, 'Bình luận (0)'.",
    "Distractors: 10:25, 'TiO2', 'Khu công nghiệp Nhơn Trạch 3', 'Bình luận (0)'.",
    "The firm's passage (huyện Nhơn Trạch) → location Nhơn Trạch; province figures and the TiO2 price paragraph → Đồng Nai.",
    "'tăng từ 58.000 lên 72.000 đồng/kg, tức tăng khoảng 24%' is a step: 72.000 carries the change (24%, about); the old price is optional.",
    "'chiếm hơn 40% doanh thu' after 5,6 triệu USD → percent attribute 40 (the 'hơn' qualifies the share, not the amount).",
    "'chạy hai ca mỗi ngày' (operating pattern) optional. 'chỉ tăng giá bán 5-7%' is a rate as the claim: percent range, no change.",
    "'6 tháng đầu năm' (no year) → 2024. 'Dự kiến cả năm 2024' → forecast. 'hiện' / 'toàn tỉnh có' counts: no period.",
]

if __name__ == "__main__":
    write("p1556-5", TEXT, NOTES, FIGS, published="2024-07-10", location="Đồng Nai")
