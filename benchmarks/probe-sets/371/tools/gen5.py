from lib import F, P, emit

TEXT = """ĐIỆN BIÊN PHỦ ONLINE
Xã hội - Y tế
Giảm tình trạng sinh con tại nhà ở vùng cao
HOÀNG CHÂU 07:15, 22/11/2023

(BĐBP) - Nhờ mạng lưới cô đỡ thôn bản và nhân viên y tế thôn, bản, tình trạng phụ nữ vùng cao Điện Biên sinh con tại nhà đã giảm rõ rệt. Từ đầu năm đến nay, toàn tỉnh có gần 9.400 ca sinh, trong đó khoảng 1.650 ca sinh tại nhà, chiếm 17,6%.

Huyện có tỷ lệ sinh tại nhà cao nhất là Mường Nhé với 34,2%, tiếp đến là Nậm Pồ 29,5% và Tủa Chùa 21,3%; thành phố Điện Biên Phủ gần như không còn trường hợp sinh tại nhà.

Toàn tỉnh hiện có 186 cô đỡ thôn bản hoạt động tại 1.212 thôn, bản, trong đó 142 cô đỡ được đào tạo 18 tháng theo chương trình chuẩn của Bộ Y tế. Năm 2023, Dự án 7 thuộc Chương trình MTQG 1719 đã phân bổ cho tỉnh hơn 12,7 tỷ đồng để nâng cao chất lượng chăm sóc sức khỏe bà mẹ, trẻ em; mỗi cô đỡ thôn bản được hỗ trợ 900 nghìn đồng/tháng.

Nhờ đó, số ca tử vong mẹ đã giảm từ 6 trường hợp năm 2021 xuống còn 2 trường hợp năm 2022. Tuy vậy, tỷ suất tử vong trẻ em dưới 1 tuổi của tỉnh năm 2022 là 28,4 ca/1.000 trẻ đẻ sống, cao gần gấp đôi bình quân cả nước.

Bác sĩ Lò Thị Xuân, Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh cho biết: "Nhiều bà mẹ ở bản xa phải đi bộ 3-4 giờ mới tới trạm y tế xã, nên cô đỡ thôn bản là người đầu tiên hỗ trợ sản phụ". Theo Kế hoạch số 3012/KH-UBND, tỉnh phấn đấu đến năm 2025 giảm tỷ lệ sinh con tại nhà xuống dưới 10%, 100% thôn, bản đặc biệt khó khăn có cô đỡ thôn bản.

Bài, ảnh: Hoàng Châu
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-22")
YTDi = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-22", inh=True)
T25 = P("đến năm 2025", None, "2025-12-31")
LIST = "tỷ lệ sinh tại nhà"
NOW = P("hiện", None, "2023-11-22", inh=True)

FIGS = [
    F("có gần 9.400 ca sinh", "9.400", 9400, "count", "ca sinh", "ca sinh", YTD, approx="nearly"),
    F("khoảng 1.650 ca sinh", "1.650", 1650, "count", "ca sinh", "ca sinh tại nhà", YTD,
      approx="about", total=9400, percent=17.6),
    F("Mường Nhé với 34,2%", "34,2", 34.2, "percent", "%", LIST, YTDi, location="Mường Nhé"),
    F("Nậm Pồ 29,5%", "29,5", 29.5, "percent", "%", LIST, YTDi, location="Nậm Pồ"),
    F("Tủa Chùa 21,3%", "21,3", 21.3, "percent", "%", LIST, YTDi, location="Tủa Chùa"),
    F("có 186 cô đỡ", "186", 186, "count", "cô đỡ thôn bản", "cô đỡ thôn bản hoạt động", NOW),
    F("tại 1.212 thôn", "1.212", 1212, "count", "thôn, bản", "thôn, bản có cô đỡ thôn bản hoạt động", NOW),
    F("142 cô đỡ", "142", 142, "count", "cô đỡ", "cô đỡ được đào tạo theo chương trình chuẩn", NOW, total=186),
    F("đào tạo 18 tháng", "18", 18, "measure", "tháng", optional=True),
    F("hơn 12,7 tỷ đồng", "12,7", 12700000000, "money", "đồng",
      "kinh phí Dự án 7 phân bổ cho tỉnh", P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("hỗ trợ 900 nghìn đồng/tháng", "900", 900000, "money", "đồng/tháng",
      "mức hỗ trợ mỗi cô đỡ thôn bản", P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("từ 6 trường hợp", "6", 6, "count", "trường hợp", "số ca tử vong mẹ",
      P("năm 2021", "2021-01-01", "2021-12-31")),
    F("còn 2 trường hợp", "2", 2, "count", "trường hợp", "số ca tử vong mẹ",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("dưới 1 tuổi của tỉnh", "1", 1, "measure", "tuổi", approx="under", optional=True),
    F("là 28,4 ca", "28,4", 28.4, "measure", "ca/1.000 trẻ đẻ sống", "tỷ suất tử vong trẻ em dưới 1 tuổi",
      P("năm 2022", "2022-01-01", "2022-12-31"),
      change=dict(direction="increase", value=2, unit="lần", approx="nearly", baseline="bình quân cả nước")),
    F("đi bộ 3-4 giờ", "3", 3, "measure", "giờ", value_max=4, optional=True),
    F("xuống dưới 10%", "10", 10, "percent", "%", "tỷ lệ sinh con tại nhà", T25, approx="under", status="target"),
    F("10%, 100% thôn", "100", 100, "percent", "%", "thôn, bản đặc biệt khó khăn có cô đỡ thôn bản", T25,
      status="target"),
]

COMMENTS = [
    "Báo Điện Biên Phủ (Party newspaper): sinh con tại nhà, cô đỡ thôn bản. Byline with time 'HOÀNG CHÂU 07:15, 22/11/2023' is the dateline.",
    "'Từ đầu năm đến nay' = 2023-01-01 to the dateline. 1.650 after 'trong đó' is part of 9.400 and carries 'chiếm 17,6%'. 142 after 'trong đó' is part of 186.",
    "District list ('Mường Nhé với 34,2%, tiếp đến là Nậm Pồ 29,5% …') shares the indicator; places go to location; period inherited.",
    "'giảm từ 6 … năm 2021 xuống còn 2 … năm 2022': both amounts are figures with their own years, no change value stated.",
    "'cao gần gấp đôi bình quân cả nước' is the change of 28,4 (2 lần, nearly). 'hiện có' gives no period. '18 tháng' (training length), '3-4 giờ' (a quote's walking time) optional.",
    "Distractors: 'Dự án 7', 'Chương trình MTQG 1719', 'Kế hoạch số 3012/KH-UBND', '(BĐBP)'. 'phấn đấu đến năm 2025' gives two targets.",
]
emit(5, TEXT, COMMENTS, FIGS, published="2023-11-22", location="Điện Biên")
