from lib import F, P, I, C, T, build

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Giáo dục dân tộc

Mở rộng dạy học tiếng dân tộc thiểu số trong trường phổ thông

Ngày đăng: 21/02/2025 | Lượt xem: 1.047

Theo Vụ Giáo dục dân tộc, năm học 2024-2025, cả nước có 26 tỉnh, thành phố tổ chức dạy tiếng dân tộc thiểu số cho học sinh, với 8 thứ tiếng đã có chương trình, sách giáo khoa theo Chương trình giáo dục phổ thông 2018 gồm tiếng Chăm, Khmer, Bahnar, Jrai, Ê Đê, Mông, Mnông và Thái.

Tổng số học sinh học tiếng dân tộc thiểu số là 131.460 em tại 712 trường, tăng khoảng 8,5% so với năm học trước. Trong đó, tiếng Khmer có số học sinh đông nhất với 58.214 em (chiếm 44,3%), tiếp đến là tiếng Mông 23.905 em, tiếng Jrai 15.640 em và tiếng Chăm 11.328 em.

Đội ngũ giáo viên dạy tiếng dân tộc có 2.146 người, trong đó khoảng 70% là giáo viên kiêm nhiệm. Trong năm 2024, Bộ đã phối hợp với các địa phương tổ chức 14 lớp bồi dưỡng cho 865 giáo viên cốt cán.

Đối với cán bộ, công chức, giai đoạn 2021-2024 đã có 52/53 tỉnh vùng đồng bào dân tộc thiểu số tổ chức bồi dưỡng tiếng dân tộc cho khoảng 48.700 lượt cán bộ, công chức, viên chức, gấp 1,6 lần giai đoạn 2016-2020, theo tổng hợp của Ủy ban Dân tộc.

Mục tiêu đến năm 2030, 100% cán bộ, công chức công tác tại vùng đồng bào dân tộc thiểu số được bồi dưỡng tiếng dân tộc phù hợp. Năm 2025, Bộ dự kiến biên soạn tài liệu cho 4 thứ tiếng là Tày, Nùng, Dao và Cơ Tu, với kinh phí khoảng 3,2 tỷ đồng.

Bộ Giáo dục và Đào tạo - Số 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3869.4983
"""

NH = P("năm học 2024-2025", "2024-09-01", "2025-05-31")
GD = P("giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("có 26 tỉnh", "26", 26, "count", "tỉnh, thành phố",
      subject="tỉnh, thành phố tổ chức dạy tiếng dân tộc thiểu số cho học sinh", period=NH),
    F("8 thứ tiếng", "8", 8, "count", "thứ tiếng", subject="thứ tiếng đã có chương trình, sách giáo khoa", period=NH),
    F("là 131.460 em", "131.460", 131460, "count", "em",
      change=C("increase", 8.5, "%", "năm học trước", approx="about"),
      subject="học sinh học tiếng dân tộc thiểu số", period=I(NH)),
    F("712 trường", "712", 712, "count", "trường", subject="trường dạy tiếng dân tộc thiểu số", period=I(NH)),
    F("58.214 em", "58.214", 58214, "count", "em", total=131460, percent=44.3,
      subject="học sinh học tiếng Khmer", period=I(NH)),
    F("23.905 em", "23.905", 23905, "count", "em", total=131460, subject="học sinh học tiếng Mông", period=I(NH)),
    F("15.640 em", "15.640", 15640, "count", "em", total=131460, subject="học sinh học tiếng Jrai", period=I(NH)),
    F("11.328 em", "11.328", 11328, "count", "em", total=131460, subject="học sinh học tiếng Chăm", period=I(NH)),
    F("có 2.146 người", "2.146", 2146, "count", "người", subject="giáo viên dạy tiếng dân tộc", period=I(NH)),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="giáo viên kiêm nhiệm", period=I(NH)),
    F("14 lớp", "14", 14, "count", "lớp", subject="lớp bồi dưỡng giáo viên cốt cán",
      period=P("Trong năm 2024", "2024-01-01", "2024-12-31")),
    F("865 giáo viên", "865", 865, "count", "giáo viên", subject="giáo viên cốt cán được bồi dưỡng",
      period=P("Trong năm 2024", "2024-01-01", "2024-12-31")),
    F("52/53 tỉnh", "52", 52, "count", "tỉnh", total=53,
      subject="tỉnh vùng đồng bào dân tộc thiểu số tổ chức bồi dưỡng tiếng dân tộc", period=GD),
    F("khoảng 48.700 lượt", "48.700", 48700, "count", "lượt cán bộ, công chức, viên chức", approx="about",
      change=C("increase", 1.6, "lần", "giai đoạn 2016-2020"),
      subject="lượt cán bộ, công chức, viên chức được bồi dưỡng tiếng dân tộc", period=GD),
    F("2030, 100%", "100", 100, "percent", "%", status="target",
      subject="cán bộ, công chức công tác tại vùng đồng bào dân tộc thiểu số được bồi dưỡng tiếng dân tộc",
      period=P("đến năm 2030", None, "2030-12-31")),
    F("cho 4 thứ tiếng", "4", 4, "count", "thứ tiếng", status="forecast",
      subject="thứ tiếng được biên soạn tài liệu", period=Y25),
    F("khoảng 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí biên soạn tài liệu", period=Y25),
]

build("p960-4", TEXT, FIGS, published="2025-02-21", location="Việt Nam", notes=[
    "Ministry site (Bộ GD&ĐT): national teaching of minority languages, school year 2024-2025, officials 2021-2024.",
    "All figures national (cả nước, 52/53 tỉnh). School year annotated 2024-09-01..2025-05-31 (spec silent).",
    "Parts after 'Trong đó' incl. the 'tiếp đến là' continuation get total 131.460. 'gấp 1,6 lần giai đoạn 2016-2020' is the change of 48.700.",
    "Distractors: 'Chương trình giáo dục phổ thông 2018', Lượt xem, address 'Số 35 Đại Cồ Việt', phone, 'giai đoạn 2016-2020'.",
])
