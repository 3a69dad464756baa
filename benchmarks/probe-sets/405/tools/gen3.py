from lib import *

T = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Hạ tầng kỹ thuật

Đẩy mạnh đầu tư cơ sở hỏa táng, tiết kiệm quỹ đất nghĩa trang

Ngày đăng: 22/03/2024

(MOC) - Sáng 21/3, tại Hà Nội, Cục Hạ tầng kỹ thuật tổ chức hội nghị sơ kết 8 năm thi hành Nghị định số 23/2016/NĐ-CP về xây dựng, quản lý, sử dụng nghĩa trang và cơ sở hỏa táng.

Theo báo cáo, tính đến hết năm 2023, cả nước có 126 cơ sở hỏa táng đang hoạt động với trên 400 lò hỏa táng, phân bố tại 46/63 tỉnh, thành phố. Tỷ lệ hỏa táng bình quân cả nước năm 2023 ước đạt 30,2%, cao hơn năm 2022 (27,5%). Một số địa phương đạt tỷ lệ rất cao như TP Hồ Chí Minh (trên 90%), Thái Bình (khoảng 91%), Nam Định (88%), Hà Nội (72%); trong khi nhiều tỉnh miền núi phía Bắc và Tây Nguyên còn dưới 5%.

Tổng diện tích đất nghĩa trang cả nước khoảng 98.500 ha, chiếm gần 0,3% diện tích đất tự nhiên. Mỗi năm cả nước có khoảng 560 nghìn người từ trần; nếu toàn bộ được địa táng thì cần thêm từ 1.200 đến 1.500 ha đất.

Giai đoạn 2021-2023, tổng vốn đầu tư xây dựng nghĩa trang và cơ sở hỏa táng đạt khoảng 12,4 nghìn tỷ đồng; vốn xã hội hóa chiếm 78%. Đã có 9 dự án công viên nghĩa trang quy mô trên 100 ha được chấp thuận chủ trương đầu tư.

Theo Quyết định số 2282/QĐ-TTg của Thủ tướng Chính phủ, mục tiêu đến năm 2030, tỷ lệ hỏa táng bình quân cả nước đạt từ 45 đến 50%, trong đó khu vực đô thị đạt 70%. Để đạt mục tiêu này, dự kiến cần đầu tư thêm khoảng 60 cơ sở hỏa táng.

Phát biểu tại hội nghị, Thứ trưởng Bộ Xây dựng đề nghị các địa phương rà soát Quy hoạch tỉnh thời kỳ 2021-2030, bảo đảm mỗi tỉnh có ít nhất 1 cơ sở hỏa táng.

Cục Hạ tầng kỹ thuật - Số 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội
"""

pe23 = P("tính đến hết năm 2023", None, "2023-12-31")
pe23i = P("tính đến hết năm 2023", None, "2023-12-31", True)
p23 = P("năm 2023", "2023-01-01", "2023-12-31")
p23i = P("năm 2023", "2023-01-01", "2023-12-31", True)
p22 = P("năm 2022", "2022-01-01", "2022-12-31")
pg = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
pgi = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31", True)
p30 = P("đến năm 2030", None, "2030-12-31")
p30i = P("đến năm 2030", None, "2030-12-31", True)
RATE = "tỷ lệ hỏa táng"

figs = [
    F("sơ kết 8 năm", "8", 8, "measure", "năm", optional=True),
    F("có 126 cơ sở hỏa táng", "126", 126, "count", "cơ sở hỏa táng", "cơ sở hỏa táng đang hoạt động", period=pe23),
    F("trên 400 lò", "400", 400, "count", "lò hỏa táng", "lò hỏa táng", approx="over", period=pe23),
    F("tại 46/63 tỉnh", "46", 46, "count", "tỉnh, thành phố", "tỉnh, thành phố có cơ sở hỏa táng", total=63, period=pe23),
    F("ước đạt 30,2%", "30,2", 30.2, "percent", "%", "Tỷ lệ hỏa táng bình quân cả nước", status="estimate", period=p23),
    F("năm 2022 (27,5%)", "27,5", 27.5, "percent", "%", "Tỷ lệ hỏa táng bình quân cả nước", period=p22),
    F("(trên 90%)", "90", 90, "percent", "%", RATE, approx="over", period=p23i, location="TP Hồ Chí Minh"),
    F("(khoảng 91%)", "91", 91, "percent", "%", RATE, approx="about", period=p23i, location="Thái Bình"),
    F("Nam Định (88%)", "88", 88, "percent", "%", RATE, period=p23i, location="Nam Định"),
    F("Hà Nội (72%)", "72", 72, "percent", "%", RATE, period=p23i, location="Hà Nội"),
    F("còn dưới 5%", "5", 5, "percent", "%", "tỷ lệ hỏa táng nhiều tỉnh miền núi phía Bắc và Tây Nguyên", approx="under", period=p23i),
    F("khoảng 98.500 ha", "98.500", 98500, "measure", "ha", "Tổng diện tích đất nghĩa trang cả nước", approx="about", percent=0.3),
    F("khoảng 560 nghìn người", "560", 560000, "count", "người", "người từ trần mỗi năm", approx="about"),
    F("từ 1.200 đến 1.500 ha", "1.200", 1200, "measure", "ha", "đất cần thêm nếu toàn bộ được địa táng", value_max=1500),
    F("khoảng 12,4 nghìn tỷ đồng", "12,4", 12.4e12, "money", "đồng", "tổng vốn đầu tư xây dựng nghĩa trang và cơ sở hỏa táng", approx="about", period=pg),
    F("chiếm 78%", "78", 78, "percent", "%", "vốn xã hội hóa", period=pg),
    F("có 9 dự án", "9", 9, "count", "dự án", "dự án công viên nghĩa trang quy mô trên 100 ha được chấp thuận chủ trương đầu tư", period=pgi),
    F("trên 100 ha", "100", 100, "measure", "ha", "quy mô dự án công viên nghĩa trang", approx="over", optional=True),
    F("từ 45 đến 50%", "45", 45, "percent", "%", "tỷ lệ hỏa táng bình quân cả nước", value_max=50, status="target", period=p30),
    F("đô thị đạt 70%", "70", 70, "percent", "%", "tỷ lệ hỏa táng khu vực đô thị", status="target", period=p30),
    F("khoảng 60 cơ sở", "60", 60, "count", "cơ sở hỏa táng", "cơ sở hỏa táng cần đầu tư thêm", approx="about", status="forecast", period=p30i),
    F("ít nhất 1 cơ sở", "1", 1, "count", "cơ sở hỏa táng", "cơ sở hỏa táng mỗi tỉnh", approx="at_least", status="target", optional=True),
]

emit(3, T, [
    "Ministry site (Bộ Xây dựng), 'Ngày đăng: dd/mm/yyyy' without time. National figures: default location Việt Nam.",
    "'cao hơn năm 2022 (27,5%)': the bracket is the 2022 level, a figure of its own (not a change value, which would be 2,7).",
    "Province list after the national rate: each province its location. '98.500 ha, chiếm gần 0,3%' -> percent 0.3 on the area.",
    "'vốn xã hội hóa chiếm 78%' has no amount of its own -> percent figure. 2030 targets: range 45-50 and 70 (trong đó part of a percent: no total).",
    "'dự kiến cần đầu tư thêm khoảng 60' forecast. 'trên 100 ha' (size class in the project definition) and 'ít nhất 1 cơ sở' (rule) optional.",
    "'sơ kết 8 năm' (duration of the decree's application) optional. Distractors: NĐ 23/2016/NĐ-CP, QĐ 2282/QĐ-TTg, 'Sáng 21/3', 'thời kỳ 2021-2030',",
    "address 'Số 37 Lê Đại Hành', venue 'tại Hà Nội' (not the place of national figures).",
], figs, published="2024-03-22", location="Việt Nam")
