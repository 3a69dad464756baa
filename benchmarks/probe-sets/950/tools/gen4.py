"""p950-4: Cục Cảnh sát PCCC và CNCH (Bộ Công an) site — trụ nước, nguồn nước chữa cháy toàn quốc, 10/2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG AN - CỤC CẢNH SÁT PHÒNG CHÁY, CHỮA CHÁY VÀ CỨU NẠN, CỨU HỘ
Trang chủ » Tin tức » Hoạt động nghiệp vụ
Cả nước còn thiếu khoảng 38% trụ nước chữa cháy so với yêu cầu
Ngày đăng: 27/11/2023 | Lượt xem: 1.904

Theo số liệu tổng hợp của Cục Cảnh sát PCCC và CNCH, tính đến ngày 31/10/2023, cả nước có 96.317 trụ nước chữa cháy, trong đó 88.412 trụ hoạt động bình thường, chiếm 91,8%. So với yêu cầu của QCVN 06:2022/BXD, số trụ hiện có mới đáp ứng khoảng 62% nhu cầu; riêng các đô thị loại I trở lên cần bổ sung trên 59.000 trụ.

Các địa phương có nhiều trụ nhất lần lượt là TP Hồ Chí Minh (16.842 trụ), Hà Nội (12.305 trụ), Hải Phòng (4.918 trụ) và Đà Nẵng (3.776 trụ). Ngược lại, 11 tỉnh miền núi phía Bắc có dưới 300 trụ mỗi tỉnh.

Ngoài trụ nước, cả nước hiện có 52.640 bể, hồ nhân tạo và 31.205 bến, hố lấy nước tại ao, hồ, sông, suối phục vụ chữa cháy. Trong 10 tháng năm 2023, các địa phương đã lắp mới 4.861 trụ, tăng 12,7% so với cùng kỳ năm 2022, với tổng kinh phí khoảng 112 tỷ đồng.

Theo Cục Cảnh sát PCCC và CNCH, trong 10 tháng, lực lượng chữa cháy đã xử lý 1.796 vụ cháy, trong đó có 214 vụ xe chữa cháy phải tiếp nước từ nguồn cách hiện trường trên 1 km, chiếm 11,9%.

Thực hiện Nghị định số 136/2020/NĐ-CP và Thông tư số 149/2020/TT-BCA, Bộ Công an đặt mục tiêu đến năm 2025 bảo đảm 100% đô thị có hệ thống cấp nước chữa cháy; đến năm 2030 mật độ trụ tại khu đô thị đạt tối thiểu 6 trụ/km đường phố.

Khi phát hiện cháy, người dân gọi ngay số 114.

Cục Cảnh sát PCCC và CNCH - Số 47 Phạm Văn Đồng, Cầu Giấy, Hà Nội
"""

ASOF = P("tính đến ngày 31/10/2023", None, "2023-10-31")
M10 = P("Trong 10 tháng năm 2023", "2023-01-01", "2023-10-31")
M10b = P("trong 10 tháng", "2023-01-01", "2023-10-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
S = "trụ nước chữa cháy"

FIGS = [
    F("thiếu khoảng 38%", "38", 38, "percent", "%", approx="about", subject="trụ nước chữa cháy còn thiếu so với yêu cầu"),
    F("có 96.317 trụ", "96.317", 96317, "count", "trụ nước chữa cháy", S, ASOF),
    F("trong đó 88.412 trụ", "88.412", 88412, "count", "trụ", total=96317, percent=91.8,
      subject="trụ nước chữa cháy hoạt động bình thường", period=ASOF),
    F("khoảng 62% nhu cầu", "62", 62, "percent", "%", approx="about", subject="số trụ hiện có đáp ứng nhu cầu"),
    F("trên 59.000 trụ", "59.000", 59000, "count", "trụ", approx="over",
      subject="trụ cần bổ sung tại các đô thị loại I trở lên"),
    F("(16.842 trụ)", "16.842", 16842, "count", "trụ", S, I(ASOF), location="TP Hồ Chí Minh"),
    F("(12.305 trụ)", "12.305", 12305, "count", "trụ", S, I(ASOF), location="Hà Nội"),
    F("(4.918 trụ)", "4.918", 4918, "count", "trụ", S, I(ASOF), location="Hải Phòng"),
    F("(3.776 trụ)", "3.776", 3776, "count", "trụ", S, I(ASOF), location="Đà Nẵng"),
    F("11 tỉnh", "11", 11, "count", "tỉnh", "tỉnh miền núi phía Bắc có dưới 300 trụ", I(ASOF)),
    F("dưới 300 trụ", "300", 300, "count", "trụ", approx="under", subject="trụ nước mỗi tỉnh", optional=True),
    F("52.640 bể", "52.640", 52640, "count", "bể, hồ nhân tạo", "bể, hồ nhân tạo phục vụ chữa cháy"),
    F("31.205 bến", "31.205", 31205, "count", "bến, hố lấy nước",
      "bến, hố lấy nước tại ao, hồ, sông, suối phục vụ chữa cháy"),
    F("lắp mới 4.861 trụ", "4.861", 4861, "count", "trụ", change=C("increase", 12.7, "%", "cùng kỳ năm 2022"),
      subject="trụ nước lắp mới", period=M10),
    F("khoảng 112 tỷ đồng", "112", 112_000_000_000, "money", "đồng", approx="about",
      subject="tổng kinh phí lắp mới trụ nước", period=M10),
    F("xử lý 1.796 vụ cháy", "1.796", 1796, "count", "vụ cháy", "vụ cháy lực lượng chữa cháy xử lý", M10b),
    F("có 214 vụ", "214", 214, "count", "vụ", total=1796, percent=11.9,
      subject="vụ cháy xe chữa cháy phải tiếp nước từ nguồn cách hiện trường trên 1 km", period=M10b),
    F("trên 1 km", "1", 1, "measure", "km", approx="over", subject="khoảng cách nguồn nước đến hiện trường",
      optional=True),
    F("100% đô thị", "100", 100, "percent", "%", status="target",
      subject="đô thị có hệ thống cấp nước chữa cháy", period=TO25),
    F("tối thiểu 6 trụ/km", "6", 6, "measure", "trụ/km", approx="at_least", status="target",
      subject="mật độ trụ tại khu đô thị", period=TO30),
]

NOTES = [
    "Cục Cảnh sát PCCC và CNCH (Bộ Công an): national count of hydrants at 31/10/2023, shortfall, cities, other sources, targets.",
    "Cities in the 'lần lượt' list take their own location; the rest is Việt Nam. '11 tỉnh' is a national count (Việt Nam).",
    "'khoảng 62% nhu cầu' stands in its own sentence after the count: a percent figure of its own, not the count's share.",
    "'trong 10 tháng' in the 1.796 sentence takes 2023 from the previous sentence; stated in its own sentence, so scored.",
    "Thresholds 'dưới 300 trụ mỗi tỉnh', 'trên 1 km' are optional. '6 trụ/km đường phố' is a rate: measure, unit trụ/km.",
    "Distractors: QCVN 06:2022/BXD, 'đô thị loại I', Nghị định 136/2020/NĐ-CP, Thông tư 149/2020/TT-BCA, 'số 114', address, counter.",
]

write(4, TEXT, NOTES, FIGS, published="2023-11-27", location="Việt Nam")
