"""p1028-3: formal report, UBND tỉnh Quảng Ninh: caves of vịnh Hạ Long, 6 months 2024, flattened '|' table."""
from lib import F, P, I, C, write

TEXT = """
UBND TỈNH QUẢNG NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 214/BC-UBND
Quảng Ninh, ngày 10 tháng 7 năm 2024

BÁO CÁO
Kết quả quản lý, khai thác du lịch hang động trên vịnh Hạ Long 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Khách tham quan và doanh thu
6 tháng đầu năm 2024, các hang động trên vịnh Hạ Long đón 1.684.200 lượt khách, tăng 24,7% so với cùng kỳ năm 2023, đạt 52,6% kế hoạch năm; doanh thu phí tham quan ước đạt 412,5 tỷ đồng, bằng 126% cùng kỳ. Số khách theo từng điểm như sau:

Đơn vị tính: lượt khách
TT | Điểm tham quan | 6 tháng năm 2023 | 6 tháng năm 2024 | Kế hoạch năm 2024
1 | Hang Sửng Sốt | 512.300 | 648.900 | 1.250.000
2 | Động Thiên Cung | 398.600 | 487.300 | 950.000
3 | Hang Đầu Gỗ | 260.400 | 312.800 | 620.000
4 | Hang Luồn | 179.200 | 235.200 | 380.000
 | Tổng cộng | 1.350.500 | 1.684.200 | 3.200.000

2. Hướng dẫn viên, thuyết minh viên
Toàn vịnh hiện có 186 thuyết minh viên tại các hang động, trong đó 42 người sử dụng thành thạo ngoại ngữ. Trong kỳ đã mở 2 lớp bồi dưỡng nghiệp vụ cho 95 lượt học viên.

3. Công tác bảo đảm an toàn
Ban Quản lý vịnh Hạ Long đã kiểm tra 1.126 lượt tàu du lịch, phát hiện và xử lý 17 trường hợp vi phạm, phạt tiền 86 triệu đồng. Camera giám sát đã được lắp tại 4/4 hang động đang mở cửa đón khách.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu cả năm 2024 đón 3,2 triệu lượt khách tham quan hang động; dự kiến doanh thu phí tham quan cả năm đạt khoảng 850 tỷ đồng. Tiếp tục thực hiện Nghị định số 45/2019/NĐ-CP và Quyết định số 3188/QĐ-UBND.
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
C23 = P("6 tháng năm 2023", "2023-01-01", "2023-06-30")
C24 = P("6 tháng năm 2024", "2024-01-01", "2024-06-30")
K24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
NOTES = [
    "Formal report (letterhead UBND TỈNH QUẢNG NINH, Số: 214/BC-UBND): caves of vịnh Hạ Long, 6 months 2024, with a flattened '|' table.",
    "Table cells: subject = row label (a cave, not a place: subject, not location) + column label; unit from 'Đơn vị tính: lượt khách';",
    "period from the column header (scored); 'Kế hoạch năm 2024' column -> status target. Cells get no total (the 'Tổng cộng' row is its own figure).",
    "Row numbers 1-4, section numbers I./II./1.-3., 'Số: 214/BC-UBND', the date line, 'Nghị định số 45/2019/NĐ-CP' are not figures.",
    "'bằng 126% cùng kỳ' is the percent of 412,5 tỷ; 'đạt 52,6% kế hoạch năm' the percent of 1.684.200. The section 2-3 figures take",
    "the report period (heading and 'Trong kỳ'); only 'Trong kỳ' in the same sentence is scored. Location: Quảng Ninh (vịnh Hạ Long is no district).",
]
FIGS = [
    F("đón 1.684.200 lượt khách", "1.684.200", 1684200, "count", "lượt khách", "khách tham quan các hang động trên vịnh Hạ Long",
      H6, percent=52.6, change=C("increase", 24.7, baseline="cùng kỳ năm 2023")),
    F("ước đạt 412,5 tỷ đồng", "412,5", 412500000000, "money", "đồng", "doanh thu phí tham quan", H6,
      percent=126, status="estimate"),
    # table, column 6 tháng năm 2023
    F("Hang Sửng Sốt | 512.300", "512.300", 512300, "count", "lượt khách", "Hang Sửng Sốt 6 tháng năm 2023", C23),
    F("Động Thiên Cung | 398.600", "398.600", 398600, "count", "lượt khách", "Động Thiên Cung 6 tháng năm 2023", C23),
    F("Hang Đầu Gỗ | 260.400", "260.400", 260400, "count", "lượt khách", "Hang Đầu Gỗ 6 tháng năm 2023", C23),
    F("Hang Luồn | 179.200", "179.200", 179200, "count", "lượt khách", "Hang Luồn 6 tháng năm 2023", C23),
    F("Tổng cộng | 1.350.500", "1.350.500", 1350500, "count", "lượt khách", "Tổng cộng 6 tháng năm 2023", C23),
    # 6 tháng năm 2024
    F("512.300 | 648.900", "648.900", 648900, "count", "lượt khách", "Hang Sửng Sốt 6 tháng năm 2024", C24),
    F("398.600 | 487.300", "487.300", 487300, "count", "lượt khách", "Động Thiên Cung 6 tháng năm 2024", C24),
    F("260.400 | 312.800", "312.800", 312800, "count", "lượt khách", "Hang Đầu Gỗ 6 tháng năm 2024", C24),
    F("179.200 | 235.200", "235.200", 235200, "count", "lượt khách", "Hang Luồn 6 tháng năm 2024", C24),
    F("1.350.500 | 1.684.200", "1.684.200", 1684200, "count", "lượt khách", "Tổng cộng 6 tháng năm 2024", C24),
    # Kế hoạch năm 2024
    F("648.900 | 1.250.000", "1.250.000", 1250000, "count", "lượt khách", "Hang Sửng Sốt kế hoạch năm 2024", K24, status="target"),
    F("487.300 | 950.000", "950.000", 950000, "count", "lượt khách", "Động Thiên Cung kế hoạch năm 2024", K24, status="target"),
    F("312.800 | 620.000", "620.000", 620000, "count", "lượt khách", "Hang Đầu Gỗ kế hoạch năm 2024", K24, status="target"),
    F("235.200 | 380.000", "380.000", 380000, "count", "lượt khách", "Hang Luồn kế hoạch năm 2024", K24, status="target"),
    F("1.684.200 | 3.200.000", "3.200.000", 3200000, "count", "lượt khách", "Tổng cộng kế hoạch năm 2024", K24, status="target"),
    # section 2
    F("có 186 thuyết minh viên", "186", 186, "count", "thuyết minh viên", "thuyết minh viên tại các hang động trên vịnh"),
    F("trong đó 42 người", "42", 42, "count", "người", "thuyết minh viên sử dụng thành thạo ngoại ngữ", total=186),
    F("mở 2 lớp", "2", 2, "count", "lớp", "lớp bồi dưỡng nghiệp vụ", P("Trong kỳ", "2024-01-01", "2024-06-30")),
    F("cho 95 lượt học viên", "95", 95, "count", "lượt học viên", "học viên được bồi dưỡng nghiệp vụ",
      P("Trong kỳ", "2024-01-01", "2024-06-30")),
    # section 3
    F("kiểm tra 1.126 lượt tàu", "1.126", 1126, "count", "lượt tàu", "tàu du lịch được kiểm tra", I(H6)),
    F("xử lý 17 trường hợp", "17", 17, "count", "trường hợp", "trường hợp vi phạm bị phát hiện và xử lý", I(H6)),
    F("phạt tiền 86 triệu đồng", "86", 86000000, "money", "đồng", "tiền phạt vi phạm", I(H6)),
    F("tại 4/4 hang động", "4", 4, "count", "hang động", "hang động đang mở cửa đón khách được lắp camera giám sát", total=4),
    # section II
    F("đón 3,2 triệu lượt khách", "3,2", 3200000, "count", "lượt khách", "khách tham quan hang động", Y24, status="target"),
    F("khoảng 850 tỷ đồng", "850", 850000000000, "money", "đồng", "doanh thu phí tham quan cả năm", Y24,
      approx="about", status="forecast"),
]
write("p1028-3", TEXT, FIGS, NOTES, published="2024-07-10", location="Quảng Ninh")
