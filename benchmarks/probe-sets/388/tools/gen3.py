from lib import F, P, Y, build

ROWS = [
    ("Gia nhập thị trường", "6,85", "7,12"),
    ("Tiếp cận đất đai", "6,41", "6,58"),
    ("Tính minh bạch", "5,96", "6,33"),
    ("Chi phí thời gian", "6,78", "6,52"),
    ("Chi phí không chính thức", "6,90", "7,05"),
    ("Cạnh tranh bình đẳng", "5,48", "5,21"),
    ("Tính năng động", "6,02", "6,47"),
    ("Hỗ trợ doanh nghiệp", "5,87", "6,24"),
    ("Đào tạo lao động", "6,15", "5,98"),
    ("Thiết chế pháp lý", "6,64", "6,59"),
]
TABLE = "Chỉ số thành phần | Năm 2022 | Năm 2023\n" + "\n".join(f"{r} | {a} | {b}" for r, a, b in ROWS)

TEXT = """PCI 2023: Bình Định xếp thứ 19/63, chỉ số Hỗ trợ doanh nghiệp cải thiện rõ rệt
THU DỊU 07:15, 10/05/2024

(BĐ) - Theo kết quả Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023 do Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) công bố ngày 8/5 tại Hà Nội, Bình Định đạt 66,12 điểm, tăng 1,87 điểm so với năm 2022, xếp thứ 19/63 tỉnh, thành phố và đứng thứ 4 trong 14 tỉnh, thành phố khu vực Bắc Trung Bộ và duyên hải miền Trung.

Trong 10 chỉ số thành phần, có 6 chỉ số tăng điểm và 4 chỉ số giảm điểm so với năm 2022. Cụ thể như sau (đơn vị: điểm):

""" + TABLE + """

Đáng chú ý, 72,4% doanh nghiệp được khảo sát cho biết đã tham gia các chương trình hỗ trợ của tỉnh, cao hơn mức trung vị cả nước (61,8%). Tuy nhiên, chỉ số Cạnh tranh bình đẳng giảm mạnh, có tới 38% doanh nghiệp cho rằng các doanh nghiệp thân quen với cán bộ tỉnh được ưu ái hơn.

Để cải thiện thứ hạng, UBND tỉnh đặt mục tiêu đến năm 2025 đưa PCI của tỉnh vào nhóm 15 địa phương dẫn đầu cả nước, các chỉ số thành phần đều đạt trên 6,5 điểm. Tỉnh cũng phấn đấu hằng năm tổ chức tối thiểu 4 hội nghị đối thoại doanh nghiệp và bố trí khoảng 3 tỷ đồng cho hoạt động hỗ trợ doanh nghiệp nhỏ và vừa.
"""

Y23 = Y(2023)
Y23i = Y(2023, inh=True)

FIGS = [
    F("thứ 19/63, chỉ số", "19", 19, "rank", "hạng", "PCI", total=63),
    F("đạt 66,12 điểm", "66,12", 66.12, "measure", "điểm", "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)",
      change={"direction": "increase", "value": 1.87, "unit": "điểm", "baseline": "năm 2022"}, period=Y23),
    F("thứ 19/63 tỉnh", "19", 19, "rank", "hạng", "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", total=63, period=Y23),
    F("thứ 4 trong 14", "4", 4, "rank", "hạng", "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", total=14, period=Y23),
    F("Trong 10 chỉ số", "10", 10, "count", "chỉ số", "chỉ số thành phần", period=Y23i, optional=True),
    F("có 6 chỉ số", "6", 6, "count", "chỉ số", "chỉ số thành phần tăng điểm", total=10, period=Y23i),
    F("và 4 chỉ số", "4", 4, "count", "chỉ số", "chỉ số thành phần giảm điểm", total=10, period=Y23i),
]
for r, a, b in ROWS:
    FIGS.append(F(f"{r} | {a}", a.split(",")[0] + "," + a.split(",")[1], float(a.replace(",", ".")), "measure", "điểm",
                  f"chỉ số thành phần {r} năm 2022", period=Y(2022, "Năm 2022")))
    FIGS.append(F(f"{a} | {b}", b, float(b.replace(",", ".")), "measure", "điểm",
                  f"chỉ số thành phần {r} năm 2023", period=Y(2023, "Năm 2023")))
FIGS += [
    F("72,4% doanh", "72,4", 72.4, "percent", "%", "doanh nghiệp được khảo sát cho biết đã tham gia các chương trình hỗ trợ của tỉnh",
      period=Y23i),
    F("(61,8%)", "61,8", 61.8, "percent", "%", "mức trung vị cả nước", period=Y23i, location="Việt Nam"),
    F("tới 38%", "38", 38, "percent", "%", "doanh nghiệp cho rằng các doanh nghiệp thân quen với cán bộ tỉnh được ưu ái hơn",
      period=Y23i),
    F("nhóm 15 địa phương", "15", 15, "count", "địa phương", "địa phương dẫn đầu cả nước", status="target", optional=True),
    F("trên 6,5 điểm", "6,5", 6.5, "measure", "điểm", "các chỉ số thành phần", approx="over", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("tối thiểu 4 hội nghị", "4", 4, "count", "hội nghị", "hội nghị đối thoại doanh nghiệp", approx="at_least",
      status="target"),
    F("khoảng 3 tỷ", "3", 3e9, "money", "đồng", "kinh phí cho hoạt động hỗ trợ doanh nghiệp nhỏ và vừa", approx="about",
      status="target"),
]

COMMENTS = [
    "Báo Bình Định (Party newspaper): PCI 2023 of the province, rank, component indices in a flattened '|' table, survey shares, targets.",
    "Dateline with byline 'THU DỊU 07:15, 10/05/2024'. Distractors: '(BĐ)', 'ngày 8/5', 'tại Hà Nội' (venue), 'PCI 2023' (index name).",
    "Title rank 'thứ 19/63' has no period phrase in the title (null). '66,12 điểm' carries the change 'tăng 1,87 điểm so với năm 2022'.",
    "'đứng thứ 4 trong 14 tỉnh, thành phố khu vực …': rank with total 14 (scope of the ranking), subject the index.",
    "'Trong 10 chỉ số thành phần, có 6 …, 4 …': totals 10; the 10 itself is structure (optional).",
    "Table: every cell a measure in điểm ('(đơn vị: điểm)'), subject = row label + column, period from the column header (scored, as h23).",
    "'cao hơn mức trung vị cả nước (61,8%)': the bracketed percent is a figure of its own (the national median: location Việt Nam),",
    "not a change of 72,4%. Survey shares take 'năm 2023' from the first paragraph (inherited).",
    "'nhóm 15 địa phương' is a label (optional). 'trên 6,5 điểm' is the 2025 target level (required, status target).",
    "'phấn đấu hằng năm … tối thiểu 4 … khoảng 3 tỷ': targets with no dated period (null).",
]

if __name__ == "__main__":
    build("p388-3", TEXT, COMMENTS, FIGS, published="2024-05-10", location="Bình Định")
