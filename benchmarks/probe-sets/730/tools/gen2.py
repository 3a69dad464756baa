import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, Y, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VŨ THƯ
Tin hoạt động > Văn hóa - Xã hội
Thứ Tư, 10/07/2024 - 14:20 | Lượt xem: 512

Vũ Thư: 6 tháng đầu năm 2024 có 146 ca hỏa táng

Sáng 9/7, Ban Chỉ đạo Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" huyện tổ chức hội nghị sơ kết công tác thực hiện nếp sống văn minh trong việc cưới, việc tang 6 tháng đầu năm 2024.

Theo báo cáo, 6 tháng đầu năm toàn huyện có 412 đám cưới và 538 đám tang; tỷ lệ đám cưới, đám tang thực hiện đúng hương ước, quy ước lần lượt đạt 100% và 97,8%. Trong số các đám tang có 146 ca hỏa táng, chiếm 27,1%, tăng 38 ca so với cùng kỳ năm 2023.

Huyện hỗ trợ 3 triệu đồng/ca hỏa táng theo Nghị quyết số 06/2021/NQ-HĐND của HĐND tỉnh; tổng kinh phí hỗ trợ 6 tháng là 438 triệu đồng, đạt 54,8% dự toán năm.

Hiện 156/156 thôn, tổ dân phố (đạt 100%) đã đưa nội dung việc cưới, việc tang vào hương ước, quy ước. Theo đó, cỗ cưới không quá 30 mâm, mỗi mâm 6 người; thời gian quàn thi hài tại nhà không quá 36 giờ; không sử dụng loa đài từ 22 giờ đến 6 giờ sáng hôm sau; không rải vàng mã trên đường. Nhờ vậy, chi phí bình quân một đám tang đã giảm từ 60 - 70 triệu đồng xuống còn khoảng 35 triệu đồng.

Tuy nhiên, tại một số thôn vẫn còn tình trạng tổ chức cỗ cưới vượt số mâm quy định, kéo dài thời gian tang lễ. Hội nghị đề ra mục tiêu đến hết năm 2024, tỷ lệ hỏa táng toàn huyện đạt 30%; tiếp tục biểu dương các gia đình tiêu biểu thực hiện tốt tang lễ văn minh.

Minh Hằng (Trung tâm Văn hóa - Thông tin và Thể thao huyện)
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
FIGS = [
    F("2024 có 146 ca", "146", 146, "count", "ca", "ca hỏa táng",
      P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
    F("có 412 đám cưới", "412", 412, "count", "đám cưới", "đám cưới", H1),
    F("và 538 đám tang", "538", 538, "count", "đám tang", "đám tang", H1),
    F("đạt 100% và", "100", 100, "percent", "%", "tỷ lệ đám cưới thực hiện đúng hương ước, quy ước", H1),
    F("và 97,8%", "97,8", 97.8, "percent", "%", "tỷ lệ đám tang thực hiện đúng hương ước, quy ước", H1),
    F("có 146 ca hỏa táng, chiếm", "146", 146, "count", "ca", "ca hỏa táng", I(H1),
      total=538, percent=27.1, change=CH("increase", 38, "ca", "cùng kỳ năm 2023")),
    F("hỗ trợ 3 triệu", "3", 3_000_000, "money", "đồng/ca", "mức hỗ trợ hỏa táng"),
    F("là 438 triệu", "438", 438_000_000, "money", "đồng", "tổng kinh phí hỗ trợ hỏa táng",
      P("6 tháng", "2024-01-01", "2024-06-30"), percent=54.8),
    F("156/156 thôn", "156", 156, "count", "thôn, tổ dân phố",
      "thôn, tổ dân phố đưa nội dung việc cưới, việc tang vào hương ước, quy ước", total=156, percent=100),
    F("không quá 30 mâm", "30", 30, "count", "mâm", "cỗ cưới", approx="at_most"),
    F("mỗi mâm 6 người", "6", 6, "count", "người", "người mỗi mâm cỗ cưới", optional=True),
    F("không quá 36 giờ", "36", 36, "measure", "giờ", "thời gian quàn thi hài tại nhà", approx="at_most"),
    F("từ 60 - 70 triệu", "60", 60_000_000, "money", "đồng", "chi phí bình quân một đám tang trước đây",
      value_max=70_000_000),
    F("khoảng 35 triệu", "35", 35_000_000, "money", "đồng", "chi phí bình quân một đám tang", approx="about"),
    F("đạt 30%", "30", 30, "percent", "%", "tỷ lệ hỏa táng toàn huyện",
      P("đến hết năm 2024", None, "2024-12-31"), status="target"),
]

COMMENTS = [
    "District portal (huyện Vũ Thư, Thái Bình): 6-month review of weddings/funerals 2024, cremations, support money, covenant rules.",
    "'lần lượt đạt 100% và 97,8%' gives two percent figures with their own subjects. 'Trong số các đám tang có 146 ca' is a part",
    "of the 538 funerals (cue across a sentence break); 'tăng 38 ca so với cùng kỳ' is its change (unit ca).",
    "'giảm từ 60 - 70 triệu đồng xuống còn khoảng 35 triệu đồng': the earlier level (range) and the new level are two figures;",
    "neither is a change amount. 'mỗi mâm 6 người' (definition of a tray) is optional. 'Hiện' gives no period.",
    "Distractors: Lượt xem 512, 'Sáng 9/7', Nghị quyết số 06/2021/NQ-HĐND, times of day 'từ 22 giờ đến 6 giờ sáng'.",
    "Location: the district (district portal); nothing is provincial.",
]

if __name__ == "__main__":
    emit("p730-2", TEXT, COMMENTS, FIGS, published="2024-07-10", location="Vũ Thư")
