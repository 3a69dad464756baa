"""p622-7: Sở KH&ĐT Nghệ An department site, no dateline; one-cell-per-line table of registered capital by district."""
from lib import F, P, I, CH, emit

TEXT = """SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH NGHỆ AN
Trang chủ » Xúc tiến đầu tư » Số liệu thống kê

Kết quả thu hút đầu tư trong nước theo địa bàn năm 2023

Năm 2023, tỉnh Nghệ An cấp mới 98 dự án đầu tư trong nước với tổng vốn đăng ký 16.842,7 tỷ đồng, tăng 12,4% so với năm 2022; điều chỉnh 137 lượt dự án, thu hồi 11 dự án. Vốn đăng ký của các địa bàn trọng điểm dưới đây chiếm 78,6% tổng vốn toàn tỉnh.

Bảng: Vốn đăng ký đầu tư trong nước cấp mới theo địa bàn
Đơn vị tính: tỷ đồng

Địa bàn
Năm 2022
Năm 2023
Kế hoạch 2024
Thành phố Vinh
3.215,4
4.108,9
4.500
Thị xã Hoàng Mai
2.460,0
3.372,5
3.800
Huyện Nghi Lộc
2.980,6
2.615,3
3.000
Huyện Diễn Châu
1.102,8
1.847,2
2.000
Huyện Quỳnh Lưu
954,1
1.295,0
1.500

Trong các địa bàn trên, chỉ có huyện Nghi Lộc giảm 12,3% so với năm 2022 do 2 dự án lớn tại Khu công nghiệp Thọ Lộc chuyển sang năm 2024. Thị xã Hoàng Mai có mức tăng cao nhất, đạt 37,1%.

Năm 2024, tỉnh phấn đấu thu hút vốn đầu tư trong nước từ 18.000 đến 20.000 tỷ đồng, tập trung vào công nghiệp chế biến, chế tạo, logistics và du lịch ven biển.

Ghi chú: Số liệu không bao gồm các dự án trong Khu kinh tế Đông Nam Nghệ An.

Sở Kế hoạch và Đầu tư tỉnh Nghệ An - Địa chỉ: số 16 Trường Thi, TP Vinh - Điện thoại: 0238.3844.563
Số lượt truy cập: 1.284.907
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
S = "vốn đăng ký đầu tư trong nước cấp mới"

ROWS = [
    ("Vinh", "Thành phố Vinh\n", ("3.215,4", "4.108,9", "4.500")),
    ("Hoàng Mai", "Thị xã Hoàng Mai\n", ("2.460,0", "3.372,5", "3.800")),
    ("Nghi Lộc", "Huyện Nghi Lộc\n", ("2.980,6", "2.615,3", "3.000")),
    ("Diễn Châu", "Huyện Diễn Châu\n", ("1.102,8", "1.847,2", "2.000")),
    ("Quỳnh Lưu", "Huyện Quỳnh Lưu\n", ("954,1", "1.295,0", "1.500")),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("cấp mới 98 dự án", "98", 98, "count", "dự án", "dự án đầu tư trong nước cấp mới", Y23),
    F("16.842,7 tỷ đồng", "16.842,7", 16842.7e9, "money", "đồng", "tổng vốn đăng ký", Y23,
      change=CH("increase", 12.4, "%", "năm 2022")),
    F("điều chỉnh 137 lượt", "137", 137, "count", "lượt dự án", "dự án điều chỉnh", Y23),
    F("thu hồi 11 dự án", "11", 11, "count", "dự án", "dự án thu hồi", Y23),
    F("chiếm 78,6%", "78,6", 78.6, "percent", "%", "tỷ trọng vốn đăng ký của các địa bàn trọng điểm trong tổng vốn toàn tỉnh",
      I(Y23)),
]
for loc, label, (a, b, c) in ROWS:
    FIGS.append(F(label + a + "\n", a, num(a) * 1e9, "money", "đồng", S + " năm 2022", C22, location=loc))
    FIGS.append(F(a + "\n" + b + "\n", b, num(b) * 1e9, "money", "đồng", S + " năm 2023", C23, location=loc))
    FIGS.append(F(b + "\n" + c + "\n", c, num(c) * 1e9, "money", "đồng", S + " kế hoạch 2024", C24,
                  status="target", location=loc))
FIGS += [
    F("giảm 12,3%", "12,3", 12.3, "percent", "%", "mức giảm vốn đăng ký so với năm 2022", location="Nghi Lộc"),
    F("đạt 37,1%", "37,1", 37.1, "percent", "%", "mức tăng vốn đăng ký", location="Hoàng Mai"),
    F("do 2 dự án", "2", 2, "count", "dự án", "dự án lớn chuyển sang năm 2024", location="Nghi Lộc"),
    F("từ 18.000 đến 20.000 tỷ đồng", "18.000", 18000e9, "money", "đồng", "vốn đầu tư trong nước thu hút", Y24,
      value_max=20000e9, status="target"),
]

COMMENTS = [
    "Sở KH&ĐT Nghệ An department site, no dateline: dự án đầu tư trong nước năm 2023 + one-cell-per-line table by district",
    "(Năm 2022 | Năm 2023 | Kế hoạch 2024), 'Đơn vị tính: tỷ đồng' → ×10^9 đồng. Row labels are districts → location; subject = indicator + column.",
    "'Kế hoạch 2024' column → status target, period 2024. 'Số lượt truy cập: 1.284.907', phone, 'số 16 Trường Thi' are not figures.",
    "'giảm 12,3% so với năm 2022' / 'mức tăng cao nhất, đạt 37,1%' are growth rates that are the claim: percent figures, no change object.",
    "'2 dự án lớn … chuyển sang năm 2024' is a count (Nghi Lộc). '78,6%' has no figure to attach to: a percent figure of its own.",
]

if __name__ == "__main__":
    emit("p622-7", TEXT, COMMENTS, FIGS, location="Nghệ An")
