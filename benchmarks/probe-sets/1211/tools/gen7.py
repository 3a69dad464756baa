"""p1211-7: department site (Sở NN&PTNT Tây Ninh), no dateline; one-cell-per-line table of oilseed area by crop."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TÂY NINH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp

Cây có dầu ngắn ngày: giảm diện tích, tăng giá trị

Năm 2024, diện tích cây có dầu ngắn ngày toàn tỉnh đạt 4.099 ha, giảm 26 ha so với năm 2023, chủ yếu do nông dân chuyển sang trồng cây ăn quả. Năng suất đậu phộng bình quân đạt 32,5 tạ/ha; sản lượng đạt 8.920 tấn.

Diện tích gieo trồng cây có dầu ngắn ngày phân theo cây trồng
Đơn vị tính: ha
Cây trồng
Năm 2023
Năm 2024
Năm 2024 so với năm 2023 (%)
Đậu phộng
2.860
2.745
96,0
Mè
1.120
1.236
110,4
Sachi
145
118
81,4
Tổng cộng
4.125
4.099
99,4

Đậu phộng tập trung tại thị xã Trảng Bàng, huyện Gò Dầu và huyện Dương Minh Châu, chiếm gần 80% diện tích. Tại xã Phước Chỉ (thị xã Trảng Bàng), Tổ hợp tác đậu phộng Phước Chỉ có 27 thành viên, canh tác 46 ha theo quy trình VietGAP; giá đậu phộng tươi 18.000-20.000 đồng/kg, lợi nhuận bình quân 45 triệu đồng/ha/vụ.

Năm 2025, ngành nông nghiệp phấn đấu giữ ổn định trên 4.000 ha cây có dầu ngắn ngày, trong đó mè 1.300 ha.

Bài viết liên quan:
- Tập huấn kỹ thuật trồng mè vụ Hè Thu lần 2
- Hội nghị tổng kết ngành nông nghiệp năm 2024

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TÂY NINH
Địa chỉ: Số 6, đường Trần Quốc Toản, Phường 2, TP Tây Ninh
Điện thoại: 0276.3822.740
Lượt truy cập: 2.305.118 | Đang online: 41
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
CAP = "diện tích gieo trồng"
TB = "Trảng Bàng"


def cell(anchor, number, value, row, col):
    if col == "%":
        return F(anchor, number, value, "percent", "%", subject=f"{CAP} {row} năm 2024 so với năm 2023")
    per = {"2023": Y23, "2024": Y24}[col]
    return F(anchor, number, value, "measure", "ha", subject=f"{CAP} {row} năm {col}", period=per)


FIGS = [
    F("đạt 4.099 ha", "4.099", 4099, "measure", "ha", change=C("decrease", 26, "ha", "năm 2023"),
      subject="diện tích cây có dầu ngắn ngày", period=Y24),
    F("đạt 32,5 tạ/ha", "32,5", 32.5, "measure", "tạ/ha", subject="năng suất đậu phộng bình quân", period=I(Y24)),
    F("đạt 8.920 tấn", "8.920", 8920, "measure", "tấn", subject="sản lượng đậu phộng", period=I(Y24)),
    cell("phộng\n2.860", "2.860", 2860, "đậu phộng", "2023"),
    cell("2.860\n2.745", "2.745", 2745, "đậu phộng", "2024"),
    cell("96,0", "96,0", 96.0, "đậu phộng", "%"),
    cell("Mè\n1.120", "1.120", 1120, "mè", "2023"),
    cell("1.120\n1.236", "1.236", 1236, "mè", "2024"),
    cell("110,4", "110,4", 110.4, "mè", "%"),
    cell("Sachi\n145", "145", 145, "sachi", "2023"),
    cell("145\n118", "118", 118, "sachi", "2024"),
    cell("81,4", "81,4", 81.4, "sachi", "%"),
    cell("cộng\n4.125", "4.125", 4125, "tổng cộng", "2023"),
    cell("4.125\n4.099", "4.099", 4099, "tổng cộng", "2024"),
    cell("99,4", "99,4", 99.4, "tổng cộng", "%"),
    F("gần 80%", "80", 80, "percent", "%", approx="nearly",
      subject="diện tích đậu phộng tại Trảng Bàng, Gò Dầu và Dương Minh Châu"),
    F("có 27 thành viên", "27", 27, "count", "thành viên", subject="thành viên Tổ hợp tác đậu phộng Phước Chỉ",
      location=TB),
    F("canh tác 46 ha", "46", 46, "measure", "ha", subject="diện tích Tổ hợp tác canh tác theo quy trình VietGAP",
      location=TB),
    F("18.000-20.000", "18.000", 18000, "money", "đồng/kg", value_max=20000, subject="giá đậu phộng tươi",
      location=TB),
    F("bình quân 45 triệu", "45", 45e6, "money", "đồng/ha/vụ", subject="lợi nhuận bình quân", location=TB),
    F("trên 4.000 ha", "4.000", 4000, "measure", "ha", approx="over", status="target",
      subject="diện tích cây có dầu ngắn ngày giữ ổn định", period=Y25),
    F("mè 1.300 ha", "1.300", 1300, "measure", "ha", total=4000, status="target", subject="diện tích mè",
      period=Y25),
]

NOTES = [
    "Department site (Sở NN&PTNT Tây Ninh) with no dateline: no published. Menu, related links, footer address, phone, visit counter.",
    "Distractors: 'lần 2', 'năm 2024' in a link title, 'Số 6, đường Trần Quốc Toản, Phường 2', phone 0276.3822.740, 'Lượt truy cập: 2.305.118', 'Đang online: 41'.",
    "One-cell-per-line table, 'Đơn vị tính: ha'; the last column is a percent (header '(%)'): percent cells, period left null (a ratio of two years).",
    "Year cells: period from the column header (scored); subject = caption indicator + row + column. Rows are crops, location Tây Ninh.",
    "'giảm 26 ha so với năm 2023' is the change of 4.099. 'trong đó mè 1.300 ha' is a part of the 4.000 ha target (total), status target.",
    "Tổ hợp tác Phước Chỉ lies in thị xã Trảng Bàng: its figures get Trảng Bàng.",
]

if __name__ == "__main__":
    write("p1211-7", TEXT, NOTES, FIGS, location="Tây Ninh")
