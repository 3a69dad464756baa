"""p1302-7: department site (Sở Xây dựng Thừa Thiên Huế), no dateline, one-cell-per-line table by housing type."""
from lib import F, period, inherit, change, target, write

TEXT = """SỞ XÂY DỰNG TỈNH THỪA THIÊN HUẾ
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Bảo đảm chỗ ở cho hơn 44.000 sinh viên

Toàn tỉnh hiện có khoảng 52.000 sinh viên đang theo học tại Đại học Huế và 6 trường cao đẳng, trong đó sinh viên ngoại tỉnh chiếm gần 55%. Năm 2024, tổng số chỗ ở cho sinh viên ước đạt 44.040 chỗ, tăng 5,6% so với năm 2023. Riêng nhà ở xã hội cho sinh viên tăng 75% nhờ dự án tại phường An Đông (TP Huế) đưa vào sử dụng 480 chỗ.

Chỗ ở của sinh viên theo loại hình
Đơn vị tính: chỗ
Loại hình
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Ký túc xá
9.850
10.420
105,8
Nhà ở xã hội cho sinh viên
640
1.120
175,0
Nhà trọ tư nhân
31.200
32.500
104,2
Tổng số
41.690
44.040
105,6

Hiện tỷ lệ lấp đầy bình quân của các ký túc xá đạt khoảng 92%, trong khi nhiều dãy trọ xa trung tâm còn trống 20-30% số phòng. Giá thuê phòng trọ phổ biến tại TP Huế từ 800.000 đến 1,5 triệu đồng/phòng/tháng; ký túc xá thu 120.000-250.000 đồng/người/tháng. Năm 2025, Sở phấn đấu kiểm tra ít nhất 500 nhà trọ, vận động 100% chủ trọ ký cam kết an toàn phòng cháy.

Bài viết liên quan
- Hướng dẫn thủ tục mua, thuê nhà ở xã hội
- Công bố giá vật liệu xây dựng quý IV/2024

SỞ XÂY DỰNG TỈNH THỪA THIÊN HUẾ
Địa chỉ: 16 Lê Lợi, TP Huế. Điện thoại: 0234.3822.574
Lượt truy cập: 1.207.533 | Trực tuyến: 45
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
C23 = period("Năm 2023", "2023-01-01", "2023-12-31")
E24 = period("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
HUE = "Huế"


def cells(label, nums):
    """Three cells of one row: Năm 2023, Ước thực hiện 2024, So với cùng kỳ (%)."""
    row = label.lower()
    a, b, c = nums
    return [
        F(f"{label}\n{a}", a, int(a.replace(".", "")), "count", "chỗ",
          subject=f"chỗ ở của sinh viên {row} năm 2023", per=C23),
        F(f"{a}\n{b}", b, int(b.replace(".", "")), "count", "chỗ", status="estimate",
          subject=f"chỗ ở của sinh viên {row} ước thực hiện 2024", per=E24),
        F(f"{b}\n{c}", c, float(c.replace(",", ".")), "percent", "%",
          subject=f"chỗ ở của sinh viên {row} so với cùng kỳ"),
    ]


TABLE = (cells("Ký túc xá", ["9.850", "10.420", "105,8"])
         + cells("Nhà ở xã hội cho sinh viên", ["640", "1.120", "175,0"])
         + cells("Nhà trọ tư nhân", ["31.200", "32.500", "104,2"])
         + cells("Tổng số", ["41.690", "44.040", "105,6"]))

FIGS = [
    F("hơn 44.000", "44.000", 44000, "count", "sinh viên", approx="over",
      subject="sinh viên được bảo đảm chỗ ở"),
    F("khoảng 52.000", "52.000", 52000, "count", "sinh viên", approx="about",
      subject="sinh viên đang theo học tại Đại học Huế và các trường cao đẳng"),
    F("và 6 trường", "6", 6, "count", "trường cao đẳng",
      subject="trường cao đẳng"),
    F("gần 55%", "55", 55, "percent", "%", approx="nearly",
      subject="sinh viên ngoại tỉnh"),
    F("ước đạt 44.040", "44.040", 44040, "count", "chỗ", status="estimate",
      change=change("increase", 5.6, "%", "năm 2023"),
      subject="tổng số chỗ ở cho sinh viên", per=Y24),
    F("tăng 75%", "75", 75, "percent", "%",
      subject="nhà ở xã hội cho sinh viên", per=inherit(Y24)),
    F("sử dụng 480 chỗ", "480", 480, "count", "chỗ",
      subject="chỗ ở dự án nhà ở xã hội cho sinh viên tại phường An Đông đưa vào sử dụng", per=inherit(Y24), location=HUE),
] + TABLE + [
    F("khoảng 92%", "92", 92, "percent", "%", approx="about",
      subject="tỷ lệ lấp đầy bình quân của các ký túc xá"),
    F("trống 20-30%", "20", 20, "percent", "%", value_max=30,
      subject="số phòng còn trống của nhiều dãy trọ xa trung tâm"),
    F("từ 800.000 đến 1,5", "800.000", 800000, "money", "đồng/phòng/tháng", value_max=1.5e6,
      subject="giá thuê phòng trọ phổ biến", location=HUE),
    F("thu 120.000-250.000", "120.000", 120000, "money", "đồng/người/tháng", value_max=250000,
      subject="mức thu ký túc xá"),
    F("ít nhất 500", "500", 500, "count", "nhà trọ", approx="at_least", status="target",
      subject="nhà trọ được Sở kiểm tra", per=Y25),
    F("động 100%", "100", 100, "percent", "%", status="target",
      subject="chủ trọ ký cam kết an toàn phòng cháy", per=Y25),
]

NOTES = [
    "Department site (Sở Xây dựng Thừa Thiên Huế) with no dateline: menu, headline, related links, footer address, phone,",
    "'Lượt truy cập: 1.207.533 | Trực tuyến: 45'. published = none.",
    "Distractors: counters, phone 0234.3822.574, '16 Lê Lợi', 'quý IV/2024' in a link title, 'phường An Đông'.",
    "One-cell-per-line table, 'Đơn vị tính: chỗ': rows are housing types (no place), location Thừa Thiên Huế; subject = caption",
    "indicator + row + column; 'Ước thực hiện 2024' → estimate, period 2024; 'Năm 2023' → period 2023 (both scored).",
    "The 'So với cùng kỳ (%)' column: each cell is a percent figure of its own (FIGURES.md: every numeric cell is a figure), with no",
    "period and status actual (the header names neither a year nor a cue; borderline). Cells get no total.",
    "'Riêng nhà ở xã hội ... tăng 75% nhờ ... đưa vào sử dụng 480 chỗ' stands in its own sentence after the 'ước đạt' one: no cue,",
    "so actual; 'Năm 2024' is inherited (not scored). 'tăng 75%' is a growth rate as the claim (percent figure, no change).",
    "The project in phường An Đông (TP Huế) and the TP Huế rent range are located in Huế (the city), not the province.",
    "Headline 'hơn 44.000 sinh viên' has no cue and no period: actual.",
]

if __name__ == "__main__":
    write("p1302-7", TEXT, NOTES, FIGS, location="Thừa Thiên Huế")
