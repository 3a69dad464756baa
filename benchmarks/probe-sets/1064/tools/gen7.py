"""p1064-7: department site (Sở Xây dựng Vĩnh Phúc), no dateline, one-cell-per-line table - worker housing projects."""
from lib import F, P, I, C, T, write

TEXT = """SỞ XÂY DỰNG TỈNH VĨNH PHÚC
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kết quả phát triển nhà ở cho công nhân các khu công nghiệp

Vĩnh Phúc hiện có 9 khu công nghiệp đã đi vào hoạt động với khoảng 118.000 lao động, trong đó gần 52.000 người đến từ các tỉnh khác. Năm 2024, nhu cầu nhà ở của công nhân ước khoảng 41.000 chỗ ở, tăng 8% so với năm 2023.

Số công nhân còn lại, khoảng 35.000 người, chủ yếu thuê phòng trọ của hộ gia đình tại các xã, phường ven khu công nghiệp với giá phổ biến 1-1,4 triệu đồng/phòng/tháng. Trong quý IV/2024, Sở phối hợp Công an tỉnh kiểm tra 420 cơ sở cho thuê trọ, phát hiện 57 cơ sở vi phạm quy định về phòng cháy, chữa cháy.

Lũy kế đến hết năm 2024, toàn tỉnh có 6 dự án nhà ở công nhân đã hoàn thành với 4.860 căn hộ; tỷ lệ đáp ứng nhu cầu đạt khoảng 23%. Số liệu một số dự án như sau:

Đơn vị tính: căn hộ
Dự án
Số căn theo quy hoạch
Đã hoàn thành
Kế hoạch năm 2025
KCN Khai Quang
2.400
1.620
780
KCN Bá Thiện II
3.200
1.240
1.200
KCN Thăng Long Vĩnh Phúc
1.800
1.100
500
Tổng cộng
7.400
3.960
2.480

Giá thuê căn hộ tại các dự án từ 1,6 đến 2,4 triệu đồng/căn/tháng, diện tích mỗi căn 25-45 m2. Sở phấn đấu năm 2025 có 80% công nhân có nhu cầu được thuê nhà ở đạt chuẩn.

Địa chỉ: Số 40 đường Nguyễn Trãi, phường Đống Đa, TP Vĩnh Yên, tỉnh Vĩnh Phúc
Điện thoại: 0211.3862.351 - Fax: 0211.3862.448
Lượt truy cập: 1.284.905
"""

y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
cum = P("Lũy kế đến hết năm 2024", None, "2024-12-31")
q4 = P("Trong quý IV/2024", "2024-10-01", "2024-12-31")
y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 9 khu công nghiệp", "9", 9, "count", "khu công nghiệp", "khu công nghiệp đã đi vào hoạt động"),
    F("khoảng 118.000 lao động", "118.000", 118000, "count", "lao động", "lao động khu công nghiệp",
      approx="about"),
    F("gần 52.000 người", "52.000", 52000, "count", "người", "lao động đến từ các tỉnh khác", approx="nearly",
      total=118000),
    F("khoảng 41.000 chỗ ở", "41.000", 41000, "count", "chỗ ở", "nhu cầu nhà ở của công nhân", y24,
      approx="about", status="estimate", change=C("increase", 8, baseline="năm 2023")),
    F("khoảng 35.000 người", "35.000", 35000, "count", "người", "công nhân thuê phòng trọ của hộ gia đình",
      approx="about"),
    F("phổ biến 1-1,4 triệu", "1", 1000000, "money", "đồng/phòng/tháng", "giá thuê phòng trọ phổ biến",
      value_max=1400000),
    F("kiểm tra 420 cơ sở", "420", 420, "count", "cơ sở", "cơ sở cho thuê trọ được kiểm tra", q4),
    F("phát hiện 57 cơ sở", "57", 57, "count", "cơ sở", "cơ sở vi phạm quy định về phòng cháy, chữa cháy", q4),
    F("có 6 dự án", "6", 6, "count", "dự án", "dự án nhà ở công nhân đã hoàn thành", cum),
    F("với 4.860 căn hộ", "4.860", 4860, "count", "căn hộ", "căn hộ nhà ở công nhân", cum),
    F("khoảng 23%", "23", 23, "percent", "%", "tỷ lệ đáp ứng nhu cầu nhà ở", cum, approx="about"),
]

ROWS = [("KCN Khai Quang", "2.400", "1.620", "780"),
        ("KCN Bá Thiện II", "3.200", "1.240", "1.200"),
        ("KCN Thăng Long Vĩnh Phúc", "1.800", "1.100", "500"),
        ("Tổng cộng", "7.400", "3.960", "2.480")]
for label, a, b, c in ROWS:
    row = label if label != "Tổng cộng" else "tổng cộng"
    FIGS.append(F(f"{label}\n{a}\n", a, int(a.replace(".", "")), "count", "căn hộ",
                  f"số căn theo quy hoạch {row}", status="target"))
    FIGS.append(F(f"{a}\n{b}\n", b, int(b.replace(".", "")), "count", "căn hộ",
                  f"số căn đã hoàn thành {row}", I(cum)))
    FIGS.append(F(f"{b}\n{c}\n", c, int(c.replace(".", "")), "count", "căn hộ",
                  f"kế hoạch năm 2025 {row}", P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31"),
                  status="target"))

FIGS += [
    F("từ 1,6 đến 2,4 triệu", "1,6", 1600000, "money", "đồng/căn/tháng", "giá thuê căn hộ nhà ở công nhân",
      value_max=2400000),
    F("căn 25-45 m2", "25", 25, "measure", "m2", "diện tích mỗi căn hộ", value_max=45),
    F("có 80% công nhân", "80", 80, "percent", "%", "công nhân có nhu cầu được thuê nhà ở đạt chuẩn", y25,
      status="target"),
]

NOTES = [
    "Department site (Sở Xây dựng Vĩnh Phúc) with no dateline: published absent. Footer address, phone, fax and visit counter are not figures.",
    "One-cell-per-line table (Đơn vị tính: căn hộ): header cells Dự án / Số căn theo quy hoạch / Đã hoàn thành / Kế hoạch năm 2025,",
    "then each row's cells one per line. KCN names are row labels, not places (location Vĩnh Phúc; 'KCN Bá Thiện II' is a name).",
    "'Số căn theo quy hoạch' (a project's planned scale) and 'Kế hoạch năm 2025' are status target; the Kế hoạch column's period is its",
    "header (scored), the 'Đã hoàn thành' column inherits 'Lũy kế đến hết năm 2024' from the line above the table, the quy hoạch column has none.",
    "'1-1,4 triệu đồng' is a range sharing the multiplier (1 triệu - 1,4 triệu). 'kiểm tra 420 ..., phát hiện 57 ...' has no part-of cue: no total.",
    "'hiện có' gives no period. 'ước khoảng 41.000' is an estimate with approx about. 'trong đó gần 52.000 người' -> total 118.000.",
]

write("p1064-7", TEXT, FIGS, NOTES, published=None, location="Vĩnh Phúc")
