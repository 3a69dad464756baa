"""p1349-2: district portal (huyện Củ Chi, TP Hồ Chí Minh): pre-pregnancy counselling, low fertility."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CỦ CHI
Thành phố Hồ Chí Minh
Trang chủ / Tin tức / Dân số - Gia đình

Củ Chi: Gần 700 cặp vợ chồng được tư vấn, khám sức khỏe trước khi mang thai

16/08/2024 - 10:20

Sáng 15/8, tại Hội trường UBND huyện (số 77 Tỉnh lộ 8, khu phố 1, thị trấn Củ Chi), Trung tâm Y tế huyện tổ chức hội nghị truyền thông “Sinh đủ hai con, nuôi dạy con tốt” với hơn 350 đoàn viên, thanh niên và công nhân Khu công nghiệp Tây Bắc Củ Chi tham dự.

Theo báo cáo, 7 tháng đầu năm 2024, tổng tỷ suất sinh của huyện ở mức 1,42 con/phụ nữ, thấp hơn mức sinh thay thế và thấp hơn bình quân cả nước (1,96 con). Số trẻ sinh ra là 3.164 trẻ, giảm 5,7% so với cùng kỳ; tuổi kết hôn trung bình lần đầu của nữ là 27,8 tuổi.

Từ đầu năm đến nay, huyện đã tư vấn, khám sức khỏe trước khi mang thai cho 692 cặp vợ chồng, đạt 86,5% kế hoạch năm; 2.945 phụ nữ mang thai được tầm soát trước sinh, chiếm 93,1% số phụ nữ mang thai. Huyện cũng tặng quà cho 215 phụ nữ sinh đủ 2 con trước 35 tuổi, mỗi suất 3 triệu đồng, tổng kinh phí 645 triệu đồng. Toàn huyện hiện có 64 câu lạc bộ tiền hôn nhân tại 21 xã, thị trấn.

Ông Trần Văn Lộc, Phó Giám đốc Trung tâm Y tế huyện cho biết, 5 tháng cuối năm, huyện phấn đấu tư vấn thêm ít nhất 110 cặp vợ chồng và tổ chức từ 8 đến 10 buổi truyền thông tại các khu công nghiệp. Mục tiêu đến năm 2025 là nâng tổng tỷ suất sinh của huyện lên 1,55 con/phụ nữ.

Người dân cần tư vấn có thể gọi đường dây nóng 028.3794.0236.

Tin khác:
- Củ Chi ra quân chiến dịch tiêm vắc xin sởi đợt 2
- Thị trấn Củ Chi tổng kết mô hình “Câu lạc bộ gia đình hạnh phúc”
"""

DAY = per("Sáng 15/8", "2024-08-15", "2024-08-15")
M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-08-16")
L5 = per("5 tháng cuối năm", "2024-08-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("Gần 700 cặp", "700", 700, "count", "cặp vợ chồng", approx="nearly",
        subject="cặp vợ chồng được tư vấn, khám sức khỏe trước khi mang thai"),
    fig("hơn 350 đoàn viên", "350", 350, "count", "đoàn viên, thanh niên và công nhân", approx="over",
        subject="đoàn viên, thanh niên và công nhân tham dự hội nghị truyền thông", period=DAY),
    fig("mức 1,42 con", "1,42", 1.42, "measure", "con/phụ nữ",
        subject="tổng tỷ suất sinh của huyện", period=M7),
    fig("(1,96 con)", "1,96", 1.96, "measure", "con",
        subject="tổng tỷ suất sinh bình quân cả nước", location="Việt Nam"),
    fig("là 3.164 trẻ", "3.164", 3164, "count", "trẻ",
        change=chg("decrease", 5.7, "%", "cùng kỳ"), subject="số trẻ sinh ra", period=inh(M7)),
    fig("là 27,8 tuổi", "27,8", 27.8, "measure", "tuổi",
        subject="tuổi kết hôn trung bình lần đầu của nữ", period=inh(M7)),
    fig("cho 692 cặp", "692", 692, "count", "cặp vợ chồng", percent=86.5,
        subject="cặp vợ chồng được tư vấn, khám sức khỏe trước khi mang thai", period=YTD),
    fig("2.945 phụ nữ", "2.945", 2945, "count", "phụ nữ mang thai", percent=93.1,
        subject="phụ nữ mang thai được tầm soát trước sinh", period=YTD),
    fig("cho 215 phụ nữ", "215", 215, "count", "phụ nữ",
        subject="phụ nữ sinh đủ 2 con trước 35 tuổi được tặng quà", period=inh(YTD)),
    fig("đủ 2 con", "2", 2, "count", "con", optional=True),
    fig("trước 35 tuổi", "35", 35, "measure", "tuổi", approx="under", optional=True),
    fig("mỗi suất 3 triệu", "3", 3e6, "money", "đồng/suất",
        subject="giá trị mỗi suất quà"),
    fig("kinh phí 645 triệu", "645", 645e6, "money", "đồng",
        subject="tổng kinh phí tặng quà", period=inh(YTD)),
    fig("có 64 câu lạc bộ", "64", 64, "count", "câu lạc bộ",
        subject="câu lạc bộ tiền hôn nhân"),
    fig("tại 21 xã", "21", 21, "count", "xã, thị trấn",
        subject="xã, thị trấn có câu lạc bộ tiền hôn nhân"),
    fig("ít nhất 110 cặp", "110", 110, "count", "cặp vợ chồng", approx="at_least", status="target",
        subject="cặp vợ chồng được tư vấn thêm", period=L5),
    fig("từ 8 đến 10 buổi", "8", 8, "count", "buổi", value_max=10, status="target",
        subject="buổi truyền thông tại các khu công nghiệp", period=L5),
    fig("lên 1,55 con", "1,55", 1.55, "measure", "con/phụ nữ", status="target",
        subject="tổng tỷ suất sinh của huyện", period=T25),
]

NOTES = [
    "District portal (huyện Củ Chi, TP Hồ Chí Minh): banner naming the district, '16/08/2024 - 10:20' under the headline.",
    "Distractors: 'số 77 Tỉnh lộ 8, khu phố 1' (address), the slogan “Sinh đủ hai con, nuôi dạy con tốt” (an event name, like",
    "cao điểm \"90 ngày, đêm\"), hotline 028.3794.0236, 'đợt 2' in a link title, 'Khu công nghiệp Tây Bắc Củ Chi'.",
    "'Sáng 15/8' (year from the dateline) is the day of the meeting: period of the 350 attendees.",
    "The national TFR '(1,96 con)' gets location Việt Nam and no period (the 7-month phrase does not describe it).",
    "'sinh đủ 2 con trước 35 tuổi' is the eligibility condition of the gift: '2 con' and '35 tuổi' optional.",
    "'mỗi suất 3 triệu đồng' is a rate (đồng/suất). 'Toàn huyện hiện có' figures have no period.",
    "'5 tháng cuối năm' runs August-December 2024; 'phấn đấu' governs both coordinated clauses (target).",
]

if __name__ == "__main__":
    write("p1349-2", TEXT, NOTES, FIGS, published="2024-08-16", location="Củ Chi")
