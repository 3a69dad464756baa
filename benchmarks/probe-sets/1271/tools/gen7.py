"""p1271-7: department site (Sở NN&PTNT Quảng Ninh), no dateline; one-cell-per-line table of Móng Cái sows by locality."""
from lib import F, P, I, Y, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NINH
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Bảo tồn và phát triển giống lợn Móng Cái

Lợn Móng Cái là giống lợn nội sinh sản tốt, mỗi lứa đẻ bình quân 11-12 con, được nhiều địa phương chọn làm nái nền để lai tạo. Năm 2024, đàn lợn nái Móng Cái thuần chủng do các cơ sở trên địa bàn tỉnh Quảng Ninh nuôi giữ ước đạt 2.808 con, tăng 6,2% so với năm 2023.

Đàn lợn nái Móng Cái thuần chủng theo địa phương
Đơn vị tính: con
Địa phương
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
TP Móng Cái
1.240
1.318
106,3
Huyện Hải Hà
865
902
104,3
Huyện Đầm Hà
540
588
108,9
Tổng số
2.645
2.808
106,2

Hai trại giống cấp tỉnh đặt tại huyện Hải Hà và huyện Đầm Hà hiện nuôi 420 con nái hạt nhân và 36 con đực giống. 9 tháng đầu năm 2024, hai trại đã cung ứng 3.450 con lợn giống cho người chăn nuôi trong và ngoài tỉnh, bằng 76,7% kế hoạch năm. Giá lợn giống Móng Cái dao động 75.000-80.000 đồng/kg; thịt lợn Móng Cái bán lẻ khoảng 150.000 đồng/kg.

Tin đã đưa:
- Quảng Ninh tổng kết Chương trình OCOP giai đoạn 2019-2023
- Hướng dẫn phòng chống rét cho đàn vật nuôi

SỞ NÔNG NGHIỆP VÀ PTNT QUẢNG NINH
Địa chỉ: Tầng 8, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long
Điện thoại: 0203.3835.617
Lượt truy cập: 1.734.552 | Trực tuyến: 25
"""

Y23 = Y(2023, "Năm 2023")
Y24 = Y(2024, "Năm 2024")
E24 = Y(2024, "Ước thực hiện 2024")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")

ROWS = [("TP Móng Cái", "Móng Cái", ["1.240", "1.318", "106,3"]),
        ("Huyện Hải Hà", "Hải Hà", ["865", "902", "104,3"]),
        ("Huyện Đầm Hà", "Đầm Hà", ["540", "588", "108,9"]),
        ("Tổng số", None, ["2.645", "2.808", "106,2"])]
IND = "đàn lợn nái Móng Cái thuần chủng"
CELLS = []
for label, place, (a, b, c) in ROWS:
    loc = {"location": place} if place else {}
    row = "" if place else " tổng số"
    CELLS += [
        F(f"{label}\n{a}\n", a, int(a.replace(".", "")), "count", "con", subject=f"{IND}{row} năm 2023",
          period=Y23, **loc),
        F(f"\n{a}\n{b}\n", b, int(b.replace(".", "")), "count", "con", subject=f"{IND}{row} ước thực hiện 2024",
          period=E24, status="estimate", **loc),
        F(f"\n{b}\n{c}\n", c, float(c.replace(",", ".")), "percent", "%",
          subject=f"{IND}{row} so với cùng kỳ", **loc),
    ]

FIGS = [
    F("bình quân 11-12 con", "11", 11, "measure", "con/lứa", value_max=12, subject="số con đẻ mỗi lứa của lợn Móng Cái"),
    F("ước đạt 2.808", "2.808", 2808, "count", "con", status="estimate", period=Y24,
      change=C("increase", 6.2, "%", "năm 2023"), subject="đàn lợn nái Móng Cái thuần chủng các cơ sở nuôi giữ"),
] + CELLS + [
    F("Hai trại giống", "Hai", 2, "count", "trại", subject="trại giống cấp tỉnh", optional=True),
    F("năm 2024, hai trại", "hai", 2, "count", "trại", subject="trại giống cấp tỉnh", optional=True),
    F("nuôi 420 con", "420", 420, "count", "con", subject="nái hạt nhân hai trại giống cấp tỉnh nuôi"),
    F("36 con", "36", 36, "count", "con", subject="đực giống hai trại giống cấp tỉnh nuôi"),
    F("cung ứng 3.450", "3.450", 3450, "count", "con", percent=76.7, period=M9,
      subject="lợn giống hai trại cung ứng cho người chăn nuôi"),
    F("75.000-80.000", "75.000", 75000, "money", "đồng/kg", value_max=80000, subject="giá lợn giống Móng Cái"),
    F("khoảng 150.000", "150.000", 150000, "money", "đồng/kg", approx="about",
      subject="giá bán lẻ thịt lợn Móng Cái"),
]

NOTES = [
    "Department site (Sở NN&PTNT Quảng Ninh), no dateline: menu, 'Tin đã đưa', footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: 'giai đoạn 2019-2023', 'Tầng 8', 'số 3', phone 0203.3835.617, counters 1.734.552 and 25.",
    "'Hai trại giống' names the group whose figures follow (as 'Ba doanh nghiệp dẫn đầu' in the model set) and 'hai trại' repeats it:",
    "both optional.",
    "'mỗi lứa đẻ bình quân 11-12 con' → measure, unit con/lứa (rate).",
    "One-cell-per-line table, 'Đơn vị tính: con', place column: the place of each row is its location (TP Móng Cái, Hải Hà, Đầm Hà);",
    "'Tổng số' is Quảng Ninh. 'Ước thực hiện 2024' → estimate, period 2024; 'Năm 2023' → 2023. 'So với cùng kỳ (%)' cells are",
    "percent figures (growth as the claim), no period and no status (the header gives neither). Cells get no total.",
    "'bằng 76,7% kế hoạch năm' → percent attribute of 3.450 con.",
]

if __name__ == "__main__":
    write("p1271-7", TEXT, NOTES, FIGS, location="Quảng Ninh")
