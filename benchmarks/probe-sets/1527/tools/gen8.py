"""p1527-8: news agency (TTXVN): coconut-shell craft in huyện Bình Sơn (Quảng Ngãi) before Tết."""
from lib import F, P, year, inh, chg, tgt, write

TEXT = """THÔNG TẤN XÃ VIỆT NAM - TIN TỨC
Kinh tế > Thị trường

Quảng Ngãi: Làng nghề gáo dừa Bình Sơn vào mùa hàng Tết

Thứ Ba, 17/12/2024 16:20

Những tháng cuối năm, các cơ sở làm đồ gáo dừa ở huyện Bình Sơn tất bật sản xuất để kịp giao đơn hàng Tết Ất Tỵ 2025.

Quảng Ngãi (TTXVN) - Theo UBND huyện Bình Sơn, trên địa bàn huyện có 14 cơ sở và gần 200 hộ làm đồ gáo dừa, tập trung ở các xã Bình Châu, Bình Hải. Từ đầu năm đến nay, các cơ sở đã sản xuất khoảng 1,6 triệu sản phẩm, doanh thu ước đạt 19 tỷ đồng, tăng 15% so với năm 2023.

Tại cơ sở Mỹ nghệ Sáu Hòa ở xã Bình Châu, hơn 20 lao động đang làm việc hết công suất. Ông Võ Văn Hòa, chủ cơ sở, cho biết riêng tháng 12 năm nay, cơ sở nhận 3 đơn hàng với tổng cộng 45.000 bát và muỗng, gấp 1,5 lần cùng kỳ. Thợ lành nghề được trả 250.000-300.000 đồng/ngày công, tăng khoảng 30.000 đồng so với năm trước.

Theo Phòng Kinh tế và Hạ tầng huyện, giá bát gáo dừa phủ dầu hiện dao động 15.000-25.000 đồng/chiếc; một bộ 4 bát kèm khay gỗ được bán với giá 180.000 đồng. Nghề làm đồ gáo dừa giúp mỗi lao động có thu nhập từ 4 đến 6 triệu đồng/tháng, nhất là phụ nữ lớn tuổi.

Năm 2025, huyện phấn đấu có 1-2 sản phẩm gáo dừa đạt chuẩn OCOP và xây dựng nhãn hiệu tập thể “Đồ gáo dừa Bình Sơn”. Huyện cũng dự kiến dành 500 triệu đồng hỗ trợ các cơ sở tham gia 4 hội chợ xúc tiến thương mại trong năm.

Thanh Hải (TTXVN)
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-12-17")
D12 = P("tháng 12 năm nay", "2024-12-01", "2024-12-31")
Y25 = year("Năm 2025", 2025)
IN25 = year("trong năm", 2025)

FIGS = [
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", subject="cơ sở làm đồ gáo dừa"),
    F("gần 200 hộ", "200", 200, "count", "hộ", approx="nearly", subject="hộ làm đồ gáo dừa"),
    F("khoảng 1,6 triệu", "1,6", 1.6e6, "count", "sản phẩm", approx="about",
      subject="sản phẩm các cơ sở đã sản xuất", period=YTD),
    F("ước đạt 19 tỷ", "19", 19e9, "money", "đồng", status="estimate",
      change=chg("increase", 15, "%", "năm 2023"), subject="doanh thu", period=YTD),
    F("hơn 20 lao động", "20", 20, "count", "lao động", approx="over",
      subject="lao động cơ sở Mỹ nghệ Sáu Hòa"),
    F("nhận 3 đơn hàng", "3", 3, "count", "đơn hàng", subject="đơn hàng cơ sở nhận", period=D12),
    F("cộng 45.000 bát", "45.000", 45000, "count", "bát và muỗng", change=chg("increase", 1.5, "lần", "cùng kỳ"),
      subject="bát và muỗng của các đơn hàng", period=D12),
    F("trả 250.000-300.000", "250.000", 250000, "money", "đồng/ngày công", value_max=300000,
      change=chg("increase", 30000, "đồng", "năm trước", approx="about"),
      subject="tiền công thợ lành nghề"),
    F("động 15.000-25.000", "15.000", 15000, "money", "đồng/chiếc", value_max=25000,
      subject="giá bát gáo dừa phủ dầu"),
    F("bộ 4 bát", "4", 4, "count", "bát", subject="bát trong một bộ kèm khay gỗ", optional=True),
    F("giá 180.000 đồng", "180.000", 180000, "money", "đồng", subject="giá một bộ 4 bát kèm khay gỗ"),
    F("từ 4 đến 6 triệu", "4", 4e6, "money", "đồng/tháng", value_max=6e6, subject="thu nhập mỗi lao động"),
    F("có 1-2 sản phẩm", "1", 1, "count", "sản phẩm", value_max=2, status="target",
      subject="sản phẩm gáo dừa đạt chuẩn OCOP", period=Y25),
    F("dành 500 triệu", "500", 500e6, "money", "đồng", status="forecast",
      subject="kinh phí hỗ trợ các cơ sở tham gia hội chợ", period=IN25),
    F("tham gia 4 hội chợ", "4", 4, "count", "hội chợ", status="forecast",
      subject="hội chợ xúc tiến thương mại", period=IN25),
]

NOTES = [
    "News agency (TTXVN, baotintuc style): breadcrumb, 'Thứ Ba, 17/12/2024 16:20' (published), sapo, 'Quảng Ngãi (TTXVN) -', byline '(TTXVN)'.",
    "All figures are huyện Bình Sơn's or one workshop's in xã Bình Châu → location Bình Sơn.",
    "'Từ đầu năm đến nay' → 2024-01-01 .. published. 'khoảng 1,6 triệu sản phẩm' stands before the 'ước đạt' clause → actual; the 19 tỷ → estimate.",
    "'riêng tháng 12 năm nay' → December 2024; 'gấp 1,5 lần cùng kỳ' → change 1,5 lần; 'tăng khoảng 30.000 đồng so với năm trước' → change in đồng.",
    "'một bộ 4 bát kèm khay gỗ' → the 4 bát (set composition) is optional; 'một bộ' is the price's unit, not a figure. 'mỗi lao động ... 4 đến 6 triệu đồng/tháng' → unit đồng/tháng.",
    "'Năm 2025, huyện phấn đấu có 1-2 sản phẩm' → target; 'Huyện cũng dự kiến dành 500 triệu ... 4 hội chợ ... trong năm' → forecast, 'trong năm' = 2025 (nearest earlier year).",
    "Distractors: 'Tết Ất Tỵ 2025', 16:20, 'Mỹ nghệ Sáu Hòa' (name), 'Ông Võ Văn Hòa', 'Những tháng cuối năm'.",
]

if __name__ == "__main__":
    write("p1527-8", TEXT, NOTES, FIGS, published="2024-12-17", location="Bình Sơn")
