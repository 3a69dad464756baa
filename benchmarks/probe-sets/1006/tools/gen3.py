"""p1006-3: Quảng Nam, formal report under a letterhead, flattened | table by district, H1/2024."""
from lib import F, period, change, target, write_set

TEXT = """UBND TỈNH QUẢNG NAM
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả chi trả chính sách an sinh xã hội không dùng tiền mặt 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Chi trả lương hưu, trợ cấp BHXH
Tính đến ngày 30/6/2024, toàn tỉnh có 41.582 người hưởng lương hưu, trợ cấp BHXH hàng tháng; số người nhận qua tài khoản là 17.964 người, đạt 43,2%, tăng 9,1% so với cùng kỳ năm 2023. Tổng số tiền chi trả qua tài khoản 6 tháng đầu năm ước đạt 752,6 tỷ đồng, đạt 54,8% kế hoạch năm.

2. Chi trả trợ cấp xã hội, trợ cấp người có công
Kết quả tại 4 địa phương thực hiện thí điểm đến ngày 30/6/2024 như sau:
Đơn vị tính: người
STT | Đơn vị | Tổng số đối tượng | Nhận qua tài khoản | Tỷ lệ (%)
1 | TP Tam Kỳ | 6.412 | 5.238 | 81,7
2 | TP Hội An | 3.905 | 3.017 | 77,3
3 | Thị xã Điện Bàn | 9.846 | 6.158 | 62,5
4 | Huyện Núi Thành | 7.230 | 3.902 | 54,0
Tổng cộng | | 27.393 | 18.315 | 66,9

3. Chi trả trợ cấp thất nghiệp
6 tháng đầu năm 2024 có 7.415 người hưởng trợ cấp thất nghiệp, 100% nhận qua tài khoản, với số tiền 118,3 tỷ đồng.

II. TỒN TẠI, HẠN CHẾ
Tỷ lệ nhận qua tài khoản ở 9 huyện miền núi còn thấp, bình quân dưới 15%; khoảng 2.300 người hưởng ở vùng cao chưa mở được tài khoản.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu đến ngày 31/12/2024, tỷ lệ người hưởng lương hưu, trợ cấp BHXH nhận qua tài khoản đạt từ 50% trở lên, riêng khu vực đô thị đạt 80%.

Nơi nhận:
- Bộ LĐ-TB&XH;
- Lưu: VT, KGVX.
"""

P_ASOF = period("Tính đến ngày 30/6/2024", end="2024-06-30")
P_H1 = period("6 tháng đầu năm", "2024-01-01", "2024-06-30")
P_TAB = period("đến ngày 30/6/2024", end="2024-06-30", inherited=True)
P_UI = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
P_END = period("đến ngày 31/12/2024", end="2024-12-31")
S_ALL = "tổng số đối tượng"
S_ACC = "nhận qua tài khoản"
S_RATE = "tỷ lệ"

ROWS = [("Tam Kỳ", "6.412", "5.238", "81,7"), ("Hội An", "3.905", "3.017", "77,3"),
        ("Điện Bàn", "9.846", "6.158", "62,5"), ("Núi Thành", "7.230", "3.902", "54,0"),
        ("Quảng Nam", "27.393", "18.315", "66,9")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for place, a, b, r in ROWS:
    loc = {} if place == "Quảng Nam" else {"location": place}
    TABLE += [
        F(f"| {a} |", a, num(a), "count", "người", S_ALL, P_TAB, **loc),
        F(f"| {b} |", b, num(b), "count", "người", S_ACC, P_TAB, **loc),
        F(f"| {r}\n", r, num(r), "percent", "%", S_RATE, P_TAB, **loc),
    ]

FIGS = [
    F("có 41.582 người", "41.582", 41582, "count", "người", "người hưởng lương hưu, trợ cấp BHXH hàng tháng", P_ASOF),
    F("là 17.964 người", "17.964", 17964, "count", "người", "số người nhận lương hưu, trợ cấp qua tài khoản", P_ASOF,
      percent=43.2, change=change("increase", 9.1, "%", "cùng kỳ năm 2023")),
    F("ước đạt 752,6 tỷ đồng", "752,6", 752.6e9, "money", "đồng", "tổng số tiền chi trả qua tài khoản", P_H1,
      percent=54.8, status="estimate"),
    F("4 địa phương", "4", 4, "count", "địa phương", "địa phương thực hiện thí điểm chi trả trợ cấp qua tài khoản",
      period("đến ngày 30/6/2024", end="2024-06-30")),
] + TABLE + [
    F("có 7.415 người", "7.415", 7415, "count", "người", "người hưởng trợ cấp thất nghiệp", P_UI),
    F("100% nhận", "100", 100, "percent", "%", "tỷ lệ người hưởng trợ cấp thất nghiệp nhận qua tài khoản", P_UI),
    F("số tiền 118,3 tỷ đồng", "118,3", 118.3e9, "money", "đồng", "số tiền trợ cấp thất nghiệp chi trả", P_UI),
    F("9 huyện miền núi", "9", 9, "count", "huyện miền núi", "huyện miền núi có tỷ lệ nhận qua tài khoản thấp"),
    F("dưới 15%", "15", 15, "percent", "%", "tỷ lệ nhận qua tài khoản bình quân ở huyện miền núi", approx="under"),
    F("khoảng 2.300 người", "2.300", 2300, "count", "người", "người hưởng ở vùng cao chưa mở được tài khoản", approx="about"),
    F("từ 50% trở lên", "50", 50, "percent", "%", "tỷ lệ người hưởng lương hưu, trợ cấp BHXH nhận qua tài khoản", P_END,
      approx="at_least", status="target"),
    F("đô thị đạt 80%", "80", 80, "percent", "%", "tỷ lệ người hưởng khu vực đô thị nhận qua tài khoản", P_END,
      status="target"),
]

NOTES = [
    "Báo cáo UBND tỉnh Quảng Nam số 215/BC-UBND: chi trả an sinh xã hội không dùng tiền mặt 6 tháng đầu năm 2024; flattened | table by district.",
    "Distractors: Số: 215/BC-UBND; ngày 12 tháng 7 năm 2024; section numbers I.-III., 1.-3.; STT column 1-4; Lưu: VT.",
    "17.964 has no part-of cue (no trong đó/gồm): percent 43,2 and change 9,1% but no total. 752,6 tỷ: đạt 54,8% kế hoạch năm -> percent.",
    "Table cells: subject = the column label (FIGURES.md: row label + column label, a place label goes to location); the Tổng cộng row is the sum of the places -> location Quảng Nam, subject the column label; period from the line above the table (inherited).",
    "revised after the first score: table subjects were 'tổng số đối tượng hưởng trợ cấp xã hội, trợ cấp người có công' / 'đối tượng nhận qua tài khoản' / 'tỷ lệ đối tượng nhận qua tài khoản' (caption context added); now the column labels, as FIGURES.md prescribes for tables.",
    "'100% nhận qua tài khoản' has no đạt/chiếm cue: a percent figure of its own. 'từ 50% trở lên' in a target -> at_least.",
    "'4 địa phương' is a count of pilot districts (as-of the same date, stated in the same sentence).",
]

write_set(3, TEXT, FIGS, NOTES, published="2024-07-12", location="Quảng Nam")
