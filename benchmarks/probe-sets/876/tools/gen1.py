"""p876-1: province portal (Nam Định), court half-year review of family cases."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Nam Định
Trang chủ > Tin tức - Sự kiện > Nội chính - Pháp luật

Hòa giải thành gần 46% vụ việc hôn nhân và gia đình

Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.316

Sáng 17/7, Tòa án nhân dân (TAND) tỉnh Nam Định tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024. Theo báo cáo, từ ngày 01/10/2023 đến ngày 30/6/2024, TAND hai cấp trong tỉnh đã thụ lý 3.184 vụ việc hôn nhân và gia đình, tăng 7,6% so với cùng kỳ; đã giải quyết 2.751 vụ việc, đạt tỷ lệ 86,4%. Trong số vụ việc đã thụ lý có 2.917 vụ việc ly hôn, chiếm 91,6%; còn lại là tranh chấp về nuôi con, chia tài sản sau ly hôn và cấp dưỡng. Riêng quý II/2024, TAND hai cấp thụ lý 1.126 vụ việc hôn nhân và gia đình.

Đáng chú ý, số vụ việc được hòa giải thành, đoàn tụ và công nhận thuận tình ly hôn là 1.263 vụ việc, chiếm 45,9% số vụ việc đã giải quyết. Riêng số cặp vợ chồng rút đơn đoàn tụ là 187 cặp, tăng 24 cặp so với cùng kỳ năm trước.

Theo lãnh đạo TAND tỉnh, nguyên nhân chủ yếu dẫn đến ly hôn là mâu thuẫn trong cuộc sống (chiếm khoảng 62%), kinh tế khó khăn (18%), ngoại tình (9%) và bạo lực gia đình (6%). Các địa phương có nhiều vụ việc ly hôn là TP Nam Định, huyện Hải Hậu và huyện Giao Thủy với lần lượt 486, 402 và 355 vụ việc.

Hiện toàn tỉnh có 58 hòa giải viên tại Tòa án, trong đó 21 người là thẩm phán, thư ký tòa án đã nghỉ hưu. Mức thù lao của hòa giải viên là 300.000 đồng/vụ việc hòa giải thành.

Năm 2024, TAND tỉnh phấn đấu tỷ lệ hòa giải thành các vụ việc hôn nhân và gia đình đạt trên 50%; tỷ lệ giải quyết các loại vụ việc đạt từ 90% trở lên. Hội nghị cũng triển khai Kế hoạch số 152/KH-TA về thực hiện Luật Hòa giải, đối thoại tại Tòa án năm 2020.
"""

RNG = P("từ ngày 01/10/2023 đến ngày 30/6/2024", "2023-10-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
HNGD = "vụ việc hôn nhân và gia đình"
CAUSE = "nguyên nhân dẫn đến ly hôn"

FIGS = [
    F("Hòa giải thành gần 46%", "46", 46, "percent", "%", "tỷ lệ hòa giải thành vụ việc hôn nhân và gia đình",
      I(RNG), approx="nearly"),
    F("thụ lý 3.184 vụ việc", "3.184", 3184, "count", "vụ việc", "vụ việc hôn nhân và gia đình thụ lý", RNG,
      change=C("increase", 7.6, baseline="cùng kỳ")),
    F("giải quyết 2.751 vụ việc", "2.751", 2751, "count", "vụ việc", "vụ việc hôn nhân và gia đình đã giải quyết", RNG,
      percent=86.4),
    F("có 2.917 vụ việc ly hôn", "2.917", 2917, "count", "vụ việc", "vụ việc ly hôn", I(RNG),
      total=3184, percent=91.6),
    F("thụ lý 1.126 vụ việc", "1.126", 1126, "count", "vụ việc", "vụ việc hôn nhân và gia đình thụ lý",
      P("quý II/2024", "2024-04-01", "2024-06-30")),
    F("là 1.263 vụ việc", "1.263", 1263, "count", "vụ việc",
      "vụ việc hòa giải thành, đoàn tụ và công nhận thuận tình ly hôn", I(RNG), percent=45.9),
    F("là 187 cặp", "187", 187, "count", "cặp", "cặp vợ chồng rút đơn đoàn tụ", I(RNG),
      change=C("increase", 24, "cặp", baseline="cùng kỳ năm trước")),
    F("chiếm khoảng 62%", "62", 62, "percent", "%", CAUSE + ": mâu thuẫn trong cuộc sống", I(RNG), approx="about"),
    F("khó khăn (18%)", "18", 18, "percent", "%", CAUSE + ": kinh tế khó khăn", I(RNG)),
    F("ngoại tình (9%)", "9", 9, "percent", "%", CAUSE + ": ngoại tình", I(RNG)),
    F("bạo lực gia đình (6%)", "6", 6, "percent", "%", CAUSE + ": bạo lực gia đình", I(RNG)),
    F("lần lượt 486", "486", 486, "count", "vụ việc", "vụ việc ly hôn", I(RNG), location="Nam Định"),
    F("486, 402 và", "402", 402, "count", "vụ việc", "vụ việc ly hôn", I(RNG), location="Hải Hậu"),
    F("và 355 vụ việc", "355", 355, "count", "vụ việc", "vụ việc ly hôn", I(RNG), location="Giao Thủy"),
    F("có 58 hòa giải viên", "58", 58, "count", "hòa giải viên", "hòa giải viên tại Tòa án"),
    F("trong đó 21 người", "21", 21, "count", "người", "hòa giải viên là thẩm phán, thư ký tòa án đã nghỉ hưu",
      total=58),
    F("là 300.000 đồng/vụ việc", "300.000", 300000, "money", "đồng/vụ việc", "mức thù lao của hòa giải viên"),
    F("đạt trên 50%", "50", 50, "percent", "%", "tỷ lệ hòa giải thành các vụ việc hôn nhân và gia đình", Y24,
      approx="over", status="target"),
    F("từ 90% trở lên", "90", 90, "percent", "%", "tỷ lệ giải quyết các loại vụ việc", Y24,
      approx="at_least", status="target"),
]

NOTES = [
    "Province portal (Nam Định): TAND sơ kết 6 tháng 2024; court statistics run from 01/10/2023 to 30/6/2024.",
    "Headline gần 46% has no period of its own (inherited from the body range). TAND hai cấp, Lượt xem, Kế hoạch số 152/KH-TA,",
    "Luật ... năm 2020, 17/7, 09:45 are not figures. 'Trong số vụ việc đã thụ lý có 2.917' -> total 3.184.",
    "Cause shares: subject = the list's indicator plus the cause named by the item (not a place).",
]

if __name__ == "__main__":
    write("p876-1", TEXT, FIGS, NOTES, published="2024-07-18", location="Nam Định")
