from lib import F, P, I, CH, emit

TEXT = """SỞ XÂY DỰNG TỈNH QUẢNG NGÃI
Trang chủ / Thông tin giá vật liệu xây dựng

Công bố giá vật liệu xây dựng quý II/2024 trên địa bàn tỉnh Quảng Ngãi

Sở Xây dựng phối hợp với Sở Tài chính công bố giá một số vật liệu xây dựng chủ yếu (giá đến hiện trường xây lắp tại trung tâm thành phố Quảng Ngãi, chưa bao gồm thuế giá trị gia tăng) làm cơ sở lập và quản lý chi phí đầu tư xây dựng theo Thông tư số 11/2021/TT-BXD.

Bảng 1. Giá một số vật liệu xây dựng chủ yếu
Đơn vị tính: đồng
STT
Tên vật liệu
Đơn vị
Quý I/2024
Quý II/2024
1
Xi măng PCB40 (bao)
tấn
1.560.000
1.545.000
2
Thép cuộn D6-D8
kg
14.850
14.420
3
Thép thanh vằn D10-D25
kg
15.100
14.680
4
Cát xây tô
m³
285.000
310.000
5
Đá dăm 1x2
m³
330.000
330.000
6
Gạch không nung 6 lỗ
viên
1.350
1.350

So với quý I/2024, giá thép xây dựng giảm từ 2,8 đến 2,9%, giá cát xây tô tăng 8,8% do nguồn cung khan hiếm; giá xi măng giảm khoảng 1%, các loại vật liệu khác ổn định. Giá nhân công xây dựng bình quân quý II/2024 là 265.000 đồng/ngày công (bậc 3/7), tăng 4,5% so với năm 2023.

Các tổ chức, cá nhân có thắc mắc liên hệ Phòng Kinh tế và Vật liệu xây dựng, số 52 Hùng Vương, thành phố Quảng Ngãi; điện thoại 0255.3822.647.

Tổng lượt truy cập: 1.204.563
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q2 = P("Quý II/2024", "2024-04-01", "2024-06-30")


def cells(label, unit, a1, n1, a2, n2):
    v1 = int(n1.replace(".", ""))
    v2 = int(n2.replace(".", ""))
    return [
        F(a1, n1, v1, "money", unit, f"giá {label} quý I/2024", Q1),
        F(a2, n2, v2, "money", unit, f"giá {label} quý II/2024", Q2),
    ]


FIGS = []
FIGS += cells("Xi măng PCB40 (bao)", "đồng/tấn", "1.560.000", "1.560.000", "1.545.000", "1.545.000")
FIGS += cells("Thép cuộn D6-D8", "đồng/kg", "14.850", "14.850", "14.420", "14.420")
FIGS += cells("Thép thanh vằn D10-D25", "đồng/kg", "15.100", "15.100", "14.680", "14.680")
FIGS += cells("Cát xây tô", "đồng/m³", "285.000", "285.000", "310.000", "310.000")
FIGS += cells("Đá dăm 1x2", "đồng/m³", "m³\n330.000", "330.000", "330.000\n6", "330.000")
FIGS += cells("Gạch không nung 6 lỗ", "đồng/viên", "viên\n1.350", "1.350", "1.350\n\nSo", "1.350")
FIGS += [
    F("từ 2,8 đến 2,9%", "2,8", 2.8, "percent", "%", "giá thép xây dựng giảm so với quý I/2024", I(Q2), value_max=2.9),
    F("tăng 8,8%", "8,8", 8.8, "percent", "%", "giá cát xây tô tăng so với quý I/2024", I(Q2)),
    F("khoảng 1%", "1", 1, "percent", "%", "giá xi măng giảm so với quý I/2024", I(Q2), approx="about"),
    F("là 265.000 đồng/ngày công", "265.000", 265000, "money", "đồng/ngày công", "giá nhân công xây dựng bình quân", Q2,
      change=CH("increase", 4.5, baseline="năm 2023")),
]

COMMENTS = [
    "Probe 629-7. Department site (Sở Xây dựng Quảng Ngãi), no dateline, visit counter in the footer: construction-material prices Q2/2024.",
    "One-cell-per-line table (STT | Tên vật liệu | Đơn vị | Quý I/2024 | Quý II/2024) under 'Đơn vị tính: đồng': every price cell is money, unit đồng per the",
    "row's unit (đồng/tấn, đồng/kg, đồng/m³, đồng/viên); period from the column header (scored). Row numbers 1-6 are not figures; equal cells are both figures.",
    "Price changes with no base amount in the text ('giảm từ 2,8 đến 2,9%', 'tăng 8,8%', 'giảm khoảng 1%') are percent figures (quý II/2024 inherited from the title).",
    "Not figures: product designations PCB40, D6-D8, D10-D25, 'Đá dăm 1x2', 'gạch 6 lỗ', labour grade 'bậc 3/7', 'Thông tư số 11/2021/TT-BXD', 'Bảng 1', address 'số 52', phone, counter.",
]

if __name__ == "__main__":
    emit("p629-7", TEXT, COMMENTS, FIGS, published=None, location="Quảng Ngãi")
