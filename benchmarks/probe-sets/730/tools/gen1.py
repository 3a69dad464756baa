import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, Y, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Nam Định: Hơn 92% đám cưới thực hiện nếp sống văn minh
Cập nhật: 15/01/2024 08:30
Lượt xem: 3.482

Việc thực hiện nếp sống văn minh trong việc cưới, việc tang trên địa bàn tỉnh Nam Định tiếp tục có chuyển biến tích cực. Theo báo cáo của Sở Văn hóa, Thể thao và Du lịch, năm 2023 toàn tỉnh có 9.874 đám cưới, trong đó 9.143 đám cưới thực hiện đúng quy định, chiếm 92,6%. Tổng số đám tang là 11.206 đám, trong đó có 10.985 đám thực hiện tang lễ văn minh, đạt 98%.

Tỷ lệ hỏa táng năm 2023 đạt 21,4%, tăng 4,7% so với năm 2022. Các huyện có tỷ lệ hỏa táng cao là Giao Thủy (34,2%), Hải Hậu (29,8%), Xuân Trường (27,5%).

Tính đến hết năm 2023, 2.012/2.036 thôn, tổ dân phố đã sửa đổi, bổ sung hương ước, quy ước, trong đó quy định mỗi đám cưới không quá 40 mâm cỗ, thời gian tổ chức tang lễ không quá 48 giờ. Nhờ đó, bình quân mỗi đám cưới tiết kiệm khoảng 15 đến 20 triệu đồng; ước tính cả năm người dân toàn tỉnh tiết kiệm trên 180 tỷ đồng.

Năm 2024, tỉnh phấn đấu 95% đám cưới và 99% đám tang thực hiện nếp sống văn minh, tỷ lệ hỏa táng đạt từ 25% trở lên. Giám đốc Sở Trần Văn Bình đề nghị các địa phương tiếp tục thực hiện nghiêm Chỉ thị số 27-CT/TW ngày 12/01/1998 của Bộ Chính trị và Kế hoạch số 45/KH-UBND ngày 06/3/2023 của UBND tỉnh, đưa tiêu chí việc cưới, việc tang vào bình xét danh hiệu "Gia đình văn hóa" hằng năm.

Cơ quan chủ quản: UBND tỉnh Nam Định
Địa chỉ: số 50 Trần Hưng Đạo, TP. Nam Định. Điện thoại: 0228.3849.512
"""

Y23 = Y(2023)
ASOF = P("Tính đến hết năm 2023", None, "2023-12-31")
FIGS = [
    F("Hơn 92% đám cưới", "92", 92, "percent", "%", "đám cưới thực hiện nếp sống văn minh", I(Y23), approx="over"),
    F("có 9.874 đám cưới", "9.874", 9874, "count", "đám cưới", "đám cưới", Y23),
    F("9.143 đám cưới", "9.143", 9143, "count", "đám cưới", "đám cưới thực hiện đúng quy định", Y23,
      total=9874, percent=92.6),
    F("là 11.206 đám", "11.206", 11206, "count", "đám", "tổng số đám tang", I(Y23)),
    F("có 10.985 đám", "10.985", 10985, "count", "đám", "đám tang thực hiện tang lễ văn minh", I(Y23),
      total=11206, percent=98),
    F("đạt 21,4%", "21,4", 21.4, "percent", "%", "tỷ lệ hỏa táng", Y23,
      change=CH("increase", 4.7, baseline="năm 2022")),
    F("Giao Thủy (34,2%)", "34,2", 34.2, "percent", "%", "tỷ lệ hỏa táng", I(Y23), location="Giao Thủy"),
    F("Hải Hậu (29,8%)", "29,8", 29.8, "percent", "%", "tỷ lệ hỏa táng", I(Y23), location="Hải Hậu"),
    F("Xuân Trường (27,5%)", "27,5", 27.5, "percent", "%", "tỷ lệ hỏa táng", I(Y23), location="Xuân Trường"),
    F("2.012/2.036 thôn", "2.012", 2012, "count", "thôn, tổ dân phố",
      "thôn, tổ dân phố đã sửa đổi, bổ sung hương ước, quy ước", ASOF, total=2036),
    F("không quá 40 mâm", "40", 40, "count", "mâm cỗ", "mâm cỗ mỗi đám cưới theo hương ước, quy ước", ASOF,
      approx="at_most"),
    F("không quá 48 giờ", "48", 48, "measure", "giờ", "thời gian tổ chức tang lễ", ASOF, approx="at_most"),
    F("khoảng 15 đến 20 triệu", "15", 15_000_000, "money", "đồng", "chi phí tiết kiệm bình quân mỗi đám cưới",
      value_max=20_000_000, approx="about"),
    F("trên 180 tỷ", "180", 180_000_000_000, "money", "đồng", "chi phí người dân toàn tỉnh tiết kiệm",
      P("cả năm", "2023-01-01", "2023-12-31"), approx="over", status="estimate"),
    F("phấn đấu 95%", "95", 95, "percent", "%", "đám cưới thực hiện nếp sống văn minh", Y(2024, "Năm 2024"),
      status="target"),
    F("và 99% đám tang", "99", 99, "percent", "%", "đám tang thực hiện nếp sống văn minh", Y(2024, "Năm 2024"),
      status="target"),
    F("từ 25% trở lên", "25", 25, "percent", "%", "tỷ lệ hỏa táng", Y(2024, "Năm 2024"),
      approx="at_least", status="target"),
]

COMMENTS = [
    "Province portal (Nam Định): weddings/funerals under the civilised-lifestyle rules in 2023, cremation rate by district,",
    "village covenants (hương ước) with tray and funeral-length limits, savings, 2024 targets.",
    "Limits set by the covenants (không quá 40 mâm, không quá 48 giờ) are figures with approx at_most, status actual (a rule in force,",
    "not a plan); they stand in the sentence opened by 'Tính đến hết năm 2023', so they take that as-of period.",
    "'cả năm' (no year) takes 2023 from the nearest earlier period. Headline 'Hơn 92%' takes 2023 (inherited).",
    "Distractors: Lượt xem 3.482, Chỉ thị số 27-CT/TW ngày 12/01/1998, Kế hoạch số 45/KH-UBND, số 50 Trần Hưng Đạo, 0228.3849.512.",
]

if __name__ == "__main__":
    emit("p730-1", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Nam Định")
