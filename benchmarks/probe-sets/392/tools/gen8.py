from lib import F, P, C, T, write

TEXT = """
THƯ VIỆN TỈNH LÂM ĐỒNG
Tin hoạt động
Kết quả hoạt động quý III/2024 và nhiệm vụ quý IV

Trong quý III/2024, Thư viện tỉnh Lâm Đồng phục vụ 78.420 lượt bạn đọc (quý III/2023: 71.050 lượt), luân chuyển 164.300 lượt sách, báo. Lũy kế 9 tháng, đơn vị phục vụ 236.900 lượt bạn đọc, đạt 76,4% kế hoạch năm (310.000 lượt).

Trong quý, Thư viện tổ chức 14 đợt luân chuyển sách tới thư viện các huyện, thành phố với tổng số 9.800 bản, trong đó Đà Lạt 1.500 bản, Bảo Lộc 1.450 bản, Đức Trọng 1.200 bản, Lâm Hà 1.050 bản; các huyện còn lại nhận từ 500 đến 800 bản mỗi huyện. Xe thư viện lưu động phục vụ 22 điểm trường vùng đồng bào dân tộc thiểu số tại Đam Rông, Lạc Dương, Di Linh, thu hút khoảng 6.700 lượt học sinh.

Tính đến 30/9/2024, Thư viện đã số hóa 2.860 tài liệu địa chí (gần 412.000 trang), đạt 95,3% chỉ tiêu của Đề án số hóa giai đoạn 2021-2025. Tổng số thẻ bạn đọc còn hiệu lực là 11.240 thẻ, tăng 8% so với cùng thời điểm năm 2023; trong đó thẻ thiếu nhi 4.870 thẻ, chiếm 43,3%.

Quý IV, đơn vị dự kiến phục vụ khoảng 75.000 lượt bạn đọc; phối hợp tổ chức Hội sách tỉnh Lâm Đồng lần thứ 5 với 40 gian hàng, dự kiến thu hút từ 15.000 đến 20.000 lượt khách. Thư viện duy trì phục vụ bạn đọc từ 7 giờ 30 đến 20 giờ hằng ngày, kể cả thứ Bảy và Chủ nhật.

Địa chỉ: 02 Lê Hồng Phong, phường 4, TP Đà Lạt. Điện thoại: 0263.3822.479.

Thư viện tỉnh Lâm Đồng - 05/10/2024
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
TQ = P("Trong quý", "2024-07-01", "2024-09-30")
Q3p = P("quý III/2023", "2023-07-01", "2023-09-30")
M9 = P("Lũy kế 9 tháng", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến 30/9/2024", None, "2024-09-30")
ASOFi = P("Tính đến 30/9/2024", None, "2024-09-30", inh=True)
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
LIST = "sách luân chuyển tới thư viện các huyện, thành phố"

FIGS = [
    F("phục vụ 78.420 lượt", "78.420", 78420, "count", "lượt bạn đọc", "lượt bạn đọc Thư viện tỉnh phục vụ", period=Q3),
    F("(quý III/2023: 71.050 lượt)", "71.050", 71050, "count", "lượt", "lượt bạn đọc Thư viện tỉnh phục vụ", period=Q3p),
    F("luân chuyển 164.300 lượt", "164.300", 164300, "count", "lượt sách, báo", "lượt sách, báo luân chuyển", period=Q3),
    F("phục vụ 236.900 lượt", "236.900", 236900, "count", "lượt bạn đọc", "lượt bạn đọc đơn vị phục vụ",
      percent=76.4, target=T(310000, "lượt"), period=M9),
    F("tổ chức 14 đợt", "14", 14, "count", "đợt", "đợt luân chuyển sách tới thư viện các huyện, thành phố", period=TQ),
    F("tổng số 9.800 bản", "9.800", 9800, "count", "bản", LIST, period=TQ),
    F("Đà Lạt 1.500 bản", "1.500", 1500, "count", "bản", LIST, total=9800, location="Đà Lạt", period=TQ),
    F("Bảo Lộc 1.450 bản", "1.450", 1450, "count", "bản", LIST, total=9800, location="Bảo Lộc", period=TQ),
    F("Đức Trọng 1.200 bản", "1.200", 1200, "count", "bản", LIST, total=9800, location="Đức Trọng", period=TQ),
    F("Lâm Hà 1.050 bản", "1.050", 1050, "count", "bản", LIST, total=9800, location="Lâm Hà", period=TQ),
    F("từ 500 đến 800 bản", "500", 500, "count", "bản", "sách các huyện còn lại nhận mỗi huyện",
      value_max=800, period=TQ),
    F("phục vụ 22 điểm trường", "22", 22, "count", "điểm trường", "điểm trường vùng đồng bào dân tộc thiểu số được xe thư viện lưu động phục vụ", period=Q3i),
    F("khoảng 6.700 lượt", "6.700", 6700, "count", "lượt học sinh", "lượt học sinh xe thư viện lưu động thu hút",
      approx="about", period=Q3i),
    F("số hóa 2.860 tài liệu", "2.860", 2860, "count", "tài liệu địa chí", "tài liệu địa chí đã số hóa",
      percent=95.3, period=ASOF),
    F("gần 412.000 trang", "412.000", 412000, "count", "trang", "trang tài liệu địa chí đã số hóa",
      approx="nearly", period=ASOF),
    F("là 11.240 thẻ", "11.240", 11240, "count", "thẻ", "tổng số thẻ bạn đọc còn hiệu lực",
      change=C("increase", 8, "%", "cùng thời điểm năm 2023"), period=ASOFi),
    F("thiếu nhi 4.870 thẻ", "4.870", 4870, "count", "thẻ", "thẻ thiếu nhi", total=11240, percent=43.3,
      period=ASOFi),
    F("khoảng 75.000 lượt", "75.000", 75000, "count", "lượt bạn đọc", "lượt bạn đọc đơn vị dự kiến phục vụ",
      approx="about", status="forecast", period=Q4),
    F("với 40 gian hàng", "40", 40, "count", "gian hàng", "gian hàng Hội sách tỉnh Lâm Đồng",
      status="forecast", period=Q4),
    F("từ 15.000 đến 20.000 lượt", "15.000", 15000, "count", "lượt khách", "lượt khách Hội sách dự kiến thu hút",
      value_max=20000, status="forecast", period=Q4),
]

COMMENTS = [
    "Provincial library site (Thư viện tỉnh Lâm Đồng), bare date at the end 'Thư viện tỉnh Lâm Đồng - 05/10/2024' → published 2024-10-05.",
    "'(quý III/2023: 71.050 lượt)' is a bracketed figure with its own period (no change is stated). '236.900 …, đạt 76,4% kế hoạch năm",
    "(310.000 lượt)' → percent 76.4 and target 310.000. List after '9.800 bản, trong đó' → totals 9.800 and district locations;",
    "the per-district range 'từ 500 đến 800 bản mỗi huyện' is not a part of the sum: no total. '2.860 tài liệu (gần 412.000 trang), đạt 95,3%'",
    "→ the share attaches across the bracket to 2.860; the bracketed pages are a figure of their own. 'dự kiến' → forecast for Quý IV figures.",
    "revised: subject of 22 điểm trường now keeps the sentence's qualifier (vùng đồng bào dân tộc thiểu số).",
    "Distractors: 'Hội sách … lần thứ 5' (edition), 'giai đoạn 2021-2025' in the Đề án name, opening hours, '02 Lê Hồng Phong, phường 4', phone.",
]
write("p392-8", COMMENTS, TEXT, FIGS, published="2024-10-05", location="Lâm Đồng")
