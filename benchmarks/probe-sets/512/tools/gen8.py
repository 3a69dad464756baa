"""p512-8: Cần Thơ city portal, unemployment insurance (BHTN) payouts in Q1/2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """Cổng Thông tin điện tử thành phố Cần Thơ
Tin tức > Lao động - Việc làm
Quý I/2024: Hơn 7.300 lao động nộp hồ sơ hưởng trợ cấp thất nghiệp
Ngày cập nhật 10/04/2024

Theo Trung tâm Dịch vụ việc làm thành phố Cần Thơ, quý I/2024, trung tâm đã tiếp nhận 7.342 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, tăng 21,6% so với cùng kỳ năm 2023. Trong đó, 6.985 người đã có quyết định hưởng với tổng số tiền chi trả trên 118,4 tỷ đồng; 214 hồ sơ bị từ chối do đã có việc làm mới hoặc không đủ điều kiện.

Người hưởng trợ cấp chủ yếu cư trú tại các quận Ninh Kiều (2.104 người), Bình Thủy (1.356 người) và Cái Răng (1.187 người). Mức hưởng bình quân khoảng 4,1 triệu đồng/người/tháng; thời gian hưởng phổ biến từ 3 đến 6 tháng.

Cũng trong quý, trung tâm đã tư vấn, giới thiệu việc làm cho 9.870 lượt người, trong đó 1.645 lượt người được giới thiệu có việc làm; hỗ trợ học nghề cho 96 người với kinh phí khoảng 410 triệu đồng.

Dự kiến quý II/2024, số người nộp hồ sơ hưởng trợ cấp thất nghiệp khoảng 7.500 - 8.000 người do một số doanh nghiệp da giày, thủy sản thu hẹp sản xuất. Việc giải quyết hưởng được thực hiện theo Luật Việc làm năm 2013 và Nghị định số 28/2015/NĐ-CP.

Người lao động cần hỗ trợ liên hệ trụ sở trung tâm tại số 18 đường Cách Mạng Tháng Tám, quận Ninh Kiều hoặc đường dây nóng 0292.3812.345 (giờ hành chính từ 7h00 đến 17h00).
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
QX = P("Cũng trong quý", "2024-01-01", "2024-03-31")

FIGS = [
    F("Hơn 7.300 lao động", "7.300", 7300, "count", "lao động", "lao động nộp hồ sơ hưởng trợ cấp thất nghiệp",
      P("Quý I/2024", "2024-01-01", "2024-03-31"), approx="over"),
    F("tiếp nhận 7.342 hồ sơ", "7.342", 7342, "count", "hồ sơ", "hồ sơ đề nghị hưởng trợ cấp thất nghiệp", Q1,
      change=CH("increase", 21.6, baseline="cùng kỳ năm 2023")),
    F("6.985 người", "6.985", 6985, "count", "người", "người đã có quyết định hưởng trợ cấp thất nghiệp", I(Q1)),
    F("trên 118,4 tỷ đồng", "118,4", 118400000000, "money", "đồng", "tổng số tiền chi trả trợ cấp thất nghiệp", I(Q1),
      approx="over"),
    F("214 hồ sơ", "214", 214, "count", "hồ sơ", "hồ sơ bị từ chối", I(Q1), total=7342),
    F("Ninh Kiều (2.104 người)", "2.104", 2104, "count", "người", "người hưởng trợ cấp thất nghiệp", I(Q1),
      location="Ninh Kiều"),
    F("Bình Thủy (1.356 người)", "1.356", 1356, "count", "người", "người hưởng trợ cấp thất nghiệp", I(Q1),
      location="Bình Thủy"),
    F("Cái Răng (1.187 người)", "1.187", 1187, "count", "người", "người hưởng trợ cấp thất nghiệp", I(Q1),
      location="Cái Răng"),
    F("khoảng 4,1 triệu đồng/người/tháng", "4,1", 4100000, "money", "đồng/người/tháng",
      "mức hưởng trợ cấp thất nghiệp bình quân", I(Q1), approx="about"),
    F("từ 3 đến 6 tháng", "3", 3, "measure", "tháng", "thời gian hưởng trợ cấp thất nghiệp phổ biến", I(Q1), value_max=6),
    F("cho 9.870 lượt người", "9.870", 9870, "count", "lượt người", "lượt người được tư vấn, giới thiệu việc làm", QX),
    F("1.645 lượt người", "1.645", 1645, "count", "lượt người", "lượt người được giới thiệu có việc làm", QX, total=9870),
    F("cho 96 người", "96", 96, "count", "người", "người được hỗ trợ học nghề", QX),
    F("khoảng 410 triệu đồng", "410", 410000000, "money", "đồng", "kinh phí hỗ trợ học nghề", QX, approx="about"),
    F("khoảng 7.500 - 8.000 người", "7.500", 7500, "count", "người", "người nộp hồ sơ hưởng trợ cấp thất nghiệp",
      P("quý II/2024", "2024-04-01", "2024-06-30"), value_max=8000, approx="about", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT thành phố Cần Thơ (invented), 'Ngày cập nhật 10/04/2024': unemployment insurance (BHTN) in quý I/2024, districts, job placement.",
    "Distractors: 'Luật Việc làm năm 2013', 'Nghị định số 28/2015/NĐ-CP', 'số 18 đường Cách Mạng Tháng Tám', hotline 0292.3812.345,",
    "office hours '7h00 đến 17h00'. 'Trong đó' after 7.342 hồ sơ: 214 hồ sơ is a part (total 7342); 6.985 người counts people, not",
    "dossiers, so no total (as shared h03). 'Cũng trong quý' in a quarterly item is that quarter (cf. 'trong tháng' in the spec).",
    "'khoảng 7.500 - 8.000 người' after 'Dự kiến quý II/2024': forecast range, approx about. District items: location = quận.",
]

if __name__ == "__main__":
    emit("p512-8", TEXT, COMMENTS, FIGS, published="2024-04-10", location="Cần Thơ")
