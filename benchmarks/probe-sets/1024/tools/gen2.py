from lib import F, P, I, C, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẦN GIUỘC
Trang chủ > Tin tức > Văn hóa - Xã hội
Thứ Hai, 15/05/2023 - 10:20

Bếp cơm 0 đồng của Trung tâm Y tế huyện sau 2 năm hoạt động

Sáng 13/5, Ủy ban MTTQ Việt Nam huyện Cần Giuộc phối hợp Trung tâm Y tế huyện tổ chức sơ kết 2 năm hoạt động Bếp cơm 0 đồng. Trung tâm Y tế huyện hiện có quy mô 220 giường bệnh, mỗi ngày tiếp nhận khoảng 700 lượt khám, trong đó nhiều người bệnh là lao động nghèo từ các xã ven sông.

Từ tháng 5/2021 đến nay, bếp đã nấu và phát tặng 86.400 suất cơm và 12.600 phần cháo dinh dưỡng cho người bệnh, thân nhân, tổng giá trị hơn 1,9 tỷ đồng. Riêng năm 2022, bếp phát 41.300 suất cơm, tăng 9.800 suất so với năm 2021. Bếp nấu vào thứ Ba, thứ Năm và thứ Bảy hằng tuần, mỗi buổi phát từ 150 đến 180 suất.

Kinh phí chủ yếu do 37 mạnh thường quân, 5 doanh nghiệp và các chùa trên địa bàn đóng góp; trong đó Công ty TNHH Thực phẩm Phước Lộc (Khu công nghiệp Long Hậu 3) hỗ trợ mỗi tháng 2 tấn gạo. Chi phí bình quân khoảng 18.000 đồng/suất, mỗi tháng bếp cần gần 60 triệu đồng.

Tổ tình nguyện của bếp có 24 thành viên, phần lớn là hội viên Hội Phụ nữ, Hội Cựu chiến binh các xã, thị trấn; người lớn tuổi nhất là bà Trần Thị Bảy, 72 tuổi, ở ấp 4, xã Phước Lại.

Thời gian tới, huyện đặt mục tiêu nâng số suất lên 250 suất/buổi và vận động thêm ít nhất 10 nhà tài trợ thường xuyên, hướng tới phục vụ cả bữa tối cho người nhà bệnh nhân.

Minh Thư (Trung tâm VH-TT&TT huyện)
"""

SINCE = P("Từ tháng 5/2021 đến nay", "2021-05-01", "2023-05-15")

FIGS = [
    F("quy mô 220 giường bệnh", "220", 220, "count", "giường bệnh",
      subject="giường bệnh của Trung tâm Y tế huyện"),
    F("khoảng 700 lượt khám", "700", 700, "count", "lượt khám", approx="about",
      subject="lượt khám Trung tâm Y tế huyện tiếp nhận mỗi ngày"),
    F("phát tặng 86.400 suất cơm", "86.400", 86400, "count", "suất cơm",
      subject="suất cơm bếp đã nấu và phát tặng", period=SINCE),
    F("12.600 phần cháo", "12.600", 12600, "count", "phần cháo",
      subject="phần cháo dinh dưỡng bếp đã phát tặng", period=SINCE),
    F("hơn 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", approx="over",
      subject="tổng giá trị suất cơm, cháo đã phát tặng", period=SINCE),
    F("bếp phát 41.300 suất cơm", "41.300", 41300, "count", "suất cơm",
      change=C("increase", 9800, "suất", "năm 2021"),
      subject="suất cơm bếp phát", period=P("năm 2022", "2022-01-01", "2022-12-31")),
    F("từ 150 đến 180 suất", "150", 150, "count", "suất", value_max=180,
      subject="suất cơm phát mỗi buổi"),
    F("37 mạnh thường quân", "37", 37, "count", "mạnh thường quân",
      subject="mạnh thường quân đóng góp kinh phí cho bếp", period=I(SINCE)),
    F("5 doanh nghiệp", "5", 5, "count", "doanh nghiệp",
      subject="doanh nghiệp đóng góp kinh phí cho bếp", period=I(SINCE)),
    F("2 tấn gạo", "2", 2, "measure", "tấn",
      subject="gạo Công ty TNHH Thực phẩm Phước Lộc hỗ trợ mỗi tháng"),
    F("khoảng 18.000 đồng/suất", "18.000", 18000, "money", "đồng/suất", approx="about",
      subject="chi phí bình quân một suất"),
    F("gần 60 triệu đồng", "60", 60e6, "money", "đồng", approx="nearly",
      subject="kinh phí bếp cần mỗi tháng"),
    F("có 24 thành viên", "24", 24, "count", "thành viên",
      subject="thành viên tổ tình nguyện của bếp"),
    F("72 tuổi", "72", 72, "measure", "tuổi", subject="tuổi của tình nguyện viên lớn tuổi nhất", optional=True),
    F("lên 250 suất/buổi", "250", 250, "measure", "suất/buổi", status="target",
      subject="số suất phát mỗi buổi"),
    F("ít nhất 10 nhà tài trợ", "10", 10, "count", "nhà tài trợ", approx="at_least", status="target",
      subject="nhà tài trợ thường xuyên vận động thêm"),
]

emit("p1024-2", TEXT, FIGS, published="2023-05-15", location="Cần Giuộc", comments=[
    "District portal (huyện Cần Giuộc, Long An): 'Bếp cơm 0 đồng' of the district health centre after two years. Dateline 'Thứ Hai, 15/05/2023 - 10:20'.",
    "Not figures: '2 năm hoạt động' (the event's name/duration, cf. 'Sơ kết 01 năm'), 'Sáng 13/5', 'Long Hậu 3', 'ấp 4', weekdays, 'bà Trần Thị Bảy', 'Cơm 0 đồng'.",
    "'Từ tháng 5/2021 đến nay' ends at the dateline. 'hiện có', 'mỗi ngày', 'mỗi buổi', 'mỗi tháng' give no period.",
    "The age '72 tuổi' of one volunteer is optional. '250 suất/buổi' is a rate (measure), target.",
    "'trong đó Công ty ... hỗ trợ mỗi tháng 2 tấn gạo' is not a part of the donors' count (different thing): no total.",
])
