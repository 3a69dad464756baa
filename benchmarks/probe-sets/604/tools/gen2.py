"""p604-2: national press (VnExpress-like) — fuel price adjustment, BOG fund, adjustments this year, supply Q4."""
from lib import F, P, INH, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 10/10/2024, 15:20 (GMT+7)

Giá xăng giảm hơn 400 đồng mỗi lít

Giá xăng RON 95-III về mức thấp nhất trong khoảng 10 tháng qua sau kỳ điều hành chiều nay.

Từ 15h chiều nay, liên Bộ Công Thương - Tài chính điều chỉnh giảm giá bán lẻ xăng dầu. Cụ thể, xăng E5 RON 92 giảm 312 đồng, còn 19.839 đồng một lít; xăng RON 95-III giảm 441 đồng, xuống 20.680 đồng.

Các mặt hàng dầu cũng đi xuống. Dầu diesel 0,05S có giá bán tối đa 18.640 đồng một lít, giảm 150 đồng so với kỳ trước; dầu hỏa giảm 97 đồng, còn 18.723 đồng. Riêng dầu mazut 180CST 3,5S tăng 65 đồng, lên 16.120 đồng một kg.

Kỳ này, cơ quan điều hành không trích lập, không chi sử dụng Quỹ bình ổn giá xăng dầu (BOG). Số dư Quỹ bình ổn tính đến hết quý III/2024 là hơn 5.600 tỷ đồng.

Từ đầu năm đến nay, giá xăng đã qua 40 kỳ điều chỉnh, trong đó 21 lần tăng, 18 lần giảm và 1 lần giữ nguyên. So với cùng kỳ năm ngoái, giá xăng E5 RON 92 hiện thấp hơn khoảng 3.900 đồng mỗi lít. Theo Nghị định 80/2023/NĐ-CP, giá xăng dầu được điều chỉnh vào thứ năm hằng tuần.

Theo Bộ Công Thương, tổng nguồn cung xăng dầu quý IV/2024 dự kiến khoảng 7,2 triệu m³, trong đó sản xuất trong nước đáp ứng khoảng 70%. Nhà máy lọc dầu Nghi Sơn và Dung Quất đang vận hành ở mức 105-110% công suất thiết kế.

Phương Dung
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-10")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("giảm hơn 400 đồng", "400", 400, "money", "đồng/lít", "giá xăng giảm", approx="over"),
    F("còn 19.839 đồng", "19.839", 19839, "money", "đồng/lít", "giá bán lẻ xăng E5 RON 92",
      change=CH("decrease", 312, "đồng/lít")),
    F("xuống 20.680 đồng", "20.680", 20680, "money", "đồng/lít", "giá bán lẻ xăng RON 95-III",
      change=CH("decrease", 441, "đồng/lít")),
    F("tối đa 18.640 đồng", "18.640", 18640, "money", "đồng/lít", "giá bán dầu diesel 0,05S",
      approx="at_most", change=CH("decrease", 150, "đồng/lít", "kỳ trước")),
    F("còn 18.723 đồng", "18.723", 18723, "money", "đồng/lít", "giá dầu hỏa",
      change=CH("decrease", 97, "đồng/lít")),
    F("lên 16.120 đồng", "16.120", 16120, "money", "đồng/kg", "giá dầu mazut 180CST 3,5S",
      change=CH("increase", 65, "đồng/kg")),
    F("hơn 5.600 tỷ đồng", "5.600", 5.6e12, "money", "đồng", "số dư Quỹ bình ổn giá xăng dầu",
      P("tính đến hết quý III/2024", None, "2024-09-30"), approx="over"),
    F("qua 40 kỳ điều chỉnh", "40", 40, "count", "kỳ điều chỉnh", "kỳ điều chỉnh giá xăng", YTD),
    F("21 lần tăng", "21", 21, "count", "lần", "lần tăng giá xăng", YTD, total=40),
    F("18 lần giảm", "18", 18, "count", "lần", "lần giảm giá xăng", YTD, total=40),
    F("1 lần giữ nguyên", "1", 1, "count", "lần", "lần giữ nguyên giá xăng", YTD, total=40),
    F("khoảng 3.900 đồng", "3.900", 3900, "money", "đồng/lít",
      "giá xăng E5 RON 92 thấp hơn so với cùng kỳ năm ngoái", approx="about"),
    F("khoảng 7,2 triệu m³", "7,2", 7.2e6, "measure", "m³", "tổng nguồn cung xăng dầu", Q4,
      approx="about", status="forecast"),
    F("đáp ứng khoảng 70%", "70", 70, "percent", "%",
      "sản xuất trong nước đáp ứng tổng nguồn cung xăng dầu", Q4, approx="about", status="forecast"),
    F("mức 105-110%", "105", 105, "percent", "%",
      "mức vận hành của nhà máy lọc dầu Nghi Sơn và Dung Quất so với công suất thiết kế", value_max=110),
]

COMMENTS = [
    "National press (VnExpress-like): kỳ điều hành giá xăng dầu 10/10/2024 (15h), Quỹ BOG, số kỳ điều chỉnh, nguồn cung quý IV/2024.",
    "Dateline 'Thứ năm, 10/10/2024, 15:20 (GMT+7)'. Product names RON 95-III, E5 RON 92, diesel 0,05S, mazut 180CST 3,5S,",
    "'15h', 'khoảng 10 tháng qua' (a duration locating the claim), Nghị định 80/2023/NĐ-CP and 'thứ năm hằng tuần' are not figures.",
    "'giảm X đồng, còn/xuống/lên Y đồng': Y (the new price) is the figure and X its change (same clause). 'đồng một lít' → unit đồng/lít.",
    "Headline 'giảm hơn 400 đồng mỗi lít' has no level: the amount stands as its own money figure. 'giá bán tối đa' → approx at_most.",
    "70% (domestic production's share of supply) is not a share of the 7,2 triệu m³ itself: a percent figure of its own.",
    "Prices take no period ('từ 15h chiều nay' has no date); the price figures describe Việt Nam.",
]

if __name__ == "__main__":
    emit("p604-2", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Việt Nam")
