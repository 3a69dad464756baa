from lib import F, P, I, CH, TG, emit

TEXT = """Cổng Thông tin điện tử tỉnh Quảng Bình
Trang chủ > Tin tức > Văn hóa - Xã hội

Hơn 8.600 trẻ em có hoàn cảnh đặc biệt được trợ giúp trong 9 tháng năm 2024
Cập nhật: 15/10/2024 09:20 | Lượt xem: 2.341

(QBP) - Theo Sở Lao động - Thương binh và Xã hội, tính đến ngày 30/9/2024, toàn tỉnh Quảng Bình có 224.518 trẻ em dưới 16 tuổi, chiếm 24,6% dân số. Trong đó, 9.142 trẻ em có hoàn cảnh đặc biệt, giảm 3,8% so với cùng thời điểm năm 2023; 31.406 trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt.

Trẻ em có hoàn cảnh đặc biệt gồm 1.215 trẻ em mồ côi cả cha và mẹ, 3.468 trẻ em khuyết tật nặng và đặc biệt nặng, 612 trẻ em bị xâm hại, bạo lực và các nhóm khác. Các địa phương có nhiều trẻ em có hoàn cảnh đặc biệt là huyện Minh Hóa (1.386 em), Tuyên Hóa (1.102 em) và Lệ Thủy (978 em).

9 tháng năm 2024, các cấp, ngành đã trợ giúp, chăm sóc 8.657 trẻ em có hoàn cảnh đặc biệt, đạt 94,7%; hỗ trợ 2.150 trẻ em nghèo, trẻ em vùng đồng bào dân tộc thiểu số với tổng kinh phí trên 5,2 tỷ đồng.

Quỹ Bảo trợ trẻ em tỉnh từ đầu năm đến nay đã vận động được 3,75 tỷ đồng, tăng 12,6% so với cùng kỳ, bằng 83,3% kế hoạch năm (4,5 tỷ đồng). Thực hiện Quyết định số 1426/QĐ-UBND ngày 12/5/2022 của UBND tỉnh, Quỹ đã trao 540 suất quà cho trẻ em mồ côi, mỗi suất trị giá 1,5 triệu đồng.

Năm 2024, tỉnh phấn đấu trên 95% trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc; giảm tỷ suất trẻ em tử vong do đuối nước xuống dưới 6 trẻ/100.000 trẻ em.

Người dân phát hiện trẻ em bị xâm hại, bạo lực có thể gọi Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 (miễn phí) hoặc liên hệ Sở Lao động - Thương binh và Xã hội tại số 9 đường Nguyễn Hữu Cảnh, thành phố Đồng Hới.

Hoài Thương
"""

AS = P("tính đến ngày 30/9/2024", None, "2024-09-30")
Y9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("Hơn 8.600 trẻ em", "8.600", 8600, "count", "trẻ em", "trẻ em có hoàn cảnh đặc biệt được trợ giúp", Y9, approx="over"),
    F("trẻ em dưới 16 tuổi", "16", 16, "measure", "tuổi", approx="under", optional=True),
    F("có 224.518 trẻ em", "224.518", 224518, "count", "trẻ em", "trẻ em dưới 16 tuổi", AS, percent=24.6),
    F("9.142 trẻ em", "9.142", 9142, "count", "trẻ em", "trẻ em có hoàn cảnh đặc biệt", I(AS),
      total=224518, change=CH("decrease", 3.8, baseline="cùng thời điểm năm 2023")),
    F("31.406 trẻ em", "31.406", 31406, "count", "trẻ em", "trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt", I(AS), total=224518),
    F("gồm 1.215 trẻ em", "1.215", 1215, "count", "trẻ em", "trẻ em mồ côi cả cha và mẹ", I(AS), total=9142),
    F("3.468 trẻ em", "3.468", 3468, "count", "trẻ em", "trẻ em khuyết tật nặng và đặc biệt nặng", I(AS), total=9142),
    F("612 trẻ em", "612", 612, "count", "trẻ em", "trẻ em bị xâm hại, bạo lực", I(AS), total=9142),
    F("Minh Hóa (1.386 em)", "1.386", 1386, "count", "em", "trẻ em có hoàn cảnh đặc biệt", I(AS), location="Minh Hóa"),
    F("Tuyên Hóa (1.102 em)", "1.102", 1102, "count", "em", "trẻ em có hoàn cảnh đặc biệt", I(AS), location="Tuyên Hóa"),
    F("Lệ Thủy (978 em)", "978", 978, "count", "em", "trẻ em có hoàn cảnh đặc biệt", I(AS), location="Lệ Thủy"),
    F("chăm sóc 8.657 trẻ em", "8.657", 8657, "count", "trẻ em", "trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc", Y9,
      percent=94.7),
    F("hỗ trợ 2.150 trẻ em", "2.150", 2150, "count", "trẻ em",
      "trẻ em nghèo, trẻ em vùng đồng bào dân tộc thiểu số được hỗ trợ", Y9),
    F("trên 5,2 tỷ đồng", "5,2", 5.2e9, "money", "đồng", "tổng kinh phí hỗ trợ trẻ em nghèo, trẻ em vùng đồng bào dân tộc thiểu số",
      Y9, approx="over"),
    F("được 3,75 tỷ đồng", "3,75", 3.75e9, "money", "đồng", "Quỹ Bảo trợ trẻ em tỉnh vận động", YTD,
      percent=83.3, change=CH("increase", 12.6, baseline="cùng kỳ"), target=TG(4.5e9, "đồng", False)),
    F("trao 540 suất quà", "540", 540, "count", "suất quà", "suất quà trao cho trẻ em mồ côi", I(YTD)),
    F("trị giá 1,5 triệu đồng", "1,5", 1.5e6, "money", "đồng", "giá trị mỗi suất quà", I(YTD)),
    F("trên 95% trẻ em", "95", 95, "percent", "%", "trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc", Y24,
      approx="over", status="target"),
    F("dưới 6 trẻ/100.000", "6", 6, "measure", "trẻ/100.000 trẻ em", "tỷ suất trẻ em tử vong do đuối nước", Y24,
      approx="under", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Bình (province portal): trẻ em có hoàn cảnh đặc biệt, 9 tháng năm 2024; Quỹ Bảo trợ trẻ em; 2024 targets.",
    "Dateline 'Cập nhật: 15/10/2024 09:20 | Lượt xem: 2.341' (counter = furniture). Distractors: Quyết định số 1426/QĐ-UBND ngày 12/5/2022,",
    "Tổng đài ... 111 (phone), 'số 9 đường Nguyễn Hữu Cảnh' (address), '(QBP)' tag. 'dưới 16 tuổi' is the age that defines a child: optional.",
    "'Trong đó' after 224.518 trẻ em: 9.142 and 31.406 are parts (total 224518). 'Trẻ em có hoàn cảnh đặc biệt gồm …' (next paragraph) names",
    "the 9.142 as the whole and lists its parts with 'gồm': total 9142. District list: places -> location, subject = list's indicator.",
    "'bằng 83,3% kế hoạch năm (4,5 tỷ đồng)': percent 83.3 and target 4,5 tỷ (not met). 'từ đầu năm đến nay' ends at the dateline.",
    "'giảm … xuống dưới 6 trẻ/100.000 trẻ em' states the new level (a target rate, unit with its denominator), not a change.",
    "Headline 'Hơn 8.600 trẻ em … trong 9 tháng năm 2024' is a figure of its own (rounded restatement in the title).",
]
emit("p460-1", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Quảng Bình")
