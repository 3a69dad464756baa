"""p520-3: formal report (UBND tỉnh Hưng Yên), ASF 9 months 2023, flattened | table by district, compensation paid."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH HƯNG YÊN
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 12 tháng 10 năm 2023

BÁO CÁO
Tình hình bệnh Dịch tả lợn châu Phi 9 tháng năm 2023 và kết quả hỗ trợ thiệt hại

I. TÌNH HÌNH DỊCH BỆNH
Trong 9 tháng năm 2023, bệnh Dịch tả lợn châu Phi (DTLCP) xảy ra tại 46 hộ chăn nuôi thuộc 19 xã của 6 huyện, thị xã; tổng số lợn buộc tiêu hủy là 2.318 con, tổng trọng lượng 141.726 kg, tăng 35,2% so với cùng kỳ năm 2022. Hiện toàn tỉnh còn 3 xã có dịch chưa qua 21 ngày.

Bảng 1. Kết quả tiêu hủy lợn và kinh phí hỗ trợ theo huyện, thị xã
Huyện, thị xã | Số hộ | Số lợn tiêu hủy (con) | Trọng lượng (kg) | Kinh phí hỗ trợ (triệu đồng)
Văn Lâm | 12 | 684 | 43.150 | 1.726,0
Khoái Châu | 10 | 521 | 30.870 | 1.234,8
Kim Động | 9 | 468 | 27.406 | 1.096,2
Ân Thi | 7 | 352 | 21.300 | 852,0
Phù Cừ | 5 | 183 | 11.250 | 450,0
Thị xã Mỹ Hào | 3 | 110 | 7.750 | 310,0
Tổng cộng | 46 | 2.318 | 141.726 | 5.669,0

II. KẾT QUẢ HỖ TRỢ THIỆT HẠI
Thực hiện Quyết định số 18/2021/QĐ-UBND của UBND tỉnh, mức hỗ trợ đối với lợn bị tiêu hủy là 40.000 đồng/kg lợn hơi. Đến ngày 30/9/2023, UBND các huyện, thị xã đã chi trả 4.852,6 triệu đồng cho 39 hộ, đạt 85,6% tổng kinh phí phải hỗ trợ; số còn lại dự kiến chi trả xong trong tháng 10/2023.

III. NHIỆM VỤ QUÝ IV/2023
Tiếp tục giám sát chặt chẽ, phấn đấu tiêm phòng vắc xin DTLCP cho khoảng 15.000 con lợn tại các vùng nguy cơ cao.

Nơi nhận: Bộ NN&PTNT; TT Tỉnh ủy; Lưu: VT.
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
IM9 = I(M9)

ROWS = [
    # label, location, (anchor, number, value) x4
    ("Văn Lâm", "Văn Lâm", [("Văn Lâm | 12", "12"), ("| 684", "684"), ("43.150", "43.150"), ("1.726,0", "1.726,0")]),
    ("Khoái Châu", "Khoái Châu", [("Khoái Châu | 10", "10"), ("| 521", "521"), ("30.870", "30.870"), ("1.234,8", "1.234,8")]),
    ("Kim Động", "Kim Động", [("Kim Động | 9", "9"), ("| 468", "468"), ("27.406", "27.406"), ("1.096,2", "1.096,2")]),
    ("Ân Thi", "Ân Thi", [("Ân Thi | 7", "7"), ("| 352", "352"), ("21.300", "21.300"), ("852,0", "852,0")]),
    ("Phù Cừ", "Phù Cừ", [("Phù Cừ | 5", "5"), ("| 183", "183"), ("11.250", "11.250"), ("450,0", "450,0")]),
    ("Mỹ Hào", "Mỹ Hào", [("Mỹ Hào | 3", "3"), ("| 110", "110"), ("7.750", "7.750"), ("310,0", "310,0")]),
    ("Tổng cộng", None, [("Tổng cộng | 46", "46"), ("| 2.318 |", "2.318"), ("| 141.726 |", "141.726"), ("5.669,0", "5.669,0")]),
]
COLS = [("count", "hộ", "Số hộ", 1), ("count", "con", "Số lợn tiêu hủy", 1), ("measure", "kg", "Trọng lượng", 1),
        ("money", "đồng", "Kinh phí hỗ trợ", 1e6)]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, loc, cells in ROWS:
    for (anchor, number), (kind, unit, col, mult) in zip(cells, COLS):
        v = num(number) * mult
        subj = col if label != "Tổng cộng" else f"{col} tổng cộng"
        kw = {"location": loc} if loc else {}
        TABLE.append(F(anchor, number, v, kind, unit, subj, IM9, **kw))

FIGS = [
    F("tại 46 hộ", "46", 46, "count", "hộ", "hộ chăn nuôi có bệnh Dịch tả lợn châu Phi", M9),
    F("thuộc 19 xã", "19", 19, "count", "xã", "xã có bệnh Dịch tả lợn châu Phi", M9),
    F("của 6 huyện", "6", 6, "count", "huyện, thị xã", "huyện, thị xã có bệnh Dịch tả lợn châu Phi", M9),
    F("là 2.318 con", "2.318", 2318, "count", "con", "tổng số lợn buộc tiêu hủy", M9),
    F("trọng lượng 141.726 kg", "141.726", 141726, "measure", "kg", "tổng trọng lượng lợn tiêu hủy", M9,
      change=CH("increase", 35.2, baseline="cùng kỳ năm 2022")),
    F("còn 3 xã", "3", 3, "count", "xã", "xã có dịch chưa qua 21 ngày"),
    F("chưa qua 21 ngày", "21", 21, "measure", "ngày", "thời gian chưa qua của ổ dịch", optional=True),
] + TABLE + [
    F("là 40.000 đồng/kg", "40.000", 40000, "money", "đồng/kg", "mức hỗ trợ đối với lợn bị tiêu hủy"),
    F("chi trả 4.852,6 triệu đồng", "4.852,6", 4852600000, "money", "đồng", "kinh phí hỗ trợ đã chi trả",
      P("Đến ngày 30/9/2023", None, "2023-09-30"), percent=85.6),
    F("cho 39 hộ", "39", 39, "count", "hộ", "hộ được chi trả hỗ trợ", P("Đến ngày 30/9/2023", None, "2023-09-30")),
    F("khoảng 15.000 con", "15.000", 15000, "count", "con", "lợn được tiêm phòng vắc xin DTLCP",
      P("QUÝ IV/2023", "2023-10-01", "2023-12-31", inh=True), approx="about", status="target"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Hưng Yên (invented): DTLCP 9 tháng năm 2023, flattened '|' table by district, hỗ trợ thiệt hại, nhiệm vụ quý IV.",
    "Table: every numeric cell is a figure; subject = column label (district row labels go to location; the Tổng cộng row keeps",
    "the province and 'tổng cộng' in the subject); 'Kinh phí hỗ trợ (triệu đồng)' gives the x10^6 multiplier. Periods from the report title",
    "and section I ('9 tháng năm 2023'), inherited (not stated in the table). No totals on table rows (no cue; the Tổng cộng row follows).",
    "'chưa qua 21 ngày' is a regulatory duration, not a fact about the world -> optional.",
    "Distractors: Số: 287/BC-UBND, place-and-date line, Quyết định số 18/2021/QĐ-UBND, 'Bảng 1', section numbers I./II./III., tháng 10/2023.",
]

if __name__ == "__main__":
    emit("p520-3", TEXT, COMMENTS, FIGS, published="2023-10-12", location="Hưng Yên")
