"""p921-7: department site (CDC Đắk Lắk), no dateline, vector surveillance Q2/2024, one-cell-per-line table."""
from lib import F, P, C, write

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH ĐẮK LẮK
Trang chủ | Tin hoạt động | Phòng chống dịch bệnh

Đắk Lắk tăng cường giám sát véc tơ, diệt lăng quăng trước mùa mưa

Tính đến ngày 30/6/2024, toàn tỉnh Đắk Lắk ghi nhận 1.137 ca mắc sốt xuất huyết, tăng 12,4% so với cùng kỳ năm 2023, chưa ghi nhận ca tử vong. Số ca mắc tập trung ở thành phố Buôn Ma Thuột và các huyện Krông Pắc, Cư M'gar, chiếm hơn 60% tổng số ca toàn tỉnh.

Trong quý II, Trung tâm đã giám sát véc tơ tại 4 huyện, thành phố trọng điểm, điều tra 3.650 hộ gia đình. Chỉ số Breteau chung là 29, vượt ngưỡng nguy cơ; chỉ số mật độ muỗi (DI) là 0,62 con/nhà. Kết quả cụ thể như sau:

Bảng: Kết quả giám sát véc tơ quý II/2024
Huyện, thành phố
Số hộ điều tra
Chỉ số nhà có lăng quăng (%)
Chỉ số Breteau
Buôn Ma Thuột
1.200
14,5
28
Krông Pắc
900
22,3
41
Ea Kar
750
9,6
15
Cư M'gar
800
17,8
32
Tổng cộng
3.650
16,1
29

Từ tháng 3 đến tháng 6/2024, các địa phương tổ chức 2 đợt chiến dịch diệt lăng quăng, kiểm tra 186.500 lượt hộ, thu gom khoảng 92 tấn vật dụng phế thải; phun hóa chất chủ động cho 21.800 hộ tại 17 xã, phường. Kinh phí phòng, chống sốt xuất huyết năm 2024 của tỉnh là 3,5 tỷ đồng, tăng 0,7 tỷ đồng so với năm 2023.

TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH ĐẮK LẮK
Địa chỉ: Số 42 Lê Duẩn, phường Tân Thành, TP. Buôn Ma Thuột, tỉnh Đắk Lắk
Điện thoại: 0262.3852.415 - Email: cdc@daklak.gov.vn
Lượt truy cập: 1.284.907
"""

Q2 = P("Trong quý II", "2024-04-01", "2024-06-30")
Q2i = P("quý II/2024", "2024-04-01", "2024-06-30", inh=True)
M36 = P("Từ tháng 3 đến tháng 6/2024", "2024-03-01", "2024-06-30")


def row(place, cells, loc, label=""):
    """One table row, cells one per line: households surveyed, house index (%), Breteau index."""
    a, b, c = cells
    sfx = f" {label}" if label else ""
    return [
        F(f"{place}\n{a}\n", a, float(a.replace(".", "")), "count", "hộ", "Số hộ điều tra" + sfx, location=loc,
          period=Q2i),
        F(f"\n{a}\n{b}\n", b, float(b.replace(",", ".")), "percent", "%", "Chỉ số nhà có lăng quăng" + sfx,
          location=loc, period=Q2i),
        F(f"\n{b}\n{c}\n", c, float(c), "measure", "chỉ số", "Chỉ số Breteau" + sfx, location=loc, period=Q2i),
    ]


FIGS = [
    F("ghi nhận 1.137 ca", "1.137", 1137, "count", "ca", "ca mắc sốt xuất huyết",
      change=C("increase", 12.4, "%", "cùng kỳ năm 2023"), period=P("Tính đến ngày 30/6/2024", None, "2024-06-30")),
    F("hơn 60%", "60", 60, "percent", "%", "số ca mắc ở Buôn Ma Thuột, Krông Pắc, Cư M'gar trong tổng số ca toàn tỉnh",
      approx="over", period=P("Tính đến ngày 30/6/2024", None, "2024-06-30", inh=True)),
    F("tại 4 huyện", "4", 4, "count", "huyện, thành phố", "huyện, thành phố trọng điểm được giám sát véc tơ", period=Q2),
    F("điều tra 3.650 hộ", "3.650", 3650, "count", "hộ gia đình", "hộ gia đình được điều tra", period=Q2),
    F("chung là 29", "29", 29, "measure", "chỉ số", "Chỉ số Breteau chung",
      period=P("Trong quý II", "2024-04-01", "2024-06-30", inh=True)),
    F("là 0,62 con/nhà", "0,62", 0.62, "measure", "con/nhà", "chỉ số mật độ muỗi (DI)",
      period=P("Trong quý II", "2024-04-01", "2024-06-30", inh=True)),
]
FIGS += row("Buôn Ma Thuột", ("1.200", "14,5", "28"), "Buôn Ma Thuột")
FIGS += row("Krông Pắc", ("900", "22,3", "41"), "Krông Pắc")
FIGS += row("Ea Kar", ("750", "9,6", "15"), "Ea Kar")
FIGS += row("Cư M'gar", ("800", "17,8", "32"), "Cư M'gar")
FIGS += row("Tổng cộng", ("3.650", "16,1", "29"), "Đắk Lắk", "tổng cộng")
FIGS += [
    F("tổ chức 2 đợt", "2", 2, "count", "đợt", "đợt chiến dịch diệt lăng quăng", period=M36),
    F("kiểm tra 186.500 lượt hộ", "186.500", 186500, "count", "lượt hộ", "lượt hộ được kiểm tra", period=M36),
    F("khoảng 92 tấn", "92", 92, "measure", "tấn", "vật dụng phế thải được thu gom", approx="about", period=M36),
    F("cho 21.800 hộ", "21.800", 21800, "count", "hộ", "hộ được phun hóa chất chủ động", period=M36),
    F("tại 17 xã", "17", 17, "count", "xã, phường", "xã, phường được phun hóa chất chủ động", period=M36),
    F("là 3,5 tỷ đồng", "3,5", 3500000000, "money", "đồng", "kinh phí phòng, chống sốt xuất huyết",
      change=C("increase", 700000000, "đồng", "năm 2023"), period=P("năm 2024", "2024-01-01", "2024-12-31")),
]
NOTES = [
    "CDC Đắk Lắk site, no dateline (published absent); footer with address, phone and a visit counter.",
    "One-cell-per-line table (caption 'Kết quả giám sát véc tơ quý II/2024' on the line above: period inherited);",
    "row places go to location, 'Tổng cộng' → Đắk Lắk; HI column is percent, BI column an index (measure, 'chỉ số').",
    "The 'Tổng cộng' row (3.650 / 16,1 / 29) repeats the text's figures; both mentions are figures.",
    "'Trong quý II' without a year takes 2024 from 'Tính đến ngày 30/6/2024'.",
    "Distractors: Số 42 Lê Duẩn, phone 0262.3852.415, 'Lượt truy cập: 1.284.907'.",
]
write(7, TEXT, FIGS, location="Đắk Lắk", notes=NOTES)
