"""p970-3: formal report of UBND tỉnh Lào Cai, mediation year 2023, flattened | table by district."""
from lib import F, P, I, C, T, write_set

TEXT = """UBND TỈNH LÀO CAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 236/BC-UBND
Lào Cai, ngày 15 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác hòa giải ở cơ sở năm 2023

Thực hiện Công văn số 3512/BTP-PBGDPL ngày 02/10/2023 của Bộ Tư pháp, UBND tỉnh Lào Cai báo cáo như sau:

I. CÔNG TÁC TỔ CHỨC
Tính đến ngày 30/11/2023, toàn tỉnh có 1.512 tổ hòa giải với 9.874 hòa giải viên, tăng 36 tổ so với năm 2022. Trong đó, hòa giải viên là nữ 3.652 người (chiếm 37%), người dân tộc thiểu số 5.128 người.

II. KẾT QUẢ HÒA GIẢI
Trong kỳ báo cáo (từ ngày 01/10/2022 đến ngày 30/9/2023), các tổ hòa giải đã tiếp nhận 1.046 vụ việc; hòa giải thành 878 vụ việc, đạt 83,9%; hòa giải không thành 121 vụ việc; đang hòa giải 47 vụ việc. Kết quả tại các địa phương như sau:

Đơn vị tính: vụ việc
STT | Địa phương | Tiếp nhận | Hòa giải thành | Không thành
1 | TP Lào Cai | 198 | 171 | 19
2 | Bảo Thắng | 176 | 149 | 21
3 | Bát Xát | 142 | 118 | 17
4 | Thị xã Sa Pa | 127 | 104 | 16
5 | Các huyện còn lại | 403 | 336 | 48
 | Tổng cộng | 1.046 | 878 | 121

III. KINH PHÍ
Kinh phí chi cho công tác hòa giải ở cơ sở năm 2023 là 1,35 tỷ đồng, bằng 112,5% năm 2022; trong đó ngân sách tỉnh 420 triệu đồng, ngân sách cấp huyện, cấp xã 930 triệu đồng.

IV. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu tỷ lệ hòa giải thành đạt từ 85% trở lên; kiện toàn 100% tổ hòa giải tại các thôn, tổ dân phố mới sáp nhập; dự kiến bồi dưỡng kỹ năng cho khoảng 2.000 hòa giải viên.

Nơi nhận:
- Bộ Tư pháp;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/11/2023", None, "2023-11-30")
KY = P("từ ngày 01/10/2022 đến ngày 30/9/2023", "2022-10-01", "2023-09-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

COLS = [("vụ việc tiếp nhận",), ("vụ việc hòa giải thành",), ("vụ việc hòa giải không thành",)]
ROWS = [
    # (row label for subject or None, location, [(anchor, number, value) x3])
    (None, "TP Lào Cai", [("TP Lào Cai | 198", "198", 198), ("| 198 | 171", "171", 171), ("171 | 19\n", "19", 19)]),
    (None, "Bảo Thắng", [("Bảo Thắng | 176", "176", 176), ("| 176 | 149", "149", 149), ("149 | 21", "21", 21)]),
    (None, "Bát Xát", [("Bát Xát | 142", "142", 142), ("| 142 | 118", "118", 118), ("118 | 17", "17", 17)]),
    (None, "Sa Pa", [("Sa Pa | 127", "127", 127), ("| 127 | 104", "104", 104), ("104 | 16", "16", 16)]),
    ("các huyện còn lại", "Lào Cai", [("còn lại | 403", "403", 403), ("| 403 | 336", "336", 336),
                                      ("336 | 48", "48", 48)]),
    ("tổng cộng", "Lào Cai", [("Tổng cộng | 1.046", "1.046", 1046), ("| 1.046 | 878", "878", 878),
                              ("878 | 121", "121", 121)]),
]

FIGS = [
    F("có 1.512 tổ hòa giải", "1.512", 1512, "count", "tổ hòa giải", "tổ hòa giải", ASOF,
      change=C("increase", 36, "tổ", "năm 2022")),
    F("với 9.874 hòa giải viên", "9.874", 9874, "count", "hòa giải viên", "hòa giải viên", ASOF),
    F("nữ 3.652 người", "3.652", 3652, "count", "người", "hòa giải viên nữ", I(ASOF), total=9874, percent=37),
    F("thiểu số 5.128 người", "5.128", 5128, "count", "người", "hòa giải viên người dân tộc thiểu số", I(ASOF),
      total=9874),
    F("tiếp nhận 1.046 vụ việc", "1.046", 1046, "count", "vụ việc", "vụ việc các tổ hòa giải tiếp nhận", KY),
    F("thành 878 vụ việc", "878", 878, "count", "vụ việc", "vụ việc hòa giải thành", KY, percent=83.9),
    F("không thành 121 vụ việc", "121", 121, "count", "vụ việc", "vụ việc hòa giải không thành", KY),
    F("đang hòa giải 47 vụ việc", "47", 47, "count", "vụ việc", "vụ việc đang hòa giải", KY),
]
for label, loc, cells in ROWS:
    for (col,), (anchor, number, value) in zip(COLS, cells):
        subj = f"{col} {label}" if label else col
        FIGS.append(F(anchor, number, value, "count", "vụ việc", subj, I(KY), location=loc))
FIGS += [
    F("là 1,35 tỷ đồng", "1,35", 1.35e9, "money", "đồng", "kinh phí chi cho công tác hòa giải ở cơ sở", Y23,
      percent=112.5),
    F("ngân sách tỉnh 420 triệu đồng", "420", 420e6, "money", "đồng",
      "kinh phí hòa giải ở cơ sở từ ngân sách tỉnh", Y23, total=1.35e9),
    F("cấp xã 930 triệu đồng", "930", 930e6, "money", "đồng",
      "kinh phí hòa giải ở cơ sở từ ngân sách cấp huyện, cấp xã", Y23, total=1.35e9),
    F("từ 85% trở lên", "85", 85, "percent", "%", "tỷ lệ hòa giải thành", Y24, approx="at_least",
      status="target"),
    F("kiện toàn 100% tổ hòa giải", "100", 100, "percent", "%",
      "tổ hòa giải tại các thôn, tổ dân phố mới sáp nhập được kiện toàn", Y24, status="target"),
    F("khoảng 2.000 hòa giải viên", "2.000", 2000, "count", "hòa giải viên",
      "hòa giải viên được bồi dưỡng kỹ năng", Y24, approx="about", status="forecast"),
]

NOTES = [
    "Báo cáo số 236/BC-UBND của UBND tỉnh Lào Cai (15/12/2023), kết quả hòa giải ở cơ sở năm 2023.",
    "The report year runs from 01/10/2022 to 30/9/2023 (stated in brackets): that range is the period of the",
    "results and, inherited, of the table. 'tăng 36 tổ' follows '9.874 hòa giải viên' but its unit 'tổ' makes it",
    "the change of 1.512 tổ hòa giải. 'Trong đó' after the sentence: parts of 9.874 hòa giải viên.",
    "Table: each cell a figure; places to location (TP Lào Cai, Bảo Thắng, Bát Xát, Sa Pa); 'Các huyện còn lại' and",
    "'Tổng cộng' rows keep their label in the subject with location Lào Cai; no totals for cells; STT numbers are not figures.",
    "Section IV heading 'NĂM 2024' gives the period of the targets (inherited). 'dự kiến' -> forecast for 2.000.",
    "'Số: 236/BC-UBND', 'Công văn số 3512/BTP-PBGDPL', section numbers and the letterhead date are not figures.",
]

write_set(3, TEXT, FIGS, NOTES, published="2023-12-15", location="Lào Cai")
