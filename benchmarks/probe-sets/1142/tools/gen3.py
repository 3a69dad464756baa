"""p1142-3: formal report of UBND tỉnh Bà Rịa - Vũng Tàu on diving at huyện Côn Đảo in 2023, flattened '|' table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BÀ RỊA - VŨNG TÀU
Số: 45/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bà Rịa - Vũng Tàu, ngày 22 tháng 02 năm 2024

BÁO CÁO
Kết quả quản lý hoạt động lặn biển ngắm san hô tại huyện Côn Đảo năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Hoạt động kinh doanh dịch vụ lặn
Năm 2023, huyện Côn Đảo có 5 doanh nghiệp được cấp phép tổ chức lặn biển, khai thác 14 điểm lặn trong vùng biển Vườn quốc gia Côn Đảo. Tổng lượt khách tham gia lặn đạt 38.650 lượt, bằng 112,3% kế hoạch, tăng 18,7% so với năm 2022; doanh thu từ dịch vụ lặn ước đạt 27,4 tỷ đồng. Bình quân mỗi ngày có 9 tàu, ca nô đưa khách đi lặn.

2. Lượt khách lặn theo khu vực
Đơn vị tính: lượt khách
Khu vực | 6 tháng đầu năm | 6 tháng cuối năm | Cả năm
Hòn Bảy Cạnh | 8.520 | 5.230 | 13.750
Hòn Cau | 6.430 | 3.570 | 10.000
Hòn Tài - Hòn Trứng | 4.770 | 2.830 | 7.600
Vịnh Đầm Tre | 4.120 | 3.180 | 7.300
Tổng cộng | 23.840 | 14.810 | 38.650

3. Bảo vệ rạn san hô
Vườn quốc gia Côn Đảo đang quản lý khoảng 1.000 ha rạn san hô; kết quả giám sát năm 2023 cho thấy độ phủ san hô sống trung bình đạt 38,6%. Đến ngày 31/12/2023, tại các điểm lặn đã lắp đặt 96 phao neo, trong đó 30 phao lắp mới trong năm. Lực lượng kiểm lâm phát hiện, xử lý 12 vụ vi phạm, phạt tiền 145 triệu đồng, tịch thu 38 kg san hô.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu đón 42.000 lượt khách lặn biển; nâng số điểm lặn được khai thác lên 16 điểm; tổ chức 2 lớp tập huấn cho khoảng 60 hướng dẫn viên lặn.

Nơi nhận:
- Bộ Văn hóa, Thể thao và Du lịch (b/c);
- UBND huyện Côn Đảo;
- Lưu: VT, KGVX.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H1 = P("6 tháng đầu năm", "2023-01-01", "2023-06-30")
H2 = P("6 tháng cuối năm", "2023-07-01", "2023-12-31")
FY = P("Cả năm", "2023-01-01", "2023-12-31")
MON = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Đến ngày 31/12/2023", None, "2023-12-31")
INYEAR = P("trong năm", "2023-01-01", "2023-12-31")
Y24 = P("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {"6 tháng đầu năm": H1, "6 tháng cuối năm": H2, "Cả năm": FY}


def cell(anchor, number, value, row, col):
    return F(anchor, number, value, "count", "lượt khách", subject=f"{row} {col.lower()}", period=COLS[col])


FIGS = [
    F("có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp",
      subject="doanh nghiệp được cấp phép tổ chức lặn biển", period=Y23),
    F("khai thác 14 điểm", "14", 14, "count", "điểm lặn",
      subject="điểm lặn khai thác trong vùng biển Vườn quốc gia Côn Đảo", period=Y23),
    F("đạt 38.650 lượt", "38.650", 38650, "count", "lượt", percent=112.3,
      change=C("increase", 18.7, "%", "năm 2022"),
      subject="tổng lượt khách tham gia lặn", period=I(Y23)),
    F("ước đạt 27,4 tỷ", "27,4", 27400000000, "money", "đồng", status="estimate",
      subject="doanh thu từ dịch vụ lặn", period=I(Y23)),
    F("có 9 tàu", "9", 9, "measure", "tàu, ca nô/ngày",
      subject="tàu, ca nô đưa khách đi lặn bình quân mỗi ngày", period=I(Y23)),
    cell("Cạnh | 8.520", "8.520", 8520, "Hòn Bảy Cạnh", "6 tháng đầu năm"),
    cell("8.520 | 5.230", "5.230", 5230, "Hòn Bảy Cạnh", "6 tháng cuối năm"),
    cell("5.230 | 13.750", "13.750", 13750, "Hòn Bảy Cạnh", "Cả năm"),
    cell("Cau | 6.430", "6.430", 6430, "Hòn Cau", "6 tháng đầu năm"),
    cell("6.430 | 3.570", "3.570", 3570, "Hòn Cau", "6 tháng cuối năm"),
    cell("3.570 | 10.000", "10.000", 10000, "Hòn Cau", "Cả năm"),
    cell("Trứng | 4.770", "4.770", 4770, "Hòn Tài - Hòn Trứng", "6 tháng đầu năm"),
    cell("4.770 | 2.830", "2.830", 2830, "Hòn Tài - Hòn Trứng", "6 tháng cuối năm"),
    cell("2.830 | 7.600", "7.600", 7600, "Hòn Tài - Hòn Trứng", "Cả năm"),
    cell("Tre | 4.120", "4.120", 4120, "Vịnh Đầm Tre", "6 tháng đầu năm"),
    cell("4.120 | 3.180", "3.180", 3180, "Vịnh Đầm Tre", "6 tháng cuối năm"),
    cell("3.180 | 7.300", "7.300", 7300, "Vịnh Đầm Tre", "Cả năm"),
    cell("cộng | 23.840", "23.840", 23840, "Tổng cộng", "6 tháng đầu năm"),
    cell("23.840 | 14.810", "14.810", 14810, "Tổng cộng", "6 tháng cuối năm"),
    cell("14.810 | 38.650", "38.650", 38650, "Tổng cộng", "Cả năm"),
    F("khoảng 1.000 ha", "1.000", 1000, "measure", "ha", approx="about",
      subject="rạn san hô Vườn quốc gia Côn Đảo đang quản lý"),
    F("đạt 38,6%", "38,6", 38.6, "percent", "%", subject="độ phủ san hô sống trung bình", period=MON),
    F("lắp đặt 96 phao", "96", 96, "count", "phao neo", subject="phao neo đã lắp đặt tại các điểm lặn",
      period=ASOF),
    F("30 phao", "30", 30, "count", "phao", total=96, subject="phao neo lắp mới", period=INYEAR),
    F("xử lý 12 vụ", "12", 12, "count", "vụ vi phạm", subject="vụ vi phạm được phát hiện, xử lý",
      period=I(Y23)),
    F("145 triệu", "145", 145000000, "money", "đồng", subject="tiền phạt vi phạm", period=I(Y23)),
    F("38 kg", "38", 38, "measure", "kg", subject="san hô bị tịch thu", period=I(Y23)),
    F("đón 42.000 lượt", "42.000", 42000, "count", "lượt khách", status="target",
      subject="lượt khách lặn biển", period=Y24),
    F("lên 16 điểm", "16", 16, "count", "điểm", status="target",
      subject="điểm lặn được khai thác", period=Y24),
    F("tổ chức 2 lớp", "2", 2, "count", "lớp", status="target",
      subject="lớp tập huấn hướng dẫn viên lặn", period=Y24),
    F("khoảng 60 hướng", "60", 60, "count", "hướng dẫn viên lặn", approx="about", status="target",
      subject="hướng dẫn viên lặn được tập huấn", period=Y24),
]

NOTES = [
    "Formal report under letterhead 'UBND TỈNH BÀ RỊA - VŨNG TÀU', 'Số: 45/BC-UBND', 'Bà Rịa - Vũng Tàu, ngày 22 tháng 02 năm 2024'.",
    "All figures describe huyện Côn Đảo (location Côn Đảo). Flattened '|' table, 'Đơn vị tính: lượt khách'; rows are dive areas",
    "(islets, not districts): subject = row label + column label; period from the column header, year 2023 from the title / section 1.",
    "Table cells get no total; the 'Tổng cộng' row is its own figures. 'bằng 112,3% kế hoạch' is the percent of 38.650.",
    "Section II heading 'PHƯƠNG HƯỚNG NĂM 2024' + 'Phấn đấu' (continuing after ';'): targets, period inherited from the heading.",
    "30 phao follows 'trong đó' after 96 phao: total 96; its own period 'trong năm' (2023). Distractors: Số: 45/BC-UBND, I./II./1.-3., b/c.",
]

if __name__ == "__main__":
    write("p1142-3", TEXT, NOTES, FIGS, published="2024-02-22", location="Côn Đảo")
