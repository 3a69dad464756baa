from lib import F, P, build

TEXT = """Thời sự › Dân tộc - Miền núi
Thứ hai, 2/12/2024, 10:30 (GMT+7)

Nghệ An: Tảo hôn vẫn là "điểm nóng" ở các huyện biên giới

Dù đã giảm, tình trạng tảo hôn ở các huyện miền núi phía tây Nghệ An vẫn diễn biến phức tạp, nhất là trong đồng bào Mông, Khơ Mú.

Theo Ban Dân tộc tỉnh, 10 tháng năm 2024, 11 huyện miền núi của tỉnh ghi nhận 318 cặp tảo hôn và 2 cặp kết hôn cận huyết thống. Kỳ Sơn tiếp tục là địa phương có số cặp tảo hôn nhiều nhất với 127 cặp, tiếp đến là Tương Dương 64 cặp, Quế Phong 41 cặp và Con Cuông 23 cặp. Tính chung 10 tháng, tỷ lệ tảo hôn ở Kỳ Sơn khoảng 14,2% số cặp kết hôn, cao gấp 2,5 lần mức bình quân của các huyện miền núi.

Năm 2023, Nghệ An đứng thứ 3 cả nước về số cặp tảo hôn trong vùng đồng bào dân tộc thiểu số, sau Hà Giang và Sơn La.

Ông Vi Văn Sơn, Phó trưởng ban Dân tộc tỉnh cho biết, giai đoạn 2022-2024, tỉnh đã tổ chức 2.860 hội nghị, buổi nói chuyện chuyên đề; thành lập 96 câu lạc bộ tiền hôn nhân và 38 tổ hòa giải có thành viên là người có uy tín. Năm 2024, kinh phí bố trí cho Tiểu dự án 2 là 14,7 tỷ đồng, tăng 21% so với năm 2023.

Tính đến ngày 30/11, toàn tỉnh có 1.642 người có uy tín trong đồng bào dân tộc thiểu số, trong đó 412 người trực tiếp tham gia tuyên truyền phòng, chống tảo hôn.

Theo kế hoạch, năm 2025 tỉnh phấn đấu giảm khoảng 3% số cặp tảo hôn; mỗi huyện miền núi có ít nhất 2 mô hình điểm.

Hồ Lài
Bình luận (0)
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
M10i = P("10 tháng năm 2024", "2024-01-01", "2024-10-31", inh=True)
G = P("giai đoạn 2022-2024", "2022-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
ASOF = P("Tính đến ngày 30/11", None, "2024-11-30")

FIGS = [
    F("11 huyện miền núi của tỉnh", "11", 11, "count", "huyện miền núi", "huyện miền núi", optional=True),
    F("ghi nhận 318 cặp", "318", 318, "count", "cặp", "cặp tảo hôn", period=M10),
    F("và 2 cặp kết hôn", "2", 2, "count", "cặp", "cặp kết hôn cận huyết thống", period=M10),
    F("với 127 cặp", "127", 127, "count", "cặp", "số cặp tảo hôn", period=M10i, location="Kỳ Sơn"),
    F("Tương Dương 64 cặp", "64", 64, "count", "cặp", "số cặp tảo hôn", period=M10i, location="Tương Dương"),
    F("Quế Phong 41 cặp", "41", 41, "count", "cặp", "số cặp tảo hôn", period=M10i, location="Quế Phong"),
    F("Con Cuông 23 cặp", "23", 23, "count", "cặp", "số cặp tảo hôn", period=M10i, location="Con Cuông"),
    F("khoảng 14,2%", "14,2", 14.2, "percent", "%", "tỷ lệ tảo hôn", approx="about",
      change={"direction": "increase", "value": 2.5, "unit": "lần", "baseline": "mức bình quân của các huyện miền núi"},
      period=P("10 tháng", "2024-01-01", "2024-10-31"), location="Kỳ Sơn"),
    F("đứng thứ 3 cả nước", "3", 3, "rank", "hạng", "số cặp tảo hôn trong vùng đồng bào dân tộc thiểu số",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("tổ chức 2.860 hội nghị", "2.860", 2860, "count", "hội nghị", "hội nghị, buổi nói chuyện chuyên đề", period=G),
    F("thành lập 96 câu lạc bộ", "96", 96, "count", "câu lạc bộ", "câu lạc bộ tiền hôn nhân", period=G),
    F("và 38 tổ hòa giải", "38", 38, "count", "tổ hòa giải", "tổ hòa giải có thành viên là người có uy tín", period=G),
    F("là 14,7 tỷ đồng", "14,7", 14700000000, "money", "đồng", "kinh phí bố trí cho Tiểu dự án 2",
      change={"direction": "increase", "value": 21, "unit": "%", "baseline": "năm 2023"},
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("có 1.642 người", "1.642", 1642, "count", "người", "người có uy tín trong đồng bào dân tộc thiểu số", period=ASOF),
    F("đó 412 người", "412", 412, "count", "người", "người có uy tín trực tiếp tham gia tuyên truyền phòng, chống tảo hôn",
      total=1642, period=ASOF),
    F("giảm khoảng 3% số cặp", "3", 3, "percent", "%", "số cặp tảo hôn giảm", approx="about", status="target", period=Y25),
    F("ít nhất 2 mô hình", "2", 2, "count", "mô hình", "mô hình điểm mỗi huyện miền núi", approx="at_least",
      status="target", period=Y25),
]

COMMENTS = [
    "National press style (section path, 'Thứ hai, d/m/yyyy, hh:mm (GMT+7)'), byline and 'Bình luận (0)' at the end; Nghệ An child marriage, 10 months 2024.",
    "District list after the lead: places -> location, subject 'số cặp tảo hôn'; the list carries no total cue, so no total 318. '11 huyện miền núi' optional (structure).",
    "'khoảng 14,2% ..., cao gấp 2,5 lần mức bình quân' -> change 2,5 lần on the rate; 'Tính chung 10 tháng' takes 2024. Rank 'thứ 3 cả nước' is Nghệ An's (location Nghệ An).",
    "'Tính đến ngày 30/11' (no year) -> as-of 2024-11-30; 412 is a part (trong đó) of 1.642.",
    "Distractors: GMT+7, 'Bình luận (0)', 'Tiểu dự án 2', dateline, 'sau Hà Giang và Sơn La' (no numbers).",
]

build("p347-6", TEXT, COMMENTS, FIGS, published="2024-12-02", location="Nghệ An")
