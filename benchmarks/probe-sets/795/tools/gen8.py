"""p795-8: provincial newspaper online (Báo Lào Cai, (BLC) tag), chợ gia súc Bắc Hà 11 tháng 2024, headline figure."""
from lib import F, P, I, C, T, write

TEXT = """Hơn 7.800 con trâu, bò qua chợ phiên Bắc Hà trong 11 tháng
Thứ Ba, 10/12/2024 16:05

(BLC) - 11 tháng năm 2024, chợ gia súc thị trấn Bắc Hà đã có 7.860 con trâu, bò được mua bán, đạt 93,6% kế hoạch năm (8.400 con), tăng 5,1% so với cùng kỳ; trong đó trâu 2.140 con, bò 5.720 con.

Chợ họp vào Chủ nhật hằng tuần, bình quân 165 con/phiên. Giá trâu thịt từ 85.000 đến 90.000 đồng/kg hơi; trâu giống, trâu cày kéo có giá 40-55 triệu đồng/con. Giá một con trâu đực giống gấp khoảng 1,5 lần trâu thịt cùng trọng lượng. Bò vàng vùng cao có giá khoảng 75.000 đồng/kg, giảm 2.000 đồng/kg so với đầu năm.

Gần 60% số trâu, bò bán ra được thương lái đưa về xuôi, tiêu thụ tại Hà Nội, Phú Thọ, Vĩnh Phúc; số còn lại bán cho các hộ chăn nuôi trong huyện. Trạm Chăn nuôi và Thú y huyện đã kiểm dịch 4.520 con vận chuyển ra ngoài huyện, thu phí kiểm dịch 67,8 triệu đồng.

Lễ hội chợ trâu Bắc Hà lần thứ 5 vào tháng 6 vừa qua thu hút hơn 2.000 lượt khách. Theo ông Hoàng Văn Ba, Phó Chủ tịch UBND huyện, năm 2025 huyện dự kiến đầu tư 6,2 tỷ đồng xây mới chợ gia súc tại xã Na Hối trên diện tích 1,5 ha, gắn với phát triển du lịch chợ phiên. Huyện phấn đấu năm 2025 đưa số trâu, bò giao dịch qua chợ đạt 9.000 con, thu phí chợ trên 150 triệu đồng.

Thanh Thủy
"""

HEAD = P("11 tháng", "2024-01-01", "2024-11-30")
M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
JUN = P("tháng 6", "2024-06-01", "2024-06-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 7.800 con", "7.800", 7800, "count", "con", "trâu, bò qua chợ phiên Bắc Hà", HEAD, approx="over"),
    F("có 7.860 con", "7.860", 7860, "count", "con", "trâu, bò được mua bán tại chợ gia súc thị trấn Bắc Hà", M11,
      percent=93.6, target=T(8400, "con"), change=C("increase", 5.1, baseline="cùng kỳ")),
    F("trâu 2.140 con", "2.140", 2140, "count", "con", "trâu được mua bán", M11, total=7860),
    F("bò 5.720 con", "5.720", 5720, "count", "con", "bò được mua bán", M11, total=7860),
    F("165 con/phiên", "165", 165, "measure", "con/phiên", "trâu, bò giao dịch bình quân mỗi phiên"),
    F("từ 85.000 đến 90.000", "85.000", 85000, "money", "đồng/kg", "giá trâu thịt", value_max=90000),
    F("40-55 triệu", "40", 40000000, "money", "đồng/con", "giá trâu giống, trâu cày kéo", value_max=55000000),
    F("khoảng 1,5 lần", "1,5", 1.5, "multiple", "lần", "giá trâu đực giống so với trâu thịt cùng trọng lượng",
      approx="about"),
    F("khoảng 75.000", "75.000", 75000, "money", "đồng/kg", "giá bò vàng vùng cao", approx="about",
      change=C("decrease", 2000, "đồng/kg", "đầu năm")),
    F("Gần 60%", "60", 60, "percent", "%", "trâu, bò bán ra được thương lái đưa về xuôi", I(M11), approx="nearly"),
    F("kiểm dịch 4.520 con", "4.520", 4520, "count", "con", "trâu, bò vận chuyển ra ngoài huyện được kiểm dịch",
      I(M11)),
    F("67,8 triệu", "67,8", 67800000, "money", "đồng", "phí kiểm dịch thu được", I(M11)),
    F("hơn 2.000 lượt", "2.000", 2000, "count", "lượt khách", "lượt khách đến Lễ hội chợ trâu Bắc Hà", JUN,
      approx="over"),
    F("6,2 tỷ", "6,2", 6200000000, "money", "đồng", "vốn đầu tư xây mới chợ gia súc", Y25, status="forecast"),
    F("1,5 ha", "1,5", 1.5, "measure", "ha", "diện tích chợ gia súc xây mới", Y25, status="forecast"),
    F("đạt 9.000 con", "9.000", 9000, "count", "con", "trâu, bò giao dịch qua chợ", Y25, status="target"),
    F("trên 150 triệu", "150", 150000000, "money", "đồng", "phí chợ thu", Y25, approx="over", status="target"),
]

COMMENTS = [
    "Báo Lào Cai online style: headline with a year-less figure, 'Thứ Ba, 10/12/2024 16:05', tag '(BLC) -'. Chợ gia súc Bắc Hà (district Bắc Hà).",
    "Headline '11 tháng' takes 2024 from the dateline. 'đạt 93,6% kế hoạch năm (8.400 con)': percent 93,6 and target 8.400 of 7.860.",
    "'gấp khoảng 1,5 lần' stands as its own claim (multiple). 'Gần 60%' is a share with no base amount: a percent figure.",
    "'tháng 6 vừa qua' = June 2024. 'dự kiến' (6,2 tỷ, 1,5 ha) forecast; 'phấn đấu' (9.000 con, 150 triệu) target.",
    "Distractors: 16:05, (BLC), Chủ nhật, 'lần thứ 5', ông Hoàng Văn Ba (number word in a name), xã Na Hối.",
]

write("p795-8", TEXT, FIGS, COMMENTS, published="2024-12-10", location="Bắc Hà")
