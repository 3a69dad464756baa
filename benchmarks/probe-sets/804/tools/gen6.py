"""p804-6: national newspaper (VnExpress-like dateline): overdue lift inspections in Hà Nội, Oct 2024."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Dân sinh
Thứ hai, 14/10/2024, 06:30 (GMT+7)
Hàng nghìn thang máy chung cư ở Hà Nội quá hạn kiểm định

Khoảng 1.900 thang máy tại các tòa chung cư ở Hà Nội đã quá hạn kiểm định, nhiều thang vẫn chở hàng trăm cư dân mỗi ngày.

Sáng 12/10, thang máy tại một tòa nhà ở phường Hoàng Liệt, quận Hoàng Mai bất ngờ tụt từ tầng 9 xuống tầng 3 khi đang chở 6 người. Rất may không ai bị thương nặng, 2 người được đưa đi kiểm tra tại Bệnh viện Bạch Mai.

Theo Sở Lao động - Thương binh và Xã hội Hà Nội, thành phố hiện có khoảng 16.500 thang máy tại hơn 2.700 tòa nhà chung cư. Kết quả rà soát 9 tháng năm 2024 cho thấy 1.893 thang máy quá hạn kiểm định, chiếm 11,5%, tập trung ở các quận Hoàng Mai (312 thang), Hà Đông (276 thang) và Nam Từ Liêm (241 thang). Đáng chú ý, có 68 thang máy chưa từng được kiểm định kể từ khi đưa vào sử dụng.

Năm 2023, Thanh tra Sở đã kiểm tra 146 chủ đầu tư, ban quản lý tòa nhà, xử phạt 23 đơn vị với tổng số tiền 1,15 tỷ đồng. Theo Nghị định số 12/2022/NĐ-CP, mức phạt đối với hành vi sử dụng thang máy chưa kiểm định là từ 20 đến 40 triệu đồng mỗi thiết bị.

Ông Nguyễn Văn Hùng, Giám đốc một trung tâm kiểm định, cho biết tuổi thọ thiết kế của thang máy thường khoảng 20-25 năm, nhưng nhiều thang ở các khu tái định cư đã vận hành gần 18 năm mà chưa thay cáp, phanh. "Phí kiểm định chỉ khoảng 3 triệu đồng mỗi thang, thấp hơn nhiều so với chi phí khắc phục sự cố", ông nói.

Sở dự kiến đến hết năm 2024 kiểm tra ít nhất 200 tòa nhà, đồng thời phấn đấu giảm tỷ lệ thang máy quá hạn kiểm định xuống dưới 5%.

Võ Hải
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
DAY = P("Sáng 12/10", "2024-10-12", "2024-10-12")
END24 = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("Hàng nghìn thang máy", "nghìn", 1000, "count", "thang máy", approx="about",
      subject="thang máy chung cư quá hạn kiểm định", optional=True),
    F("hàng trăm cư dân", "trăm", 100, "count", "cư dân", approx="about",
      subject="cư dân đi thang máy quá hạn kiểm định mỗi ngày", optional=True),
    F("Khoảng 1.900 thang máy", "1.900", 1900, "count", "thang máy", approx="about",
      subject="thang máy tại các tòa chung cư quá hạn kiểm định", period=I(M9)),
    F("đang chở 6 người", "6", 6, "count", "người",
      subject="người trong thang máy gặp sự cố", period=DAY, location="Hoàng Mai"),
    F("nặng, 2 người", "2", 2, "count", "người",
      subject="người được đưa đi kiểm tra tại bệnh viện", period=I(DAY), location="Hoàng Mai"),
    F("khoảng 16.500 thang máy", "16.500", 16500, "count", "thang máy", approx="about",
      subject="thang máy tại các tòa nhà chung cư"),
    F("hơn 2.700 tòa nhà", "2.700", 2700, "count", "tòa nhà", approx="over",
      subject="tòa nhà chung cư"),
    F("cho thấy 1.893 thang máy", "1.893", 1893, "count", "thang máy", percent=11.5,
      subject="thang máy quá hạn kiểm định", period=M9),
    F("Hoàng Mai (312 thang)", "312", 312, "count", "thang",
      subject="thang máy quá hạn kiểm định", period=M9, location="Hoàng Mai"),
    F("Hà Đông (276 thang)", "276", 276, "count", "thang",
      subject="thang máy quá hạn kiểm định", period=M9, location="Hà Đông"),
    F("Nam Từ Liêm (241 thang)", "241", 241, "count", "thang",
      subject="thang máy quá hạn kiểm định", period=M9, location="Nam Từ Liêm"),
    F("có 68 thang máy", "68", 68, "count", "thang máy",
      subject="thang máy chưa từng được kiểm định kể từ khi đưa vào sử dụng", period=I(M9)),
    F("kiểm tra 146 chủ đầu tư", "146", 146, "count", "chủ đầu tư, ban quản lý tòa nhà",
      subject="chủ đầu tư, ban quản lý tòa nhà được kiểm tra", period=Y23),
    F("xử phạt 23 đơn vị", "23", 23, "count", "đơn vị",
      subject="đơn vị bị xử phạt", period=Y23),
    F("tiền 1,15 tỷ đồng", "1,15", 1150000000, "money", "đồng",
      subject="tổng số tiền xử phạt", period=Y23),
    F("từ 20 đến 40 triệu đồng", "20", 20000000, "money", "đồng/thiết bị", value_max=40000000,
      subject="mức phạt đối với hành vi sử dụng thang máy chưa kiểm định", location="Việt Nam"),
    F("khoảng 20-25 năm", "20", 20, "measure", "năm", value_max=25, approx="about",
      subject="tuổi thọ thiết kế của thang máy"),
    F("gần 18 năm", "18", 18, "measure", "năm", approx="nearly",
      subject="thời gian vận hành thang máy ở các khu tái định cư"),
    F("khoảng 3 triệu đồng", "3", 3000000, "money", "đồng/thang", approx="about",
      subject="phí kiểm định thang máy"),
    F("ít nhất 200 tòa nhà", "200", 200, "count", "tòa nhà", approx="at_least", status="forecast",
      subject="tòa nhà được kiểm tra", period=END24),
    F("xuống dưới 5%", "5", 5, "percent", "%", approx="under", status="target",
      subject="tỷ lệ thang máy quá hạn kiểm định", period=END24),
]

NOTES = [
    "National newspaper (invented, VnExpress-like 'Thứ hai, 14/10/2024, 06:30 (GMT+7)'): overdue lift inspections in Hà Nội.",
    "Headline 'Hàng nghìn thang máy' and 'hàng trăm cư dân' (vague number words) optional. 'tầng 9', 'tầng 3' (floor labels), 'Sáng 12/10', 'Bệnh viện Bạch Mai',",
    "'Nghị định số 12/2022/NĐ-CP', byline are not figures. The incident figures are in Hoàng Mai, period the day 12/10/2024.",
    "District list after 'tập trung ở' (312+276+241 ≠ 1.893) gets no total; the subject is the list's indicator.",
    "Fine range 'từ 20 đến 40 triệu đồng mỗi thiết bị' → money range, unit đồng/thiết bị (a rule's figure, recorded like a support level);",
    "its place is Việt Nam (a national decree's fine level, not a Hà Nội figure).",
    "'Sở dự kiến đến hết năm 2024 kiểm tra ít nhất 200 tòa nhà' → forecast; 'phấn đấu giảm ... xuống dưới 5%' → target level 5%, under.",
    "Stock figures with 'hiện' (16.500 thang máy, 2.700 tòa nhà) get no period.",
]

write("p804-6", TEXT, NOTES, FIGS, published="2024-10-14", location="Hà Nội")
