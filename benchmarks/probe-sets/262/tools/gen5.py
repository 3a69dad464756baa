from lib import F, P, C, T, write

TEXT = """Giá xăng dầu đồng loạt giảm từ 15 giờ chiều nay
HOÀNG NGA 15:20, 03/10/2024

Liên Bộ Công Thương - Tài chính vừa công bố kỳ điều hành giá xăng dầu mới. Theo đó, từ 15 giờ ngày 3/10, giá bán lẻ xăng E5 RON 92 không cao hơn 19.826 đồng/lít, giảm 355 đồng so với giá hiện hành; xăng RON 95-III không cao hơn 20.829 đồng/lít, giảm 384 đồng. Các mặt hàng dầu cũng giảm: dầu diesel 0,05S không cao hơn 18.443 đồng/lít (giảm 391 đồng), dầu hỏa 18.671 đồng/lít (giảm 290 đồng), dầu mazut 180CST 3,5S 16.171 đồng/kg (giảm 120 đồng).

Kỳ này, liên Bộ không trích lập và không chi sử dụng Quỹ Bình ổn giá xăng dầu. Bình quân giá thành phẩm xăng dầu thế giới trong kỳ điều hành (từ ngày 26/9 đến ngày 2/10) là 80,77 USD/thùng dầu diesel, giảm 2,1% so với kỳ trước.

Tại Quảng Ninh, hiện có 214 cửa hàng bán lẻ xăng dầu, trong đó Công ty Xăng dầu B12 quản lý 68 cửa hàng. Theo Sở Công Thương, 9 tháng năm 2024, tổng lượng xăng dầu tiêu thụ trên địa bàn tỉnh ước đạt 612.000 m3, tăng 5,4% so với cùng kỳ; trong đó xăng chiếm khoảng 38%. Từ đầu năm đến nay, lực lượng quản lý thị trường đã kiểm tra 126 lượt cửa hàng, xử phạt 15 trường hợp với tổng số tiền 312 triệu đồng, chủ yếu do vi phạm về đo lường và niêm yết giá.

Người dân phát hiện cửa hàng găm hàng, bán sai giá có thể phản ánh qua đường dây nóng của Sở Công Thương: 0203.3835.511.
"""

TODAY = P("từ 15 giờ ngày 3/10", "2024-10-03", "2024-10-03")
TODAYi = P("từ 15 giờ ngày 3/10", "2024-10-03", "2024-10-03", inherited=True)
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-03")
FIG = [
    F("không cao hơn 19.826", "19.826", 19826, "money", "đồng/lít", "giá bán lẻ xăng E5 RON 92",
      TODAY, approx="at_most", change=C("decrease", 355, "đồng", "giá hiện hành"), location="Việt Nam"),
    F("không cao hơn 20.829", "20.829", 20829, "money", "đồng/lít", "giá bán lẻ xăng RON 95-III",
      TODAY, approx="at_most", change=C("decrease", 384, "đồng"), location="Việt Nam"),
    F("không cao hơn 18.443", "18.443", 18443, "money", "đồng/lít", "giá bán lẻ dầu diesel 0,05S",
      TODAYi, approx="at_most", change=C("decrease", 391, "đồng"), location="Việt Nam"),
    F("dầu hỏa 18.671", "18.671", 18671, "money", "đồng/lít", "giá bán lẻ dầu hỏa",
      TODAYi, change=C("decrease", 290, "đồng"), location="Việt Nam"),
    F("3,5S 16.171", "16.171", 16171, "money", "đồng/kg", "giá bán lẻ dầu mazut 180CST 3,5S",
      TODAYi, change=C("decrease", 120, "đồng"), location="Việt Nam"),
    F("là 80,77 USD/thùng", "80,77", 80.77, "money", "USD/thùng",
      "bình quân giá thành phẩm dầu diesel thế giới",
      P("trong kỳ điều hành (từ ngày 26/9 đến ngày 2/10)", "2024-09-26", "2024-10-02"),
      change=C("decrease", 2.1, "%", "kỳ trước"), location=None),
    F("có 214 cửa hàng", "214", 214, "count", "cửa hàng bán lẻ xăng dầu", "cửa hàng bán lẻ xăng dầu"),
    F("quản lý 68 cửa hàng", "68", 68, "count", "cửa hàng", "cửa hàng do Công ty Xăng dầu B12 quản lý",
      total=214),
    F("ước đạt 612.000 m3", "612.000", 612000, "measure", "m3", "tổng lượng xăng dầu tiêu thụ",
      N9, change=C("increase", 5.4, "%", "cùng kỳ"), status="estimate"),
    F("chiếm khoảng 38%", "38", 38, "percent", "%", "xăng trong tổng lượng xăng dầu tiêu thụ",
      N9, approx="about", status="estimate"),
    F("kiểm tra 126 lượt", "126", 126, "count", "lượt cửa hàng", "lượt cửa hàng được kiểm tra", YTD),
    F("xử phạt 15 trường hợp", "15", 15, "count", "trường hợp", "trường hợp bị xử phạt", YTD),
    F("số tiền 312 triệu", "312", 312000000, "money", "đồng", "tổng số tiền xử phạt", YTD),
]

COMMENTS = [
    "Party newspaper (Báo Quảng Ninh): fuel-price adjustment of 3/10/2024 and the province's fuel market. Dateline with byline before it: 'HOÀNG NGA 15:20, 03/10/2024'.",
    "Retail prices are money in đồng/lít (mazut đồng/kg); 'không cao hơn' is a ceiling → approx at_most (meaning of 'không quá'); kerosene and mazut carry no cue.",
    "The decrease after each price (also in brackets) is that price's change. The retail ceilings are national (set by the two ministries): location Việt Nam; the Quảng Ninh figures take the default.",
    "World product price (80,77 USD/thùng) has no place (location \"\"); its period is the bracketed 'từ ngày 26/9 đến ngày 2/10'.",
    "'214 cửa hàng, trong đó … 68 cửa hàng' total 214. 'ước đạt 612.000 m3 …; trong đó xăng chiếm khoảng 38%' — the share has no base amount of its own: a percent figure, estimate (continues the 'ước' clause).",
    "Distractors: '15 giờ' (title and text), '15:20', 'E5 RON 92', 'RON 95-III', '0,05S', '180CST 3,5S', 'Công ty Xăng dầu B12', hotline 0203.3835.511.",
]

write("p262-5", TEXT, FIG, COMMENTS, published="2024-10-03", location="Quảng Ninh")
