from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH THANH HÓA
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 12 tháng 01 năm 2024

BÁO CÁO
Tình hình sản xuất, tiêu thụ vật liệu xây dựng năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Năng lực sản xuất
Trên địa bàn tỉnh hiện có 7 nhà máy xi măng với tổng công suất 20,5 triệu tấn/năm, hai nhà máy thép với tổng công suất 1,2 triệu tấn/năm và 136 cơ sở sản xuất gạch, ngói các loại.

2. Sản lượng một số sản phẩm chủ yếu
Sản phẩm | Đơn vị | Năm 2022 | Năm 2023 | So sánh (%)
Clinker | triệu tấn | 15,62 | 14,87 | 95,2
Xi măng | triệu tấn | 17,35 | 16,21 | 93,4
Thép xây dựng | nghìn tấn | 845 | 912 | 107,9
Gạch không nung | triệu viên | 310 | 356 | 114,8
Đá xây dựng | triệu m³ | 9,4 | 8,7 | 92,6

Năm 2023, sản lượng xi măng tiêu thụ đạt 15,9 triệu tấn, giảm 7,1% so với năm 2022, trong đó xuất khẩu 6,45 triệu tấn, chiếm 40,6%. Kim ngạch xuất khẩu xi măng, clinker đạt 298 triệu USD. Giá bán xi măng PCB40 bình quân tại nhà máy khoảng 1.420.000 đồng/tấn; thép xây dựng dao động 14.200-15.100 đồng/kg.

3. Công tác quản lý nhà nước
Trong năm, Sở Xây dựng đã thẩm định 12 dự án đầu tư sản xuất vật liệu xây dựng với tổng vốn 3.860 tỷ đồng; kiểm tra 45 cơ sở, xử phạt vi phạm hành chính 9 cơ sở với số tiền 315 triệu đồng. Đến ngày 31/12/2023, toàn tỉnh còn 28 lò gạch thủ công chưa xóa bỏ, giảm 17 lò so với đầu năm.

II. NHIỆM VỤ NĂM 2024
Năm 2024, phấn đấu sản lượng xi măng đạt 17 triệu tấn, gạch không nung đạt 400 triệu viên; tỷ lệ vật liệu xây không nung đạt 35-40% tổng vật liệu xây; xóa bỏ toàn bộ lò gạch thủ công còn lại trước ngày 30/6/2024.

Nơi nhận:
- Bộ Xây dựng (b/c);
- Lưu: VT, XD.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")


def row(label, unit, mult, kind, a22, n22, a23, n23, acmp, ncmp, cmp):
    v22 = round(float(n22.replace(",", ".")) * mult)
    v23 = round(float(n23.replace(",", ".")) * mult)
    return [
        F(a22, n22, v22, kind, unit, f"{label} năm 2022", Y22),
        F(a23, n23, v23, kind, unit, f"{label} năm 2023", Y23),
        F(acmp, ncmp, cmp, "percent", "%", f"{label} so sánh năm 2023 với năm 2022"),
    ]


FIGS = [
    F("có 7 nhà máy", "7", 7, "count", "nhà máy", "nhà máy xi măng"),
    F("công suất 20,5 triệu tấn/năm", "20,5", 20500000, "measure", "tấn/năm", "tổng công suất các nhà máy xi măng"),
    F("hai nhà máy thép", "hai", 2, "count", "nhà máy", "nhà máy thép"),
    F("công suất 1,2 triệu tấn/năm", "1,2", 1200000, "measure", "tấn/năm", "tổng công suất các nhà máy thép"),
    F("và 136 cơ sở", "136", 136, "count", "cơ sở", "cơ sở sản xuất gạch, ngói các loại"),
]
FIGS += row("Clinker", "tấn", 1e6, "measure", "triệu tấn | 15,62", "15,62", "| 14,87", "14,87", "| 95,2", "95,2", 95.2)
FIGS += row("Xi măng", "tấn", 1e6, "measure", "triệu tấn | 17,35", "17,35", "| 16,21", "16,21", "| 93,4", "93,4", 93.4)
FIGS += row("Thép xây dựng", "tấn", 1e3, "measure", "nghìn tấn | 845", "845", "| 912", "912", "| 107,9", "107,9", 107.9)
FIGS += row("Gạch không nung", "viên", 1e6, "count", "triệu viên | 310", "310", "| 356", "356", "| 114,8", "114,8", 114.8)
FIGS += row("Đá xây dựng", "m³", 1e6, "measure", "triệu m³ | 9,4", "9,4", "| 8,7", "8,7", "| 92,6", "92,6", 92.6)
FIGS += [
    F("đạt 15,9 triệu tấn", "15,9", 15900000, "measure", "tấn", "sản lượng xi măng tiêu thụ", Y23,
      change=CH("decrease", 7.1, baseline="năm 2022")),
    F("xuất khẩu 6,45 triệu tấn", "6,45", 6450000, "measure", "tấn", "xi măng tiêu thụ xuất khẩu", Y23,
      total=15900000, percent=40.6),
    F("đạt 298 triệu USD", "298", 298000000, "money", "USD", "kim ngạch xuất khẩu xi măng, clinker", I(Y23)),
    F("khoảng 1.420.000 đồng/tấn", "1.420.000", 1420000, "money", "đồng/tấn",
      "giá bán xi măng PCB40 bình quân tại nhà máy", I(Y23), approx="about"),
    F("14.200-15.100 đồng/kg", "14.200", 14200, "money", "đồng/kg", "giá thép xây dựng", I(Y23), value_max=15100),
    F("thẩm định 12 dự án", "12", 12, "count", "dự án", "dự án đầu tư sản xuất vật liệu xây dựng được thẩm định",
      P("Trong năm", "2023-01-01", "2023-12-31")),
    F("tổng vốn 3.860 tỷ đồng", "3.860", 3860000000000, "money", "đồng",
      "tổng vốn dự án đầu tư sản xuất vật liệu xây dựng được thẩm định", P("Trong năm", "2023-01-01", "2023-12-31")),
    F("kiểm tra 45 cơ sở", "45", 45, "count", "cơ sở", "cơ sở được kiểm tra", P("Trong năm", "2023-01-01", "2023-12-31")),
    F("chính 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở bị xử phạt vi phạm hành chính",
      P("Trong năm", "2023-01-01", "2023-12-31")),
    F("số tiền 315 triệu đồng", "315", 315000000, "money", "đồng", "số tiền xử phạt vi phạm hành chính",
      P("Trong năm", "2023-01-01", "2023-12-31")),
    F("còn 28 lò", "28", 28, "count", "lò", "lò gạch thủ công chưa xóa bỏ",
      P("Đến ngày 31/12/2023", None, "2023-12-31"), change=CH("decrease", 17, unit="lò", baseline="đầu năm")),
    F("đạt 17 triệu tấn", "17", 17000000, "measure", "tấn", "sản lượng xi măng", Y24, status="target"),
    F("đạt 400 triệu viên", "400", 400000000, "count", "viên", "sản lượng gạch không nung", Y24, status="target"),
    F("đạt 35-40%", "35", 35, "percent", "%", "tỷ lệ vật liệu xây không nung trong tổng vật liệu xây", Y24,
      value_max=40, status="target"),
]

COMMENTS = [
    "Probe 629-3. Formal report under a letterhead (UBND tỉnh Thanh Hóa, Số: 27/BC-UBND, 'Thanh Hóa, ngày 12 tháng 01 năm 2024'): building materials 2023.",
    "Flattened '|' table: Sản phẩm | Đơn vị | Năm 2022 | Năm 2023 | So sánh (%). Unit column gives the multiplier (triệu/nghìn tấn, triệu viên, triệu m³);",
    "period from the column header (scored, as in shared h23/h24); 'So sánh (%)' cells are percent figures with no period. Bricks in viên = count.",
    "'Trong năm' in an annual report = 2023 (as 'trong tháng' in a monthly report). 'hai nhà máy thép' = 2.",
    "No cue links 'xử phạt 9 cơ sở' to 'kiểm tra 45 cơ sở': no total. Not figures: Số: 27/BC-UBND, date line, section numbers, PCB40, '(b/c)', '30/6/2024'.",
]

if __name__ == "__main__":
    emit("p629-3", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Thanh Hóa")
