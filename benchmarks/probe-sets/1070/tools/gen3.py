"""p1070-3: UBND tỉnh Bạc Liêu formal report with a flattened '|' table (15/7/2024)."""
from lib import F, P, C, write

TEXT = """UBND TỈNH BẠC LIÊU
Số: 236/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bạc Liêu, ngày 15 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác đê điều, phòng, chống sạt lở bờ biển 6 tháng đầu năm 2024

I. HIỆN TRẠNG ĐÊ BIỂN
1. Tuyến đê biển Đông của tỉnh dài 56 km, đi qua thành phố Bạc Liêu, thị xã Giá Rai và huyện Đông Hải. Tính đến ngày 30/6/2024, có 22,7 km đê đã được gia cố kiên cố, chiếm 40,5% chiều dài tuyến; còn 9,3 km đê xung yếu có nguy cơ mất an toàn khi triều cường kết hợp gió mạnh.
2. Chiều dài đê biển và kè theo địa bàn (tính đến ngày 30/6/2024)
Đơn vị tính: km
Địa bàn | Chiều dài đê biển | Đê đã gia cố | Đê xung yếu | Kè chống sạt lở
Thành phố Bạc Liêu | 8,5 | 6,2 | 1,1 | 5,4
Thị xã Giá Rai | 14,2 | 5,8 | 2,7 | 3,6
Huyện Đông Hải | 33,3 | 10,7 | 5,5 | 9,8
Tổng cộng | 56,0 | 22,7 | 9,3 | 18,8

II. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024
1. Tỉnh triển khai 5 dự án kè chống sạt lở với tổng mức đầu tư 1.240 tỷ đồng; giá trị giải ngân 6 tháng đầu năm đạt 312,6 tỷ đồng, bằng 48,1% kế hoạch vốn năm 2024 và tăng 23,5% so với cùng kỳ.
2. Hoàn thành 3,2 km kè bảo vệ bờ biển xã Điền Hải (huyện Đông Hải) và 1,9 km kè tại phường Nhà Mát (thành phố Bạc Liêu); trồng mới 38 ha rừng phòng hộ phía ngoài đê, đạt 76% kế hoạch năm.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu giải ngân đạt 100% kế hoạch vốn được giao; hoàn thành thêm khoảng 4,5 km kè; dự kiến cả năm trồng mới 50 ha rừng phòng hộ ven biển.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
TAB = P("tính đến ngày 30/6/2024", None, "2024-06-30", inherited=True)
H1 = P("6 THÁNG ĐẦU NĂM 2024", "2024-01-01", "2024-06-30", inherited=True)
H2 = P("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inherited=True)

COLS = ["Chiều dài đê biển", "Đê đã gia cố", "Đê xung yếu", "Kè chống sạt lở"]
ROWS = [("Thành phố Bạc Liêu | ", "Bạc Liêu", ["8,5", "6,2", "1,1", "5,4"]),
        ("Thị xã Giá Rai | ", "Giá Rai", ["14,2", "5,8", "2,7", "3,6"]),
        ("Huyện Đông Hải | ", "Đông Hải", ["33,3", "10,7", "5,5", "9,8"]),
        ("Tổng cộng | ", "Bạc Liêu", ["56,0", "22,7", "9,3", "18,8"])]


def table():
    out = []
    for head, place, cells in ROWS:
        for i, cell in enumerate(cells):
            # anchor: the row head plus the cells up to and including this one
            anchor = head + " | ".join(cells[:i + 1])
            subj = COLS[i] if not head.startswith("Tổng") else "Tổng cộng " + COLS[i].lower()
            out.append(F(anchor, cell, float(cell.replace(",", ".")), "measure", "km", subj,
                         period=TAB, location=place))
    return out


FIGS = [
    F("dài 56 km", "56", 56, "measure", "km", "chiều dài tuyến đê biển Đông"),
    F("có 22,7 km đê", "22,7", 22.7, "measure", "km", "đê đã được gia cố kiên cố", percent=40.5, period=ASOF),
    F("còn 9,3 km đê", "9,3", 9.3, "measure", "km", "đê xung yếu có nguy cơ mất an toàn", period=ASOF),
] + table() + [
    F("triển khai 5 dự án", "5", 5, "count", "dự án", "dự án kè chống sạt lở triển khai", period=H1),
    F("tổng mức đầu tư 1.240 tỷ đồng", "1.240", 1.24e12, "money", "đồng", "tổng mức đầu tư dự án kè chống sạt lở"),
    F("đạt 312,6 tỷ đồng", "312,6", 312.6e9, "money", "đồng", "giá trị giải ngân", percent=48.1,
      change=C("increase", 23.5, "%", "cùng kỳ"), period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("Hoàn thành 3,2 km", "3,2", 3.2, "measure", "km", "kè bảo vệ bờ biển xã Điền Hải hoàn thành", period=H1,
      location="Đông Hải"),
    F("và 1,9 km kè", "1,9", 1.9, "measure", "km", "kè tại phường Nhà Mát hoàn thành", period=H1,
      location="Bạc Liêu"),
    F("trồng mới 38 ha", "38", 38, "measure", "ha", "rừng phòng hộ trồng mới phía ngoài đê", percent=76, period=H1),
    F("đạt 100% kế hoạch", "100", 100, "percent", "%", "tỷ lệ giải ngân kế hoạch vốn được giao", status="target",
      period=H2),
    F("khoảng 4,5 km kè", "4,5", 4.5, "measure", "km", "kè hoàn thành thêm", approx="about", status="target",
      period=H2),
    F("trồng mới 50 ha", "50", 50, "measure", "ha", "rừng phòng hộ ven biển trồng mới", status="forecast",
      period=P("cả năm", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "Báo cáo UBND tỉnh Bạc Liêu (invented), letterhead 'Số: 236/BC-UBND', 'Bạc Liêu, ngày 15 tháng 7 năm 2024' gives published.",
    "Not figures: the document number, section numbers I.-III. and 1.-2., 'KT. CHỦ TỊCH', headings' periods.",
    "Flattened '|' table, unit from 'Đơn vị tính: km'; every cell is a figure (measure, km); the place column goes to location",
    "(Thành phố Bạc Liêu -> 'Bạc Liêu'; 'Tổng cộng' -> the province). The table's as-of date is in the caption line: inherited.",
    "'chiếm 40,5% chiều dài tuyến' is the percent of 22,7 km (no total: no part-of cue to the 56 km two sentences earlier).",
    "Section headings give the period of II and III items (inherited). 'Phấn đấu' governs the next ';' clause (4,5 km target);",
    "'dự kiến cả năm' is a forecast for 2024. 1.240 tỷ (total investment of the projects) has no period.",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, NOTES, published="2024-07-15", location="Bạc Liêu")
