from lib import F, P, ch, emit

TEXT = """Thành đoàn TP.HCM: Hơn 31.000 chiến sĩ tham gia các chiến dịch tình nguyện hè 2024
Ngày cập nhật 05/10/2024

Theo báo cáo sơ kết 9 tháng năm 2024 của Ban Thường vụ Thành đoàn TP Hồ Chí Minh, tính đến ngày 30/9/2024, toàn thành phố có 31.250 chiến sĩ tham gia các chiến dịch tình nguyện hè, tăng 4,6% so với cùng kỳ; trong đó Chiến dịch Mùa hè xanh có 14.860 chiến sĩ, chiếm 47,6%.

Chương trình Tiếp sức mùa thi (từ ngày 25/6 đến 28/6/2024) huy động khoảng 9.500 tình nguyện viên tại 156 điểm thi, cung cấp gần 120.000 suất ăn và 215.400 chai nước uống miễn phí cho thí sinh.

Riêng quý III/2024, các cơ sở Đoàn đã tổ chức 86 ngày hội hiến máu, tiếp nhận 12.480 đơn vị máu, đạt 104% kế hoạch quý. Từ đầu năm đến nay, toàn thành phố tiếp nhận 41.260 đơn vị máu từ lực lượng đoàn viên, thanh niên, đạt 82,5% chỉ tiêu năm (50.000 đơn vị). Các đơn vị dẫn đầu về số đơn vị máu là TP Thủ Đức (4.120 đơn vị), Quận 7 (2.860 đơn vị) và huyện Bình Chánh (2.540 đơn vị).

Trong 9 tháng, Thành đoàn khánh thành 38 công trình thanh niên cấp thành phố với tổng kinh phí 45,7 tỷ đồng; trao 1.520 suất học bổng "Ươm mầm xanh" trị giá 3 triệu đồng/suất. Với các kết quả trên, Thành đoàn TP Hồ Chí Minh xếp thứ nhất trong khối thi đua các thành đoàn trực thuộc Trung ương.

Quý IV/2024, Thành đoàn phấn đấu tiếp nhận thêm tối thiểu 9.000 đơn vị máu để hoàn thành chỉ tiêu năm; tổ chức Chủ nhật Đỏ lần thứ XVII vào tháng 1/2025.

Nhà Văn hóa Thanh niên, số 4 Phạm Ngọc Thạch, Phường Bến Nghé, Quận 1. Đường dây nóng: 028.3829.4368.
"""

AS = P("tính đến ngày 30/9/2024", None, "2024-09-30")
ASi = P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
TS = P("từ ngày 25/6 đến 28/6/2024", "2024-06-25", "2024-06-28")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-05")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-05", inh=True)
M9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
M9i = P("Trong 9 tháng", "2024-01-01", "2024-09-30", inh=True)

FIGS = [
    F("Hơn 31.000 chiến sĩ", "31.000", 31000, "count", "chiến sĩ", "chiến sĩ tham gia các chiến dịch tình nguyện hè", ASi,
      approx="over"),
    F("có 31.250 chiến sĩ", "31.250", 31250, "count", "chiến sĩ", "chiến sĩ tham gia các chiến dịch tình nguyện hè", AS,
      change=ch("increase", 4.6, baseline="cùng kỳ")),
    F("có 14.860 chiến sĩ", "14.860", 14860, "count", "chiến sĩ", "chiến sĩ Chiến dịch Mùa hè xanh", AS,
      total=31250, percent=47.6),
    F("khoảng 9.500 tình nguyện viên", "9.500", 9500, "count", "tình nguyện viên", "tình nguyện viên Tiếp sức mùa thi", TS,
      approx="about"),
    F("tại 156 điểm thi", "156", 156, "count", "điểm thi", "điểm thi có tình nguyện viên Tiếp sức mùa thi", TS),
    F("gần 120.000 suất ăn", "120.000", 120000, "count", "suất ăn", "suất ăn cung cấp miễn phí cho thí sinh", TS, approx="nearly"),
    F("215.400 chai", "215.400", 215400, "count", "chai nước uống", "chai nước uống cung cấp miễn phí cho thí sinh", TS),
    F("tổ chức 86 ngày hội", "86", 86, "count", "ngày hội hiến máu", "ngày hội hiến máu tổ chức", Q3),
    F("tiếp nhận 12.480 đơn vị", "12.480", 12480, "count", "đơn vị máu", "đơn vị máu tiếp nhận", Q3, percent=104),
    F("tiếp nhận 41.260 đơn vị", "41.260", 41260, "count", "đơn vị máu", "đơn vị máu tiếp nhận từ đoàn viên, thanh niên", YTD,
      percent=82.5, target={"value": 50000, "unit": "đơn vị", "met": False}),
    F("Thủ Đức (4.120 đơn vị)", "4.120", 4120, "count", "đơn vị", "số đơn vị máu", YTDi, location="Thủ Đức"),
    F("Quận 7 (2.860 đơn vị)", "2.860", 2860, "count", "đơn vị", "số đơn vị máu", YTDi, location="Quận 7"),
    F("Bình Chánh (2.540 đơn vị)", "2.540", 2540, "count", "đơn vị", "số đơn vị máu", YTDi, location="Bình Chánh"),
    F("khánh thành 38 công trình", "38", 38, "count", "công trình thanh niên", "công trình thanh niên cấp thành phố khánh thành", M9),
    F("kinh phí 45,7 tỷ đồng", "45,7", 45700000000, "money", "đồng", "tổng kinh phí công trình thanh niên", M9),
    F("trao 1.520 suất", "1.520", 1520, "count", "suất học bổng", "suất học bổng Ươm mầm xanh trao", M9),
    F("trị giá 3 triệu đồng/suất", "3", 3000000, "money", "đồng/suất", "trị giá học bổng Ươm mầm xanh", M9),
    F("xếp thứ nhất", "nhất", 1, "rank", "hạng", "khối thi đua các thành đoàn trực thuộc Trung ương", M9i),
    F("tối thiểu 9.000 đơn vị", "9.000", 9000, "count", "đơn vị máu", "đơn vị máu tiếp nhận thêm",
      P("Quý IV/2024", "2024-10-01", "2024-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "City youth-union news (TP Hồ Chí Minh), 'Ngày cập nhật 05/10/2024' without time = published. Location TP Hồ Chí Minh.",
    "Distractors: 'Quận 7' / 'Quận 1' / 'Phường Bến Nghé' (place names with numbers), 'số 4 Phạm Ngọc Thạch', hotline 028.3829.4368,",
    "'Chủ nhật Đỏ lần thứ XVII', 'tháng 1/2025', 'từ ngày 25/6 đến 28/6/2024' (a period, in brackets).",
    "'tính đến ngày 30/9/2024' gives an as-of period; '31.250 …, tăng 4,6% so với cùng kỳ; trong đó … 14.860 …, chiếm 47,6%': change; total + percent.",
    "'12.480 đơn vị máu, đạt 104% kế hoạch quý': percent. 'Từ đầu năm đến nay' = 2024-01-01 … published 2024-10-05;",
    "'41.260 …, đạt 82,5% chỉ tiêu năm (50.000 đơn vị)': percent + target (not met). District list: location = district ('Quận 7' kept).",
    "'3 triệu đồng/suất': money rate, unit 'đồng/suất'. 'xếp thứ nhất' = rank 1 (period: the 9-month review, inherited).",
    "revised: the subjects of 120.000 suất ăn and 215.400 chai now keep the verb 'cung cấp', as the other subjects of the set keep theirs.",
    "'Trong 9 tháng' (no year) takes 2024 from '9 tháng năm 2024' earlier. 'Quý IV/2024 … tối thiểu 9.000': target.",
]

emit("p432-8", TEXT, COMMENTS, FIGS, published="2024-10-05", location="TP Hồ Chí Minh")
