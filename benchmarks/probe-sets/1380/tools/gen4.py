"""p1380-4: provincial Party newspaper (Báo Quảng Nam, '(QNO) -'): Cơ Tu brocade with natural dyes in Nam Giang, Tây Giang."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Quảng Nam > Văn hóa

Màu rừng trên thổ cẩm Cơ Tu

NGUYÊN THẢO 06:48, 18/05/2024

(QNO) - Ba năm gần đây, nhiều thợ dệt Cơ Tu ở huyện Nam Giang quay lại dùng màu nhuộm từ vỏ cây, củ nghệ, lá rừng thay cho phẩm màu công nghiệp, giúp sản phẩm thổ cẩm bán được giá cao hơn.

Theo Phòng Văn hóa và Thông tin huyện Nam Giang, toàn huyện có 7 tổ hợp tác dệt thổ cẩm với 215 thợ dệt, trong đó 64 người dùng hoàn toàn màu nhuộm tự nhiên. Năm 2023, các tổ dệt bán ra khoảng 3.400 sản phẩm, doanh thu hơn 1,8 tỷ đồng, tăng 25% so với năm 2022.

Ở làng dệt Zara, xã Tà Bhing, bà Pơloong Thị Hiền cho biết mỗi mẻ nhuộm 10 kg sợi màu đỏ nâu cần khoảng 30 kg vỏ cây dẻ, đun liên tục 6-8 tiếng. Mỗi tấm váy dệt bằng sợi nhuộm tự nhiên bán được 1,2-1,5 triệu đồng, cao hơn khoảng 30% so với váy dùng phẩm màu công nghiệp. Năm nay, tổ dệt của bà nhận đơn hàng 150 tấm váy cho các công ty du lịch ở Hội An.

Toàn tỉnh Quảng Nam hiện có 11 sản phẩm thổ cẩm được công nhận OCOP, trong đó Nam Giang có 4 sản phẩm. Huyện Tây Giang cũng đang khôi phục nghề nhuộm tự nhiên ở 3 thôn với khoảng 40 hộ tham gia.

Theo kế hoạch, đến năm 2025, Nam Giang phấn đấu 100% tổ hợp tác dệt có điểm trưng bày sản phẩm phục vụ du khách; giai đoạn 2024-2025 đào tạo ít nhất 60 thợ dệt trẻ.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
G = per("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")

FIGS = [
    fig("có 7 tổ hợp tác", "7", 7, "count", "tổ hợp tác", subject="tổ hợp tác dệt thổ cẩm"),
    fig("với 215 thợ dệt", "215", 215, "count", "thợ dệt", subject="thợ dệt của các tổ hợp tác dệt thổ cẩm"),
    fig("đó 64 người", "64", 64, "count", "người", total=215,
        subject="thợ dệt dùng hoàn toàn màu nhuộm tự nhiên"),
    fig("khoảng 3.400 sản phẩm", "3.400", 3400, "count", "sản phẩm", approx="about",
        subject="sản phẩm các tổ dệt bán ra", period=Y23),
    fig("hơn 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", approx="over",
        change=chg("increase", 25, "%", "năm 2022"), subject="doanh thu các tổ dệt", period=Y23),
    fig("nhuộm 10 kg", "10", 10, "measure", "kg", subject="sợi màu đỏ nâu mỗi mẻ nhuộm"),
    fig("khoảng 30 kg", "30", 30, "measure", "kg", approx="about",
        subject="vỏ cây dẻ cần cho mỗi mẻ nhuộm"),
    fig("tục 6-8 tiếng", "6", 6, "measure", "tiếng", value_max=8, subject="thời gian đun mỗi mẻ nhuộm"),
    fig("được 1,2-1,5 triệu", "1,2", 1.2e6, "money", "đồng/tấm", value_max=1.5e6,
        change=chg("increase", 30, "%", "váy dùng phẩm màu công nghiệp", approx="about"),
        subject="giá bán mỗi tấm váy dệt bằng sợi nhuộm tự nhiên"),
    fig("hàng 150 tấm", "150", 150, "count", "tấm váy", subject="đơn hàng tấm váy tổ dệt nhận", period=NOW),
    fig("có 11 sản phẩm", "11", 11, "count", "sản phẩm", subject="sản phẩm thổ cẩm được công nhận OCOP",
        location="Quảng Nam"),
    fig("có 4 sản phẩm", "4", 4, "count", "sản phẩm", total=11, subject="sản phẩm thổ cẩm được công nhận OCOP"),
    fig("ở 3 thôn", "3", 3, "count", "thôn", subject="thôn khôi phục nghề nhuộm tự nhiên", location="Tây Giang"),
    fig("khoảng 40 hộ", "40", 40, "count", "hộ", approx="about",
        subject="hộ tham gia khôi phục nghề nhuộm tự nhiên", location="Tây Giang"),
    fig("đấu 100%", "100", 100, "percent", "%", status="target",
        subject="tổ hợp tác dệt có điểm trưng bày sản phẩm phục vụ du khách", period=T25),
    fig("ít nhất 60 thợ", "60", 60, "count", "thợ dệt", approx="at_least", status="target",
        subject="thợ dệt trẻ được đào tạo", period=G),
]

NOTES = [
    "Provincial Party newspaper (Báo Quảng Nam): breadcrumb, byline with time and date 'NGUYÊN THẢO 06:48, 18/05/2024', tag '(QNO) -', sapo.",
    "Default location Nam Giang (district): most figures are the district's; the province's OCOP count → Quảng Nam; Tây Giang's → Tây Giang.",
    "Distractors: 06:48, 'Ba năm gần đây' (a locating duration), 'làng dệt Zara, xã Tà Bhing', 'Hội An' (the buyers' place).",
    "'trong đó 64 người' → total 215; 'trong đó Nam Giang có 4 sản phẩm' → total 11, location Nam Giang.",
    "Recipe figures (10 kg sợi, 30 kg vỏ cây, 6-8 tiếng) are standing facts: no period. 'Mỗi tấm váy ... 1,2-1,5 triệu đồng' → đồng/tấm;",
    "'cao hơn khoảng 30% so với váy dùng phẩm màu công nghiệp' is its change. 'Năm nay' → 2024 (published).",
    "'đến năm 2025, Nam Giang phấn đấu 100% ...; giai đoạn 2024-2025 ... ít nhất 60' → both target, each with its own period.",
]

if __name__ == "__main__":
    write("p1380-4", TEXT, NOTES, FIGS, published="2024-05-18", location="Nam Giang")
