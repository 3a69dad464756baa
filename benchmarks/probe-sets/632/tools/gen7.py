"""p632-7: Sở Y tế Phú Thọ department site, no dateline, one-cell-per-line table with 'Đơn vị tính: lượt'."""
from lib import F, P, CH, emit

TEXT = """SỞ Y TẾ TỈNH PHÚ THỌ
Trang chủ » Hoạt động chuyên môn » Y dược cổ truyền

Khám, chữa bệnh bằng y học cổ truyền tại tuyến huyện tăng mạnh

Năm 2023, các trung tâm y tế huyện, thành, thị trên địa bàn tỉnh Phú Thọ đã khám, chữa bệnh bằng y học cổ truyền (YHCT) cho 248.600 lượt người, tăng 14,2% so với năm 2022. Riêng quý I/2024 đạt 68.430 lượt. Số lượt khám tại một số huyện như sau:

Bảng: Số lượt khám, chữa bệnh bằng YHCT tại một số huyện
Đơn vị tính: lượt
Huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Thanh Sơn
18.240
21.105
23.000
Cẩm Khê
15.760
17.932
19.500
Phù Ninh
12.418
14.870
16.000
Tân Sơn
9.305
11.246
12.500

Bệnh viện Y học cổ truyền tỉnh hiện triển khai 42 kỹ thuật YHCT, trong đó có 9 kỹ thuật mới như cấy chỉ, điện châm, thủy châm. Năm 2023, tỷ lệ người bệnh điều trị nội trú được dùng thuốc thang đạt 68%; chi phí điều trị bình quân một đợt nội trú khoảng 4,2 triệu đồng/người bệnh.

Ở tuyến xã, 198/225 trạm y tế có vườn thuốc nam hoặc bảng ảnh cây thuốc, chiếm 88%. Năm 2024, ngành y tế phấn đấu tỷ lệ khám, chữa bệnh bằng YHCT toàn tỉnh đạt 25-27%, mỗi trung tâm y tế huyện có ít nhất 1 bác sĩ chuyên khoa YHCT.

Sở Y tế tỉnh Phú Thọ - Số 1468 Đại lộ Hùng Vương, TP Việt Trì. ĐT: 0210.3846.255
Tổng số lượt truy cập: 2.184.503
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
SUBJ = "số lượt khám, chữa bệnh bằng YHCT"

def num(s):
    return float(s.replace(".", ""))

def row(place, a1, n1, a2, n2, a3, n3):
    return [
        F(a1, n1, num(n1), "count", "lượt", subject=SUBJ + " năm 2022", period=Y22, location=place),
        F(a2, n2, num(n2), "count", "lượt", subject=SUBJ + " năm 2023", period=Y23, location=place),
        F(a3, n3, num(n3), "count", "lượt", status="target", subject=SUBJ + " kế hoạch 2024", period=K24,
          location=place),
    ]

FIGS = [
    F("cho 248.600 lượt", "248.600", 248600, "count", "lượt người",
      change=CH("increase", 14.2, baseline="năm 2022"),
      subject="lượt người được các trung tâm y tế huyện, thành, thị khám, chữa bệnh bằng YHCT", period=Y23),
    F("đạt 68.430 lượt", "68.430", 68430, "count", "lượt",
      subject="lượt khám, chữa bệnh bằng YHCT tại các trung tâm y tế huyện",
      period=P("quý I/2024", "2024-01-01", "2024-03-31")),
    *row("Thanh Sơn", "Sơn\n18.240", "18.240", "21.105", "21.105", "23.000", "23.000"),
    *row("Cẩm Khê", "15.760", "15.760", "17.932", "17.932", "19.500", "19.500"),
    *row("Phù Ninh", "12.418", "12.418", "14.870", "14.870", "16.000", "16.000"),
    *row("Tân Sơn", "9.305", "9.305", "11.246", "11.246", "12.500", "12.500"),
    F("triển khai 42 kỹ thuật", "42", 42, "count", "kỹ thuật", subject="kỹ thuật YHCT Bệnh viện Y học cổ truyền tỉnh triển khai"),
    F("có 9 kỹ thuật", "9", 9, "count", "kỹ thuật", total=42, subject="kỹ thuật mới"),
    F("đạt 68%", "68", 68, "percent", "%", subject="tỷ lệ người bệnh điều trị nội trú được dùng thuốc thang",
      period=Y23),
    F("khoảng 4,2 triệu", "4,2", 4.2e6, "money", "đồng/người bệnh", approx="about",
      subject="chi phí điều trị bình quân một đợt nội trú", period=Y23),
    F("xã, 198/225", "198", 198, "count", "trạm y tế", total=225, percent=88,
      subject="trạm y tế có vườn thuốc nam hoặc bảng ảnh cây thuốc"),
    F("25-27%", "25", 25, "percent", "%", value_max=27, status="target",
      subject="tỷ lệ khám, chữa bệnh bằng YHCT toàn tỉnh", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("ít nhất 1 bác sĩ", "1", 1, "count", "bác sĩ chuyên khoa YHCT", approx="at_least", status="target",
      subject="bác sĩ chuyên khoa YHCT mỗi trung tâm y tế huyện", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Sở Y tế Phú Thọ department site: breadcrumb, no dateline (published null), visit counter in the footer. Location Phú Thọ.",
    "One-cell-per-line table with 'Đơn vị tính: lượt': row labels are districts → location; subject = indicator + column;",
    "period from the column headers (scored, as in shared h23); 'Kế hoạch 2024' column → status target.",
    "'Riêng quý I/2024 đạt 68.430 lượt' — its own figure (quarter period), not a part of the 2023 whole.",
    "'42 kỹ thuật, trong đó có 9 kỹ thuật mới' → total 42. 'khoảng 4,2 triệu đồng/người bệnh' → money rate, about.",
    "'198/225 trạm …, chiếm 88%' → total 225 and percent 88; '25-27%' target range; 'ít nhất 1 bác sĩ' → at_least, target.",
    "Distractors: 'Số 1468 Đại lộ Hùng Vương', phone 0210.3846.255, 'Tổng số lượt truy cập: 2.184.503'.",
]

if __name__ == "__main__":
    emit("p632-7", TEXT, COMMENTS, FIGS, published=None, location="Phú Thọ")
