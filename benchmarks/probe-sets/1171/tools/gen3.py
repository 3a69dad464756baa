"""p1171-3: formal report (UBND tỉnh Hải Dương), driver training, tests and licences 2023; flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH HẢI DƯƠNG
Số: 58/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 22 tháng 01 năm 2024

BÁO CÁO
Kết quả công tác đào tạo, sát hạch, cấp giấy phép lái xe năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Công tác đào tạo
Toàn tỉnh có 14 cơ sở đào tạo lái xe ô tô và 6 cơ sở đào tạo lái xe mô tô. Năm 2023, các cơ sở đã tuyển sinh, đào tạo 27.640 học viên, bằng 103,5% kế hoạch, trong đó 11.215 học viên lái xe ô tô.

2. Công tác sát hạch, cấp giấy phép lái xe (GPLX)
Đơn vị tính: thí sinh
Hạng GPLX | Dự sát hạch | Đạt | Được cấp GPLX
Mô tô hạng A1 | 15.870 | 14.120 | 14.095
Ô tô hạng B1, B2 | 9.460 | 7.215 | 7.190
Ô tô hạng C | 1.350 | 1.048 | 1.046
Nâng hạng D, E, FC | 640 | 592 | 590
Tổng cộng | 27.320 | 22.975 | 22.921
Tỷ lệ đạt chung 84,1%, giảm 1,2 điểm phần trăm so với năm 2022. Sở đã cấp đổi 36.480 GPLX, trong đó 21.306 GPLX qua dịch vụ công trực tuyến mức độ 4, đạt 58,4%.

3. Công tác thanh tra, kiểm tra
Thanh tra Sở đã kiểm tra 14 cơ sở đào tạo, xử phạt 3 cơ sở với số tiền 87,5 triệu đồng; đình chỉ tuyển sinh 1 cơ sở trong 3 tháng.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu đào tạo khoảng 28.500 học viên; tỷ lệ hồ sơ cấp đổi GPLX trực tuyến trên 70%; đưa vào hoạt động thêm 01 trung tâm sát hạch loại 3 tại huyện Ninh Giang.

Nơi nhận:
- Bộ Giao thông vận tải (b/c);
- Cục Đường bộ Việt Nam;
- Lưu: VT, KT3.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23T = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24 = P("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)


def cell(anchor, number, value, row, col):
    return F(anchor, number, value, "count", "thí sinh", subject=f"{col} {row}", period=Y23T)


R1, R2, R3, R4, R5 = "mô tô hạng A1", "ô tô hạng B1, B2", "ô tô hạng C", "nâng hạng D, E, FC", "tổng cộng"
C1, C2, C3 = "dự sát hạch", "đạt", "được cấp GPLX"

FIGS = [
    F("có 14 cơ sở", "14", 14, "count", "cơ sở đào tạo lái xe ô tô",
      subject="cơ sở đào tạo lái xe ô tô"),
    F("6 cơ sở", "6", 6, "count", "cơ sở đào tạo lái xe mô tô",
      subject="cơ sở đào tạo lái xe mô tô"),
    F("đào tạo 27.640 học viên", "27.640", 27640, "count", "học viên", percent=103.5,
      subject="học viên tuyển sinh, đào tạo", period=Y23),
    F("11.215 học viên", "11.215", 11215, "count", "học viên", total=27640,
      subject="học viên lái xe ô tô tuyển sinh, đào tạo", period=Y23),
    cell("A1 | 15.870", "15.870", 15870, R1, C1),
    cell("15.870 | 14.120", "14.120", 14120, R1, C2),
    cell("14.120 | 14.095", "14.095", 14095, R1, C3),
    cell("B2 | 9.460", "9.460", 9460, R2, C1),
    cell("9.460 | 7.215", "7.215", 7215, R2, C2),
    cell("7.215 | 7.190", "7.190", 7190, R2, C3),
    cell("hạng C | 1.350", "1.350", 1350, R3, C1),
    cell("1.350 | 1.048", "1.048", 1048, R3, C2),
    cell("1.048 | 1.046", "1.046", 1046, R3, C3),
    cell("FC | 640", "640", 640, R4, C1),
    cell("640 | 592", "592", 592, R4, C2),
    cell("592 | 590", "590", 590, R4, C3),
    cell("Tổng cộng | 27.320", "27.320", 27320, R5, C1),
    cell("27.320 | 22.975", "22.975", 22975, R5, C2),
    cell("22.975 | 22.921", "22.921", 22921, R5, C3),
    F("chung 84,1%", "84,1", 84.1, "percent", "%",
      change=C("decrease", 1.2, "điểm phần trăm", "năm 2022"),
      subject="tỷ lệ đạt chung", period=Y23T),
    F("cấp đổi 36.480 GPLX", "36.480", 36480, "count", "GPLX", subject="GPLX cấp đổi", period=Y23T),
    F("21.306 GPLX", "21.306", 21306, "count", "GPLX", total=36480, percent=58.4,
      subject="GPLX cấp đổi qua dịch vụ công trực tuyến", period=Y23T),
    F("kiểm tra 14 cơ sở", "14", 14, "count", "cơ sở đào tạo",
      subject="cơ sở đào tạo được kiểm tra", period=Y23T),
    F("phạt 3 cơ sở", "3", 3, "count", "cơ sở", subject="cơ sở bị xử phạt", period=Y23T),
    F("87,5 triệu", "87,5", 87500000, "money", "đồng", subject="số tiền xử phạt", period=Y23T),
    F("tuyển sinh 1 cơ sở", "1", 1, "count", "cơ sở", subject="cơ sở bị đình chỉ tuyển sinh",
      period=Y23T),
    F("trong 3 tháng", "3", 3, "measure", "tháng", optional=True, subject="thời hạn đình chỉ tuyển sinh"),
    F("khoảng 28.500 học viên", "28.500", 28500, "count", "học viên", approx="about", status="target",
      subject="học viên đào tạo", period=Y24),
    F("trên 70%", "70", 70, "percent", "%", approx="over", status="target",
      subject="tỷ lệ hồ sơ cấp đổi GPLX trực tuyến", period=Y24),
    F("thêm 01 trung tâm", "01", 1, "count", "trung tâm sát hạch", status="target",
      subject="trung tâm sát hạch loại 3 đưa vào hoạt động thêm", period=Y24, location="Ninh Giang"),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH HẢI DƯƠNG, 'Số: 58/BC-UBND', 'Hải Dương, ngày 22 tháng 01 năm 2024' (published).",
    "Flattened '|' table, 'Đơn vị tính: thí sinh'; rows are licence classes (items), columns Dự sát hạch / Đạt / Được cấp GPLX.",
    "Cell subject = column label + row label; period 'năm 2023' from the title (inherited); the 'Tổng cộng' row is its own figures; no totals in cells.",
    "Distractors: 'Số: 58/BC-UBND', class names A1, B1, B2, C, D, E, FC, 'mức độ 4', 'loại 3', section numbers I./II./1.-3., 'KT3'.",
    "'Tỷ lệ đạt chung 84,1%, giảm 1,2 điểm phần trăm' is the rate with its change. 'bằng 103,5% kế hoạch' → percent of 27.640.",
    "'trong 3 tháng' (length of a suspension) optional. Section II 'Phấn đấu' continues over ';' (targets, period from the heading).",
    "'01 trung tâm ... tại huyện Ninh Giang' gets the district as location.",
]

if __name__ == "__main__":
    write("p1171-3", TEXT, NOTES, FIGS, published="2024-01-22", location="Hải Dương")
