from lib import *

A = """CỤC LÂM NGHIỆP - BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin tức - Sự kiện

Sơ kết 3 năm thực hiện Đề án bảo vệ và phát triển rừng ven biển
Ngày đăng: 12/03/2024

Ngày 11/3, tại tỉnh Bạc Liêu, Cục Lâm nghiệp tổ chức hội nghị sơ kết 3 năm thực hiện Đề án bảo vệ và phát triển rừng ven biển ứng phó với biến đổi khí hậu giai đoạn 2021-2025 (ban hành kèm theo Quyết định số 1662/QĐ-TTg) tại 28 tỉnh, thành phố ven biển.

Theo báo cáo, tính đến ngày 31/12/2023, diện tích rừng ven biển cả nước đạt 367.582 ha, trong đó rừng ngập mặn 162.048 ha, rừng phi lao và rừng trên cát 98.317 ha, rừng trên núi đá ven biển 107.217 ha.

Giai đoạn 2021-2023, các địa phương đã trồng mới 11.254 ha rừng ven biển, đạt 48,9% mục tiêu của cả giai đoạn; trong đó trồng mới rừng ngập mặn 6.872 ha. Các tỉnh có diện tích trồng lớn là Quảng Ninh (1.145 ha), Cà Mau (982 ha), Thanh Hóa (764 ha) và Kiên Giang (701 ha). Bên cạnh đó, các địa phương khoanh nuôi xúc tiến tái sinh 9.430 ha, trồng bổ sung, làm giàu rừng 3.615 ha. Tỷ lệ cây sống sau trồng bình quân đạt 75-80%, riêng rừng ngập mặn trồng trên bãi bồi ở một số nơi chỉ đạt từ 45% đến 60% do sóng lớn, triều cường.

Tổng vốn huy động cho Đề án giai đoạn 2021-2023 đạt 3.412 tỷ đồng, bằng 38,2% nhu cầu; trong đó vốn ngân sách nhà nước chiếm 62%, vốn ODA và tài trợ quốc tế khoảng 21%, còn lại là vốn doanh nghiệp và người dân.

Mục tiêu đến năm 2025, cả nước trồng mới 23.000 ha rừng ven biển, phục hồi 16.000 ha rừng ngập mặn bị suy thoái và nâng diện tích rừng ngập mặn lên khoảng 170.000 ha. Phát biểu tại hội nghị, Thứ trưởng Nguyễn Quốc Trị đề nghị 28 địa phương rà soát quỹ đất, ưu tiên vốn cho các đoạn bờ biển sạt lở.

Văn phòng Cục Lâm nghiệp, số 2 Ngọc Hà, Ba Đình, Hà Nội.
"""

AS = P("tính đến ngày 31/12/2023", None, "2023-12-31")
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Gi = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31", inh=True)
G2 = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
D25 = P("đến năm 2025", None, "2025-12-31")
S = "diện tích trồng rừng ven biển"
figs = [
    F("Sơ kết 3 năm", "3", 3, "measure", "năm", optional=True),
    F("hội nghị sơ kết 3 năm", "3", 3, "measure", "năm", optional=True),
    F("tại 28 tỉnh", "28", 28, "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển thực hiện Đề án"),
    F("đạt 367.582 ha", "367.582", 367582, "measure", "ha", "diện tích rừng ven biển", period=AS),
    F("rừng ngập mặn 162.048 ha", "162.048", 162048, "measure", "ha", "rừng ngập mặn", total=367582, period=AS),
    F("rừng trên cát 98.317 ha", "98.317", 98317, "measure", "ha", "rừng phi lao và rừng trên cát", total=367582, period=AS),
    F("ven biển 107.217 ha", "107.217", 107217, "measure", "ha", "rừng trên núi đá ven biển", total=367582, period=AS),
    F("trồng mới 11.254 ha", "11.254", 11254, "measure", "ha", "rừng ven biển trồng mới", percent=48.9, period=G),
    F("rừng ngập mặn 6.872 ha", "6.872", 6872, "measure", "ha", "rừng ngập mặn trồng mới", total=11254, period=G),
    F("Quảng Ninh (1.145 ha)", "1.145", 1145, "measure", "ha", S, period=Gi, location="Quảng Ninh"),
    F("Cà Mau (982 ha)", "982", 982, "measure", "ha", S, period=Gi, location="Cà Mau"),
    F("Thanh Hóa (764 ha)", "764", 764, "measure", "ha", S, period=Gi, location="Thanh Hóa"),
    F("Kiên Giang (701 ha)", "701", 701, "measure", "ha", S, period=Gi, location="Kiên Giang"),
    F("tái sinh 9.430 ha", "9.430", 9430, "measure", "ha", "diện tích khoanh nuôi xúc tiến tái sinh", period=Gi),
    F("làm giàu rừng 3.615 ha", "3.615", 3615, "measure", "ha", "diện tích trồng bổ sung, làm giàu rừng", period=Gi),
    F("đạt 75-80%", "75", 75, "percent", "%", "tỷ lệ cây sống sau trồng bình quân", value_max=80, period=Gi),
    F("từ 45% đến 60%", "45", 45, "percent", "%", "tỷ lệ cây sống rừng ngập mặn trồng trên bãi bồi ở một số nơi",
      value_max=60, period=Gi),
    F("đạt 3.412 tỷ đồng", "3.412", 3412000000000, "money", "đồng", "tổng vốn huy động cho Đề án", percent=38.2, period=G2),
    F("chiếm 62%", "62", 62, "percent", "%", "vốn ngân sách nhà nước", period=G2),
    F("khoảng 21%", "21", 21, "percent", "%", "vốn ODA và tài trợ quốc tế", approx="about", period=G2),
    F("trồng mới 23.000 ha", "23.000", 23000, "measure", "ha", "rừng ven biển trồng mới", status="target", period=D25),
    F("phục hồi 16.000 ha", "16.000", 16000, "measure", "ha", "rừng ngập mặn bị suy thoái phục hồi", status="target", period=D25),
    F("khoảng 170.000 ha", "170.000", 170000, "measure", "ha", "diện tích rừng ngập mặn", approx="about", status="target",
      period=D25),
    F("đề nghị 28 địa phương", "28", 28, "count", "địa phương", "địa phương rà soát quỹ đất", optional=True),
]
comments = [
    "Ministry site (Cục Lâm nghiệp, Bộ NN&PTNT): three-year review of the coastal forest scheme 2021-2025; national figures, province list, targets.",
    "Dateline 'Ngày đăng: 12/03/2024' without time. Default location Việt Nam; the venue 'tại tỉnh Bạc Liêu' is not the figures' place.",
    "'3 năm' (the review's span, a label) optional; '28 địa phương' repeated in a request: optional. 'trong đó' parts after 367.582 ha total it.",
    "'đạt 48,9% mục tiêu của cả giai đoạn' = percent of 11.254 ha; 'bằng 38,2% nhu cầu' = percent of 3.412 tỷ. Shares of capital (62%, 21%) are percent",
    "figures of their own (a percent has no whole in đồng). Province list items (bracketed ha) take the list's indicator; period inherited from the sentence before.",
    "Distractors: Quyết định số 1662/QĐ-TTg, 'Ngày 11/3', 'giai đoạn 2021-2025' in the scheme's name, address 'số 2 Ngọc Hà', person's name.",
]
write("p396-4", A, figs, comments, published="2024-03-12", location="Việt Nam")
