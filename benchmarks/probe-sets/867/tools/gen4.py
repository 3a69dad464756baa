from lib import F, P, I, C, T, build

TEXT = """
BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ / Tin tức / Hoạt động của Bộ
Ngày đăng: 26/06/2023 | 10:05

Quản lý rượu thủ công: mới khoảng 5% cơ sở được cấp phép

Theo Vụ Thị trường trong nước (Bộ Công Thương), cả nước hiện sản xuất khoảng 300 triệu lít rượu thủ công mỗi năm, chiếm gần 70% tổng lượng rượu tiêu thụ. Tuy nhiên, tính đến ngày 31/5/2023, các địa phương mới cấp 6.812 giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh và xác nhận 3.945 hộ đăng ký bán rượu cho doanh nghiệp để chế biến lại.

Trong 5 tháng đầu năm 2023, lực lượng quản lý thị trường cả nước đã kiểm tra 2.174 vụ việc liên quan đến rượu, xử lý 1.906 vụ vi phạm, thu nộp ngân sách hơn 9,8 tỷ đồng, tăng 14,2% so với cùng kỳ năm 2022. Theo số liệu của Bộ Y tế, năm 2022 cả nước ghi nhận 13 vụ ngộ độc rượu làm 48 người mắc, 11 người tử vong; hầu hết do uống rượu có hàm lượng methanol vượt mức cho phép hàng trăm lần.

Bộ Công Thương đang hoàn thiện dự thảo Nghị định sửa đổi Nghị định số 105/2017/NĐ-CP theo hướng đơn giản hóa thủ tục cấp phép. Mục tiêu đến năm 2025 có ít nhất 30% cơ sở sản xuất rượu thủ công được cấp phép hoặc đăng ký; 100% địa phương tổ chức kiểm tra định kỳ chất lượng rượu.

Bộ cũng đề nghị UBND các tỉnh, thành phố chỉ đạo rà soát, lập danh sách hộ nấu rượu; đến nay mới có 41/63 địa phương hoàn thành. Các tỉnh có nhiều giấy phép sản xuất rượu thủ công nhất lần lượt là Hà Giang (812 giấy phép), Bắc Giang (604 giấy phép) và Bình Định (541 giấy phép).

Tại Hội nghị trực tuyến ngày 20/6, Thứ trưởng Phan Thị Thắng đề nghị các địa phương thực hiện nghiêm Chỉ thị số 17/CT-TTg và báo cáo kết quả trước ngày 15/12/2023.

Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2108
"""

MAY = P("tính đến ngày 31/5/2023", None, "2023-05-31")
M5 = P("5 tháng đầu năm 2023", "2023-01-01", "2023-05-31")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
NOW = P("đến nay", None, "2023-06-26")

FIGS = [
    F("khoảng 5% cơ sở", "5", 5, "percent", "%", "cơ sở sản xuất rượu thủ công được cấp phép", approx="about"),
    F("khoảng 300 triệu lít", "300", 300e6, "measure", "lít", "rượu thủ công sản xuất mỗi năm",
      approx="about", percent=70),
    F("cấp 6.812 giấy phép", "6.812", 6812, "count", "giấy phép",
      "giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", MAY),
    F("xác nhận 3.945 hộ", "3.945", 3945, "count", "hộ", "hộ đăng ký bán rượu cho doanh nghiệp để chế biến lại", MAY),
    F("kiểm tra 2.174 vụ việc", "2.174", 2174, "count", "vụ việc", "vụ việc liên quan đến rượu được kiểm tra", M5),
    F("xử lý 1.906 vụ vi phạm", "1.906", 1906, "count", "vụ vi phạm", "vụ vi phạm được xử lý", M5),
    F("hơn 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", "thu nộp ngân sách", M5, approx="over",
      change=C("increase", 14.2, "%", "cùng kỳ năm 2022")),
    F("ghi nhận 13 vụ ngộ độc", "13", 13, "count", "vụ ngộ độc", "vụ ngộ độc rượu", Y22),
    F("làm 48 người mắc", "48", 48, "count", "người", "người mắc ngộ độc rượu", Y22),
    F("11 người tử vong", "11", 11, "count", "người", "người tử vong do ngộ độc rượu", Y22),
    F("hàng trăm lần", "trăm", 100, "multiple", "lần", "hàm lượng methanol vượt mức cho phép", approx="about",
      optional=True),
    F("ít nhất 30% cơ sở", "30", 30, "percent", "%", "cơ sở sản xuất rượu thủ công được cấp phép hoặc đăng ký",
      T25, approx="at_least", status="target"),
    F("100% địa phương", "100", 100, "percent", "%", "địa phương tổ chức kiểm tra định kỳ chất lượng rượu",
      T25, status="target"),
    F("41/63 địa phương", "41", 41, "count", "địa phương", "địa phương hoàn thành rà soát, lập danh sách hộ nấu rượu",
      NOW, total=63),
    F("Hà Giang (812 giấy phép)", "812", 812, "count", "giấy phép", "giấy phép sản xuất rượu thủ công", I(MAY), location="Hà Giang"),
    F("Bắc Giang (604 giấy phép)", "604", 604, "count", "giấy phép", "giấy phép sản xuất rượu thủ công", I(MAY), location="Bắc Giang"),
    F("Bình Định (541 giấy phép)", "541", 541, "count", "giấy phép", "giấy phép sản xuất rượu thủ công", I(MAY), location="Bình Định"),
]

NOTES = [
    "Bộ Công Thương site: quản lý rượu thủ công (national, 26/06/2023). All figures Việt Nam except the 'lần lượt' list items (their province).",
    "'chiếm gần 70%' is the share of 300 triệu lít (percent attribute). 'hàng trăm lần' is vague: optional (value 100, about).",
    "List subject: the list's indicator is 'nhiều giấy phép sản xuất rượu thủ công nhất'; items' provinces are locations.",
    "Distractors: Nghị định số 105/2017/NĐ-CP, Chỉ thị số 17/CT-TTg, ngày 20/6, trước ngày 15/12/2023, 54 Hai Bà Trưng, 024.2220.2108, 10:05.",
    "'đến nay' ends at the dateline (2023-06-26).",
]

build("p867-4", TEXT, FIGS, NOTES, published="2023-06-26", location="Việt Nam")
