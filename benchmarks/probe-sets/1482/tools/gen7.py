"""p1482-7: radio/TV site (Quảng Bình TV): fishing-line rope makers of Bảo Ninh, TP Đồng Hới."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """QUẢNG BÌNH TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH QUẢNG BÌNH
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Bảo Ninh: Se dây cước cho mùa cá Nam

Cập nhật lúc 16:20, 25/10/2024

(QBTV) - Dịp này, các cơ sở se dây cước ở xã Bảo Ninh, thành phố Đồng Hới đang vào vụ cao điểm phục vụ ngư dân chuẩn bị vươn khơi. 9 tháng năm 2024, nghề se dây của xã đạt doanh thu hơn 14 tỷ đồng, bằng 78% kế hoạch năm. Dự báo nhu cầu dây cước quý IV năm nay tăng khoảng 20% so với quý III.

Toàn xã có 58 hộ se dây, tăng 5 hộ so với năm 2023, tập trung ở các thôn Trung Bính, Sa Động. Các hộ có tổng cộng 112 máy se, trung bình mỗi máy làm ra 80 kg/ngày. Dây cước đường kính 6-8 ly được ưa chuộng nhất, hiện bán với giá 52.000 đồng/kg. Sợi cước nguyên liệu chủ yếu mua từ Hải Phòng, giá tăng 8% so với đầu năm.

Theo ông Trần Quang Vinh, Phó Chủ tịch UBND xã, thu nhập bình quân của thợ se dây khoảng 6,5 triệu đồng/tháng, có hộ lãi trên 200 triệu đồng/năm. Xã đang phối hợp với thành phố Đồng Hới xây dựng nhãn hiệu tập thể "Dây cước Bảo Ninh", phấn đấu cuối năm nay có 2 sản phẩm đạt OCOP 3 sao và nâng doanh thu cả năm lên 18 tỷ đồng.

Mạnh Hùng - Thu Trang (QBTV)
Lượt xem: 734

Tin khác:
- Đồng Hới ra quân tháng cao điểm an toàn giao thông
- Quảng Bình có thêm 12 sản phẩm OCOP
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = per("quý IV năm nay", "2024-10-01", "2024-12-31")
EOY = per("cuối năm nay", None, "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 14 tỷ", "14", 14e9, "money", "đồng", approx="over", percent=78,
        subject="doanh thu nghề se dây của xã", period=M9),
    fig("tăng khoảng 20%", "20", 20, "percent", "%", approx="about", status="forecast",
        subject="nhu cầu dây cước", period=Q4),
    fig("có 58 hộ", "58", 58, "count", "hộ", change=chg("increase", 5, "hộ", "năm 2023"),
        subject="hộ se dây"),
    fig("112 máy se", "112", 112, "count", "máy se", subject="máy se của các hộ"),
    fig("80 kg/ngày", "80", 80, "measure", "kg/ngày", subject="dây mỗi máy se làm ra"),
    fig("đường kính 6-8 ly", "6", 6, "measure", "ly", value_max=8, subject="đường kính dây cước",
        optional=True),
    fig("giá 52.000", "52.000", 52000, "money", "đồng/kg", subject="giá dây cước đường kính 6-8 ly"),
    fig("giá tăng 8%", "8", 8, "percent", "%", subject="giá sợi cước nguyên liệu"),
    fig("khoảng 6,5 triệu", "6,5", 6.5e6, "money", "đồng/tháng", approx="about",
        subject="thu nhập bình quân của thợ se dây"),
    fig("trên 200 triệu", "200", 200e6, "money", "đồng/năm", approx="over", subject="lãi của hộ se dây"),
    fig("có 2 sản phẩm", "2", 2, "count", "sản phẩm", status="target",
        subject="sản phẩm đạt OCOP 3 sao", period=EOY),
    fig("lên 18 tỷ", "18", 18e9, "money", "đồng", status="target", subject="doanh thu cả năm", period=YEAR),
]

NOTES = [
    "Radio/TV site (Quảng Bình TV): menu, 'Cập nhật lúc 16:20, 25/10/2024', tag '(QBTV) -', byline, 'Lượt xem: 734', other news.",
    "Distractors: 16:20, 'Lượt xem: 734', 'OCOP 3 sao', '12 sản phẩm OCOP' in a link title (page furniture, not the article's claim).",
    "Location: Bảo Ninh is a commune of thành phố Đồng Hới → Đồng Hới for all figures.",
    "'hơn 14 tỷ đồng, bằng 78% kế hoạch năm' → percent 78. 'Dự báo ... quý IV năm nay tăng khoảng 20% so với quý III' → a growth",
    "rate as the claim (percent, forecast); 'năm nay' = the published year 2024.",
    "'58 hộ, tăng 5 hộ so với năm 2023' → change 5 hộ; the count itself is standing (no period).",
    "'Sợi cước ... mua từ Hải Phòng, giá tăng 8% so với đầu năm': a price growth rate (percent); Hải Phòng is the source, not the place.",
    "'Dây cước đường kính 6-8 ly' is the product's label (optional). 'cuối năm nay có 2 sản phẩm' → as-of end 2024 (start null);",
    "'nâng doanh thu cả năm lên 18 tỷ đồng' continues 'phấn đấu' (target), period the year 2024.",
]

if __name__ == "__main__":
    write("p1482-7", TEXT, NOTES, FIGS, published="2024-10-25", location="Đồng Hới")
