import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import emit, F, P, C, T

text = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Tin hoạt động | 23/07/2024 16:40

6 tháng đầu năm 2024: Gần 500 nghìn người có quyết định hưởng trợ cấp thất nghiệp

(Molisa) - Theo báo cáo của Cục Việc làm, 6 tháng đầu năm 2024, cả nước có 542.318 người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp, tăng 3,6% so với cùng kỳ năm 2023; 497.650 người có quyết định hưởng trợ cấp thất nghiệp, tăng 4,1%.

Trong số người có quyết định hưởng, nhóm từ 25 đến 40 tuổi chiếm 58,2%; lao động nữ chiếm 56,9%. Số tiền chi trả trợ cấp thất nghiệp ước khoảng 9,76 nghìn tỷ đồng. Bên cạnh đó, 13.124 người được hỗ trợ học nghề với kinh phí hơn 58 tỷ đồng.

Địa phương có số người hưởng trợ cấp thất nghiệp nhiều nhất là TP Hồ Chí Minh với 98.412 người, tiếp đến là Bình Dương 71.305 người, Đồng Nai 39.870 người và Hà Nội 33.256 người. Bốn địa phương này chiếm khoảng 49% tổng số người hưởng của cả nước.

Tính đến ngày 30/6/2024, 63/63 tỉnh, thành phố đã tiếp nhận hồ sơ đề nghị hưởng trợ cấp thất nghiệp trực tuyến qua Cổng Dịch vụ công quốc gia, với hơn 215.000 hồ sơ nộp trực tuyến.

Về giới thiệu việc làm, các trung tâm dịch vụ việc làm đã tổ chức 1.286 phiên giao dịch việc làm, tư vấn, giới thiệu việc làm cho khoảng 1,2 triệu lượt người; số người được giới thiệu việc làm thành công đạt 146.500 người, chiếm 12,2%.

Cục Việc làm dự báo quý III/2024, số người nộp hồ sơ hưởng trợ cấp thất nghiệp có thể tăng lên khoảng 280.000 người do một số ngành xuất khẩu chưa phục hồi. Bộ đề nghị các địa phương thực hiện nghiêm Luật Việc làm số 38/2013/QH13 và Nghị định số 28/2015/NĐ-CP, kịp thời giải quyết chế độ cho người lao động. Mọi vướng mắc xin liên hệ đường dây nóng 1900.6186.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
SUBJ = "người hưởng trợ cấp thất nghiệp"
figs = [
    F("Gần 500 nghìn người", "500", 500000, "count", "người", "người có quyết định hưởng trợ cấp thất nghiệp", H1, approx="nearly"),
    F("có 542.318 người", "542.318", 542318, "count", "người", "người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp", H1,
      change=C("increase", 3.6, baseline="cùng kỳ năm 2023")),
    F("; 497.650 người", "497.650", 497650, "count", "người", "người có quyết định hưởng trợ cấp thất nghiệp", H1,
      change=C("increase", 4.1)),
    F("từ 25 đến 40 tuổi", "25", 25, "measure", "tuổi", "nhóm tuổi", value_max=40, optional=True),
    F("tuổi chiếm 58,2%", "58,2", 58.2, "percent", "%", "nhóm từ 25 đến 40 tuổi trong số người có quyết định hưởng", H1i),
    F("nữ chiếm 56,9%", "56,9", 56.9, "percent", "%", "lao động nữ trong số người có quyết định hưởng", H1i),
    F("khoảng 9,76 nghìn tỷ", "9,76", 9.76e12, "money", "đồng", "số tiền chi trả trợ cấp thất nghiệp", H1i, approx="about", status="estimate"),
    F("13.124 người", "13.124", 13124, "count", "người", "người được hỗ trợ học nghề", H1i),
    F("hơn 58 tỷ đồng", "58", 58e9, "money", "đồng", "kinh phí hỗ trợ học nghề", H1i, approx="over"),
    F("với 98.412 người", "98.412", 98412, "count", "người", SUBJ, H1i, location="TP Hồ Chí Minh"),
    F("Bình Dương 71.305 người", "71.305", 71305, "count", "người", SUBJ, H1i, location="Bình Dương"),
    F("Đồng Nai 39.870 người", "39.870", 39870, "count", "người", SUBJ, H1i, location="Đồng Nai"),
    F("Hà Nội 33.256 người", "33.256", 33256, "count", "người", SUBJ, H1i, location="Hà Nội"),
    F("Bốn địa phương", "Bốn", 4, "count", "địa phương", optional=True),
    F("khoảng 49% tổng số", "49", 49, "percent", "%", "bốn địa phương trong tổng số người hưởng của cả nước", H1i, approx="about"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố tiếp nhận hồ sơ đề nghị hưởng trợ cấp thất nghiệp trực tuyến",
      P("Tính đến ngày 30/6/2024", None, "2024-06-30"), total=63),
    F("hơn 215.000 hồ sơ", "215.000", 215000, "count", "hồ sơ", "hồ sơ nộp trực tuyến",
      P("Tính đến ngày 30/6/2024", None, "2024-06-30"), approx="over"),
    F("tổ chức 1.286 phiên", "1.286", 1286, "count", "phiên", "phiên giao dịch việc làm", H1i),
    F("khoảng 1,2 triệu lượt người", "1,2", 1.2e6, "count", "lượt người", "lượt người được tư vấn, giới thiệu việc làm", H1i, approx="about"),
    F("đạt 146.500 người", "146.500", 146500, "count", "người", "người được giới thiệu việc làm thành công", H1i, percent=12.2),
    F("khoảng 280.000 người", "280.000", 280000, "count", "người", "người nộp hồ sơ hưởng trợ cấp thất nghiệp",
      P("quý III/2024", "2024-07-01", "2024-09-30"), approx="about", status="forecast"),
]
header = [
    "Bộ LĐ-TB&XH (ministry site): national unemployment-insurance figures, 6 months 2024. Dateline 'Tin hoạt động | 23/07/2024 16:40'.",
    "Default location Việt Nam (cả nước); province list items take their province. The share of the four provinces in the national total is national.",
    "'; 497.650 người …, tăng 4,1%' carries its own change (no baseline written). '9,76 nghìn tỷ' = 9,76·10^12 ('ước khoảng': estimate + about).",
    "'63/63 tỉnh' total 63; 'tăng lên khoảng 280.000 người' states the new level (no change), status forecast ('dự báo').",
    "Age group and 'Bốn địa phương' (list head) optional. Distractors: Luật số 38/2013/QH13, Nghị định số 28/2015/NĐ-CP, hotline 1900.6186, dateline time.",
]
emit("p449-4", text, header, {"published": "2024-07-23", "location": "Việt Nam"}, figs)
