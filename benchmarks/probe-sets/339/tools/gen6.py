from lib import F, P, emit

TEXT = """
THANH TRA TỈNH LONG AN
Kết quả tiếp công dân, xử lý đơn thư 6 tháng đầu năm 2024
Ngày đăng: 05/08/2024 | Lượt xem: 1.127

Theo Thanh tra tỉnh, 6 tháng đầu năm 2024, toàn tỉnh tiếp 2.184 lượt công dân; tiếp nhận 2.967 đơn các loại, giảm 8,5% so với cùng kỳ; số vụ việc thuộc thẩm quyền là 213 vụ, đã giải quyết 176 vụ, đạt 82,6%.

Kết quả tại một số địa phương có số đơn lớn như sau:
Địa phương
Lượt tiếp (lượt)
Đơn tiếp nhận (đơn)
Tỷ lệ giải quyết (%)
TP Tân An
312
405
88,2
Đức Hòa
287
451
79,5
Bến Lức
245
388
84,0
Cần Giuộc
198
326
76,3

Bốn địa phương trên chiếm 52,9% tổng số đơn của toàn tỉnh. Đáng chú ý, đơn liên quan đến bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất chiếm khoảng 61% số đơn khiếu nại, tập trung tại các dự án khu công nghiệp dọc Quốc lộ 1A và đường tỉnh 830.

Kế hoạch 6 tháng cuối năm, Thanh tra tỉnh sẽ tiến hành 24 cuộc thanh tra trách nhiệm thực hiện pháp luật về tiếp công dân, khiếu nại, tố cáo đối với 48 cơ quan, đơn vị; phấn đấu tỷ lệ giải quyết cả năm đạt trên 88%.

Việc tiếp công dân thường xuyên được thực hiện tại Trụ sở Tiếp công dân tỉnh, số 02 Song Hành, Phường 6, TP Tân An theo Luật Tố cáo số 25/2018/QH14 và Luật Khiếu nại năm 2011. Liên hệ: 0272.3826.145.
"""

H = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Hi = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
C = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")


def num(s):
    return float(s.replace(",", ".")) if "," in s else int(s.replace(".", ""))


FIGS = [
    F("tiếp 2.184 lượt", "2.184", 2184, "count", "lượt công dân", "lượt công dân được tiếp", period=H),
    F("tiếp nhận 2.967 đơn", "2.967", 2967, "count", "đơn", "đơn các loại tiếp nhận",
      change={"direction": "decrease", "value": 8.5, "unit": "%", "baseline": "cùng kỳ"}, period=H),
    F("là 213 vụ", "213", 213, "count", "vụ", "vụ việc thuộc thẩm quyền", period=H),
    F("giải quyết 176 vụ", "176", 176, "count", "vụ", "vụ việc đã giải quyết", percent=82.6, period=H),
]
ROWS = [("TP Tân An", "Tân An", "TP Tân An\n", ["312", "405", "88,2"]),
        ("Đức Hòa", "Đức Hòa", "Đức Hòa\n", ["287", "451", "79,5"]),
        ("Bến Lức", "Bến Lức", "Bến Lức\n", ["245", "388", "84,0"]),
        ("Cần Giuộc", "Cần Giuộc", "Cần Giuộc\n", ["198", "326", "76,3"])]
COLS = [("Lượt tiếp", "count", "lượt"), ("Đơn tiếp nhận", "count", "đơn"), ("Tỷ lệ giải quyết", "percent", "%")]
for label, loc, head, cells in ROWS:
    prev = head
    for j, c in enumerate(cells):
        anchor = prev + c + "\n"
        col, kind, unit = COLS[j]
        FIGS.append(F(anchor, c, num(c), kind, unit, col, location=loc, period=Hi))
        prev = c + "\n"

FIGS += [
    F("Bốn địa phương", "Bốn", 4, "count", "địa phương", "địa phương có số đơn lớn", optional=True),
    F("chiếm 52,9%", "52,9", 52.9, "percent", "%", "tỷ lệ đơn của bốn địa phương trong tổng số đơn của toàn tỉnh",
      period=Hi),
    F("khoảng 61%", "61", 61, "percent", "%",
      "đơn liên quan đến bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất trong số đơn khiếu nại",
      approx="about", period=Hi),
    F("tiến hành 24 cuộc", "24", 24, "count", "cuộc thanh tra", "cuộc thanh tra trách nhiệm", status="target",
      period=C),
    F("với 48 cơ quan", "48", 48, "count", "cơ quan, đơn vị", "cơ quan, đơn vị được thanh tra trách nhiệm",
      status="target", period=C),
    F("đạt trên 88%", "88", 88, "percent", "%", "tỷ lệ giải quyết cả năm", approx="over", status="target",
      period=P("cả năm", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Department site (Thanh tra tỉnh Long An): tiếp công dân and đơn thư, 6 tháng đầu năm 2024. 'Ngày đăng: 05/08/2024 | Lượt xem: 1.127'.",
    "Table flattened one cell per line: header 'Địa phương | Lượt tiếp (lượt) | Đơn tiếp nhận (đơn) | Tỷ lệ giải quyết (%)'. Every numeric cell is",
    "a figure; the row label is a district or city, so it goes to location and the column label is the subject; period inherited from the text above.",
    "'số vụ việc thuộc thẩm quyền là 213 vụ, đã giải quyết 176 vụ, đạt 82,6%': no part-of cue, so no total; percent 82,6.",
    "'2.967 đơn …, giảm 8,5% so với cùng kỳ': change. 'Bốn địa phương … chiếm 52,9%' and 'chiếm khoảng 61% số đơn khiếu nại': percent figures.",
    "Plan for '6 tháng cuối năm' (2024-07-01..12-31): 'Kế hoạch … sẽ tiến hành 24 cuộc … 48 cơ quan' status target; 'cả năm đạt trên 88%' target for 2024.",
    "Distractors: view counter, 'Quốc lộ 1A', 'đường tỉnh 830', 'số 02 Song Hành, Phường 6', 'Luật Tố cáo số 25/2018/QH14', 'Luật Khiếu nại năm 2011', phone.",
]

emit("p339-6", TEXT, COMMENTS, {"published": "2024-08-05", "location": "Long An"}, FIGS)
