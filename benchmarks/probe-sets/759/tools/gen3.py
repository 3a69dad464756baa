"""p759-3: UBND tỉnh Yên Bái formal report — goats and rabbits, 9 months 2023, flattened | table, Q4 tasks."""
from lib import F, P, I, CH, T, emit

TEXT = """UBND TỈNH YÊN BÁI
Số: 268/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Bái, ngày 06 tháng 10 năm 2023

BÁO CÁO
Kết quả phát triển chăn nuôi dê, thỏ 9 tháng năm 2023 và nhiệm vụ trọng tâm quý IV/2023

Thực hiện Quyết định số 1526/QĐ-UBND ngày 15/8/2022 của UBND tỉnh phê duyệt Đề án phát triển chăn nuôi gia súc ăn cỏ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Quy mô đàn và sản lượng
Bảng 1. Một số chỉ tiêu chăn nuôi dê, thỏ
Chỉ tiêu | Đơn vị tính | 9 tháng năm 2022 | Ước 9 tháng năm 2023 | Kế hoạch năm 2023
Tổng đàn dê | con | 52.340 | 55.810 | 58.000
Tổng đàn thỏ | con | 21.500 | 24.960 | 26.000
Sản lượng thịt dê hơi | tấn | 612 | 668,5 | 900
Sản lượng thịt thỏ hơi | tấn | 48,2 | 55,4 | 75

Tổng đàn dê ước đạt 55.810 con, tăng 6,6% so với cùng kỳ, bằng 96,2% kế hoạch năm. Hai huyện Mù Cang Chải và Trạm Tấu có đàn dê lớn nhất, lần lượt 14.200 con và 11.650 con.

2. Công tác giống, thú y
Đã hỗ trợ 146 con dê đực giống và 820 con thỏ giống bố mẹ cho 9 huyện, thị xã, thành phố với tổng kinh phí 1.037,5 triệu đồng. Tỷ lệ tiêm phòng vắc xin tụ huyết trùng cho đàn dê đạt 72,5%, thấp hơn 7,5% so với chỉ tiêu (80%). Trong 9 tháng, không xảy ra dịch bệnh nguy hiểm trên đàn dê, thỏ.

II. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2023
1. Phấn đấu tăng thêm 2.190 con dê để hoàn thành kế hoạch năm; dự kiến xuất bán khoảng 5.000 con thỏ thịt trong quý IV.
2. Đẩy mạnh tiêm phòng đợt 2, bảo đảm tỷ lệ tiêm phòng đạt từ 80% trở lên.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Thường trực Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, NLN.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

P22 = P("9 tháng năm 2022", "2022-01-01", "2022-09-30")
P23 = P("Ước 9 tháng năm 2023", "2023-01-01", "2023-09-30")
K23 = P("Kế hoạch năm 2023", "2023-01-01", "2023-12-31")
Q4 = P("quý IV", "2023-10-01", "2023-12-31")

ROWS = [
    # row label, unit, kind, (anchor, number, value) for 2022 / est 2023 / plan 2023
    ("Tổng đàn dê", "con", "count", [("dê | con | 52.340", "52.340", 52340), ("52.340 | 55.810", "55.810", 55810),
                                      ("| 58.000", "58.000", 58000)]),
    ("Tổng đàn thỏ", "con", "count", [("| 21.500", "21.500", 21500), ("| 24.960", "24.960", 24960),
                                       ("| 26.000", "26.000", 26000)]),
    ("Sản lượng thịt dê hơi", "tấn", "measure", [("| 612", "612", 612), ("| 668,5", "668,5", 668.5),
                                                  ("| 900", "900", 900)]),
    ("Sản lượng thịt thỏ hơi", "tấn", "measure", [("| 48,2", "48,2", 48.2), ("| 55,4", "55,4", 55.4),
                                                   ("| 75", "75", 75)]),
]

FIGS = []
for label, unit, kind, cells in ROWS:
    for (anchor, number, value), (col, per, status) in zip(
            cells, [("9 tháng năm 2022", P22, "actual"), ("ước 9 tháng năm 2023", P23, "estimate"),
                    ("kế hoạch năm 2023", K23, "target")]):
        kw = {} if status == "actual" else {"status": status}
        FIGS.append(F(anchor, number, value, kind, unit, f"{label} {col}", per, **kw))

FIGS += [
    F("ước đạt 55.810 con", "55.810", 55810, "count", "con", "tổng đàn dê", I(P23), status="estimate",
      change=CH("increase", 6.6, baseline="cùng kỳ"), percent=96.2),
    F("Hai huyện", "Hai", 2, "count", "huyện", "huyện có đàn dê lớn nhất", optional=True),
    F("lần lượt 14.200 con", "14.200", 14200, "count", "con", "đàn dê", I(P23), location="Mù Cang Chải"),
    F("và 11.650 con", "11.650", 11650, "count", "con", "đàn dê", I(P23), location="Trạm Tấu"),
    F("hỗ trợ 146 con", "146", 146, "count", "con", "dê đực giống được hỗ trợ", I(P23)),
    F("và 820 con", "820", 820, "count", "con", "thỏ giống bố mẹ được hỗ trợ", I(P23)),
    F("cho 9 huyện", "9", 9, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố được hỗ trợ giống"),
    F("phí 1.037,5 triệu", "1.037,5", 1037500000, "money", "đồng", "tổng kinh phí hỗ trợ giống", I(P23)),
    F("đạt 72,5%", "72,5", 72.5, "percent", "%", "tỷ lệ tiêm phòng vắc xin tụ huyết trùng cho đàn dê", I(P23),
      change=CH("decrease", 7.5, baseline="chỉ tiêu"), target=T(80, met=False)),
    F("thêm 2.190 con", "2.190", 2190, "count", "con", "đàn dê tăng thêm", Q4,
      status="target"),
    F("khoảng 5.000 con", "5.000", 5000, "count", "con", "thỏ thịt xuất bán", Q4, approx="about",
      status="forecast"),
    F("từ 80% trở lên", "80", 80, "percent", "%", "tỷ lệ tiêm phòng", I(Q4), approx="at_least", status="target"),
]

COMMENTS = [
    "UBND tỉnh Yên Bái, Báo cáo số 268/BC-UBND: chăn nuôi dê, thỏ 9 tháng năm 2023 (flattened '|' table) và nhiệm vụ quý IV/2023.",
    "Place-and-date line 'Yên Bái, ngày 06 tháng 10 năm 2023' gives `published`. Document numbers, section numbers (I., II., 1., 2.),",
    "'Bảng 1', 'Trong 9 tháng', 'đợt 2' are not figures; '(80%)' is the target attribute of 72,5%, not a figure of its own.",
    "Table: every cell is a figure; 'Ước' column -> estimate, 'Kế hoạch' column -> target; period from the column header.",
    "'Hai huyện' only announces the two named districts (optional). The 9 huyện, thị xã, thành phố are the whole province.",
    "revised: subject of 2.190 con was 'đàn dê tăng thêm để hoàn thành kế hoạch năm'; the purpose clause is not the indicator -> 'đàn dê tăng thêm'.",
]

if __name__ == "__main__":
    emit("p759-3", TEXT, COMMENTS, FIGS, published="2023-10-06", location="Yên Bái")
