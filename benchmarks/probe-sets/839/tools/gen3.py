"""p839-3: UBND tỉnh Hưng Yên formal report, H1/2024 cremation with a flattened | table."""
from lib import F, P, I, C, T, build

TEXT = """UBND TỈNH HƯNG YÊN
Số: 236/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 10 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác tang lễ, hỏa táng 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác hỏa táng
6 tháng đầu năm 2024, toàn tỉnh có 4.126 người từ trần, trong đó 2.378 người được hỏa táng, đạt tỷ lệ 57,6%, tăng 6,1 điểm phần trăm so với cùng kỳ năm 2023. Riêng quý II/2024 có 1.231 trường hợp hỏa táng, tăng 8,3% so với quý I/2024. Kết quả theo địa phương:

Đơn vị tính: người
Địa phương | Số người từ trần | Số người được hỏa táng | Tỷ lệ hỏa táng (%)
TP Hưng Yên | 412 | 356 | 86,4
Văn Lâm | 598 | 401 | 67,1
Mỹ Hào | 521 | 338 | 64,9
Khoái Châu | 1.043 | 512 | 49,1
Tiên Lữ | 684 | 297 | 43,4
Các huyện còn lại | 868 | 474 | 54,6
Tổng cộng | 4.126 | 2.378 | 57,6

2. Quản lý nghĩa trang và dịch vụ tang lễ
Toàn tỉnh hiện có 1.347 nghĩa trang, nghĩa địa với tổng diện tích 1.162 ha, bình quân 0,86 ha/nghĩa trang. Đã có 9/10 huyện, thị xã, thành phố phê duyệt quy hoạch nghĩa trang theo Nghị định số 23/2016/NĐ-CP; Công viên nghĩa trang Vĩnh Hằng (xã Dị Sử, thị xã Mỹ Hào) đã hoàn thành giai đoạn 1 với diện tích 32 ha.
Trong kỳ, 4 nhà tang lễ trên địa bàn đã phục vụ 615 đám tang; giá dịch vụ bình quân từ 6,5 đến 9 triệu đồng/đám, giảm khoảng 10% so với mức giá niêm yết năm 2023.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu tỷ lệ hỏa táng cả năm 2024 đạt 60%; hoàn thành di dời 3 nghĩa trang nằm trong khu vực quy hoạch đô thị tại Văn Lâm và Mỹ Hào.
2. Dự kiến đầu tư thêm 1 cơ sở hỏa táng tại huyện Khoái Châu với 3 lò, tổng mức đầu tư khoảng 210 tỷ đồng.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = I(H1)

rows = [
    ("TP Hưng Yên", "Hưng Yên", "412", 412, "356", 356, "86,4", 86.4),
    ("Văn Lâm", "Văn Lâm", "598", 598, "401", 401, "67,1", 67.1),
    ("Mỹ Hào", "Mỹ Hào", "521", 521, "338", 338, "64,9", 64.9),
    ("Khoái Châu", "Khoái Châu", "1.043", 1043, "512", 512, "49,1", 49.1),
    ("Tiên Lữ", "Tiên Lữ", "684", 684, "297", 297, "43,4", 43.4),
    ("Các huyện còn lại", None, "868", 868, "474", 474, "54,6", 54.6),
    ("Tổng cộng", None, "4.126", 4126, "2.378", 2378, "57,6", 57.6),
]

FIGS = [
    F("có 4.126 người", "4.126", 4126, "count", "người", "người từ trần", H1),
    F("trong đó 2.378 người", "2.378", 2378, "count", "người", "người được hỏa táng", H1, total=4126, percent=57.6,
      change=C("increase", 6.1, "điểm phần trăm", "cùng kỳ năm 2023")),
    F("có 1.231 trường hợp", "1.231", 1231, "count", "trường hợp", "trường hợp hỏa táng",
      P("quý II/2024", "2024-04-01", "2024-06-30"), change=C("increase", 8.3, "%", "quý I/2024")),
]
for label, loc, d_s, d, c_s, c, r_s, r in rows:
    extra = {"location": loc} if loc else {}
    if label == "Tổng cộng":
        subj = ("tổng số người từ trần", "tổng số người được hỏa táng", "tỷ lệ hỏa táng chung")
    elif loc:
        subj = ("người từ trần", "người được hỏa táng", "tỷ lệ hỏa táng")
    else:
        subj = ("người từ trần các huyện còn lại", "người được hỏa táng các huyện còn lại",
                "tỷ lệ hỏa táng các huyện còn lại")
    FIGS.append(F(f"{label} | {d_s}", d_s, d, "count", "người", subj[0], H1i, **extra))
    FIGS.append(F(f"| {d_s} | {c_s}", c_s, c, "count", "người", subj[1], H1i, **extra))
    FIGS.append(F(f"| {c_s} | {r_s}", r_s, r, "percent", "%", subj[2], H1i, **extra))

FIGS += [
    F("có 1.347 nghĩa trang", "1.347", 1347, "count", "nghĩa trang", "nghĩa trang, nghĩa địa"),
    F("diện tích 1.162 ha", "1.162", 1162, "measure", "ha", "tổng diện tích nghĩa trang, nghĩa địa"),
    F("bình quân 0,86 ha", "0,86", 0.86, "measure", "ha/nghĩa trang", "diện tích bình quân mỗi nghĩa trang"),
    F("Đã có 9/10 huyện", "9", 9, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố phê duyệt quy hoạch nghĩa trang", total=10),
    F("diện tích 32 ha", "32", 32, "measure", "ha", "diện tích giai đoạn 1 Công viên nghĩa trang Vĩnh Hằng",
      location="Mỹ Hào"),
    F("4 nhà tang lễ", "4", 4, "count", "nhà tang lễ", "nhà tang lễ trên địa bàn"),
    F("phục vụ 615 đám tang", "615", 615, "count", "đám tang", "đám tang nhà tang lễ phục vụ", H1i),
    F("từ 6,5 đến 9 triệu", "6,5", 6.5e6, "money", "đồng/đám", "giá dịch vụ tang lễ bình quân", H1i,
      value_max=9e6, change=C("decrease", 10, "%", "mức giá niêm yết năm 2023", approx="about")),
    F("đạt 60%", "60", 60, "percent", "%", "tỷ lệ hỏa táng", P("cả năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("di dời 3 nghĩa trang", "3", 3, "count", "nghĩa trang", "nghĩa trang di dời khỏi khu vực quy hoạch đô thị",
      P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inherited=True), status="target"),
    F("thêm 1 cơ sở", "1", 1, "count", "cơ sở hỏa táng", "cơ sở hỏa táng đầu tư thêm", status="forecast",
      location="Khoái Châu"),
    F("với 3 lò", "3", 3, "count", "lò", "lò hỏa táng", status="forecast", location="Khoái Châu"),
    F("khoảng 210 tỷ đồng", "210", 210e9, "money", "đồng", "tổng mức đầu tư cơ sở hỏa táng", approx="about",
      status="forecast", location="Khoái Châu"),
]

build("p839-3", TEXT, FIGS, published="2024-07-10", location="Hưng Yên", comments=[
    "UBND tỉnh Hưng Yên, Báo cáo số 236/BC-UBND: tang lễ, hỏa táng 6 tháng đầu năm 2024, flattened | table by district.",
    "Table cells: subject = column label (+ row label when not a place), unit from 'Đơn vị tính: người' or the (%) header,",
    "period inherited from the sentence above the table; the Tổng cộng row is its own figure; cells carry no totals.",
    "'Trong kỳ' refers to the report period (6 tháng đầu năm 2024), marked inherited.",
    "Distractors: Số: 236/BC-UBND, ngày 10 tháng 7 năm 2024, I./II./1./2., Nghị định số 23/2016/NĐ-CP, giai đoạn 1, quý I/2024 (baseline).",
])
