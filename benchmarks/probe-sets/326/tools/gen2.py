from lib import F, P, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH NGHỆ AN
Số 121 đường Lê Hồng Phong, TP Vinh | ĐT: 0238.3844.525

Nghệ An: 6 tháng đầu năm 2024, 27 trẻ em tử vong do đuối nước
Ngày đăng: 18/07/2024 | Lượt xem: 865

Theo số liệu tổng hợp của Sở Lao động - Thương binh và Xã hội, 6 tháng đầu năm 2024, toàn tỉnh xảy ra 31 vụ đuối nước làm 27 trẻ em tử vong, giảm 8 em (tương đương giảm 22,9%) so với cùng kỳ năm 2023. Trong số trẻ tử vong, trẻ từ 6 đến 15 tuổi là 19 em, chiếm 70,4%; trẻ dưới 6 tuổi là 8 em.

Tháng 5 và tháng 6 là thời điểm xảy ra nhiều vụ nhất với 19 vụ, chiếm 61,3% tổng số vụ. Các địa phương có nhiều trẻ em tử vong do đuối nước là huyện Quỳnh Lưu (4 em), huyện Diễn Châu (3 em), huyện Nghi Lộc (3 em) và huyện Thanh Chương (2 em).

Về công tác phổ cập bơi, từ đầu năm đến nay, ngành giáo dục và các địa phương đã tổ chức 318 lớp dạy bơi cho 9.540 trẻ em; ước cả năm 2024 có khoảng 21.000 trẻ em được học bơi, đạt 105% kế hoạch. Toàn tỉnh hiện có 142 bể bơi, trong đó chỉ có 36 bể bơi trong trường học; tỷ lệ trường học có bể bơi mới đạt 2,8%.

Kinh phí bố trí cho công tác phòng, chống đuối nước trẻ em năm 2024 là 2,65 tỷ đồng, tăng 400 triệu đồng so với năm 2023.

Theo Kế hoạch số 245/KH-UBND ngày 12/4/2024 của UBND tỉnh, đến năm 2025 phấn đấu giảm tỷ suất trẻ em tử vong do đuối nước xuống dưới 5 trẻ/100.000 trẻ em và có ít nhất 45% trẻ em từ 6 đến 16 tuổi biết bơi an toàn. Sở đề nghị các huyện, thành phố, thị xã rà soát, cắm biển cảnh báo tại các ao, hồ, sông, suối nguy hiểm, nhất là trong thời gian nghỉ hè.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1_I = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-07-18")
TGT = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("2024, 27 trẻ em", "27", 27, "count", "trẻ em", "trẻ em tử vong do đuối nước", period=H1),
    F("xảy ra 31 vụ", "31", 31, "count", "vụ", "vụ đuối nước", period=H1),
    F("làm 27 trẻ em", "27", 27, "count", "trẻ em", "trẻ em tử vong do đuối nước",
      change={"direction": "decrease", "value": 8, "unit": "em", "baseline": "cùng kỳ năm 2023"}, period=H1),
    F("giảm 22,9%", "22,9", 22.9, "percent", "%", "giảm số trẻ em tử vong do đuối nước so với cùng kỳ",
      optional=True, period=H1),
    F("là 19 em", "19", 19, "count", "em", "trẻ từ 6 đến 15 tuổi tử vong do đuối nước", total=27, percent=70.4,
      period=H1_I),
    F("tuổi là 8 em", "8", 8, "count", "em", "trẻ dưới 6 tuổi tử vong do đuối nước", total=27, period=H1_I),
    F("từ 6 đến 15 tuổi là", "6", 6, "measure", "tuổi", "độ tuổi", value_max=15, optional=True),
    F("dưới 6 tuổi", "6", 6, "measure", "tuổi", "độ tuổi", approx="under", optional=True),
    F("với 19 vụ", "19", 19, "count", "vụ", "vụ đuối nước", percent=61.3,
      period=P("Tháng 5 và tháng 6", "2024-05-01", "2024-06-30")),
    F("Quỳnh Lưu (4 em)", "4", 4, "count", "em", "trẻ em tử vong do đuối nước", location="Quỳnh Lưu", period=H1_I),
    F("Diễn Châu (3 em)", "3", 3, "count", "em", "trẻ em tử vong do đuối nước", location="Diễn Châu", period=H1_I),
    F("Nghi Lộc (3 em)", "3", 3, "count", "em", "trẻ em tử vong do đuối nước", location="Nghi Lộc", period=H1_I),
    F("Thanh Chương (2 em)", "2", 2, "count", "em", "trẻ em tử vong do đuối nước", location="Thanh Chương", period=H1_I),
    F("tổ chức 318 lớp", "318", 318, "count", "lớp", "lớp dạy bơi", period=YTD),
    F("cho 9.540 trẻ em", "9.540", 9540, "count", "trẻ em", "trẻ em được dạy bơi", period=YTD),
    F("khoảng 21.000 trẻ em", "21.000", 21000, "count", "trẻ em", "trẻ em được học bơi", approx="about",
      percent=105, status="estimate", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("có 142 bể bơi", "142", 142, "count", "bể bơi", "bể bơi"),
    F("có 36 bể bơi", "36", 36, "count", "bể bơi", "bể bơi trong trường học", total=142),
    F("đạt 2,8%", "2,8", 2.8, "percent", "%", "tỷ lệ trường học có bể bơi"),
    F("là 2,65 tỷ đồng", "2,65", 2.65e9, "money", "đồng", "kinh phí phòng, chống đuối nước trẻ em",
      change={"direction": "increase", "value": 4e8, "unit": "đồng", "baseline": "năm 2023"},
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("dưới 5 trẻ/100.000", "5", 5, "measure", "trẻ/100.000 trẻ em", "tỷ suất trẻ em tử vong do đuối nước",
      approx="under", status="target", period=TGT),
    F("ít nhất 45%", "45", 45, "percent", "%", "trẻ em từ 6 đến 16 tuổi biết bơi an toàn", approx="at_least",
      status="target", period=TGT),
    F("từ 6 đến 16 tuổi", "6", 6, "measure", "tuổi", "độ tuổi", value_max=16, optional=True),
]

COMMENTS = [
    "Sở LĐ-TB&XH Nghệ An (department site): đuối nước trẻ em 6 tháng đầu năm 2024. 'Ngày đăng: 18/07/2024' (no time) is the date; 'Lượt xem: 865' furniture.",
    "Distractors: address 'Số 121 đường Lê Hồng Phong', phone '0238.3844.525', 'Kế hoạch số 245/KH-UBND ngày 12/4/2024', '100.000 trẻ em' (rate denominator).",
    "'giảm 8 em (tương đương giảm 22,9%)': the first change is the attribute, the second is a percent figure of its own (optional, FIGURES.md).",
    "'Trong số trẻ tử vong, ... 19 em, chiếm 70,4%; ... 8 em': parts of the 27 deaths after a sentence break (total 27). Ages optional.",
    "'19 vụ, chiếm 61,3% tổng số vụ': percent 61.3, no numeric whole stated in the sentence, so no total; period 'Tháng 5 và tháng 6' (year 2024 from the earlier period).",
    "District list after 'là' (not a part cue following a figure): no totals; districts are locations, period inherited.",
    "'ước cả năm 2024 ... khoảng 21.000 ..., đạt 105% kế hoạch': estimate, about, percent 105. 'từ đầu năm đến nay' ends at the dateline.",
    "'tăng 400 triệu đồng so với năm 2023': change 4e8 đồng. 'đến năm 2025 phấn đấu' targets: start null, end 2025-12-31; rate unit keeps its denominator.",
]

if __name__ == "__main__":
    write("p326-2", TEXT, FIGS, COMMENTS, published="2024-07-18", location="Nghệ An")
