"""p1132-3: formal report (UBND tỉnh Thừa Thiên Huế), rare plants 2023, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH THỪA THIÊN HUẾ
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thừa Thiên Huế, ngày 20 tháng 12 năm 2023

BÁO CÁO
Kết quả bảo tồn các loài thực vật quý hiếm năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Điều tra, bảo tồn
Năm 2023, các chủ rừng đã điều tra, ghi nhận 186 loài thực vật quý hiếm trên địa bàn tỉnh, trong đó 54 loài có tên trong Sách Đỏ Việt Nam và 27 loài thuộc nhóm IA, IIA. Diện tích rừng được khoán bảo vệ là 96.520 ha, đạt 100% kế hoạch.

2. Nhân giống, trồng bổ sung
Đơn vị tính: cây
Đơn vị | Cây giống ươm | Cây trồng bổ sung | Cây mẹ được bảo vệ
Vườn quốc gia Bạch Mã | 48.650 | 31.200 | 1.264
Khu bảo tồn Sao La | 22.300 | 15.850 | 642
BQL rừng phòng hộ Sông Hương | 18.720 | 12.400 | 517
BQL rừng phòng hộ Bắc Hải Vân | 10.480 | 8.610 | 385
Tổng cộng | 100.150 | 68.060 | 2.808

3. Kinh phí
Tổng kinh phí thực hiện năm 2023 là 4,85 tỷ đồng, bằng 97% dự toán, trong đó nguồn dịch vụ môi trường rừng 3,2 tỷ đồng.

II. NHIỆM VỤ NĂM 2024
Năm 2024, phấn đấu ươm 120.000 cây giống, trồng bổ sung 80.000 cây; xây dựng vườn thực vật tại Vườn quốc gia Bạch Mã với diện tích khoảng 25 ha, lưu giữ ít nhất 300 loài thực vật bản địa.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- Lưu: VT, NN.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23T = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)  # the report's title
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")


def cell(anchor, number, value, row, col):
    return F(anchor, number, value, "count", "cây", subject=f"{col} {row}", period=Y23T)


FIGS = [
    F("ghi nhận 186 loài", "186", 186, "count", "loài",
      subject="loài thực vật quý hiếm điều tra, ghi nhận", period=Y23),
    F("54 loài có tên", "54", 54, "count", "loài", total=186,
      subject="loài thực vật quý hiếm có tên trong Sách Đỏ Việt Nam", period=Y23),
    F("27 loài thuộc", "27", 27, "count", "loài", total=186,
      subject="loài thực vật quý hiếm thuộc nhóm IA, IIA", period=Y23),
    F("là 96.520 ha", "96.520", 96520, "measure", "ha", percent=100,
      subject="diện tích rừng được khoán bảo vệ", period=I(Y23)),
    cell("Bạch Mã | 48.650", "48.650", 48650, "Vườn quốc gia Bạch Mã", "Cây giống ươm"),
    cell("48.650 | 31.200", "31.200", 31200, "Vườn quốc gia Bạch Mã", "Cây trồng bổ sung"),
    cell("31.200 | 1.264", "1.264", 1264, "Vườn quốc gia Bạch Mã", "Cây mẹ được bảo vệ"),
    cell("Sao La | 22.300", "22.300", 22300, "Khu bảo tồn Sao La", "Cây giống ươm"),
    cell("22.300 | 15.850", "15.850", 15850, "Khu bảo tồn Sao La", "Cây trồng bổ sung"),
    cell("15.850 | 642", "642", 642, "Khu bảo tồn Sao La", "Cây mẹ được bảo vệ"),
    cell("Sông Hương | 18.720", "18.720", 18720, "BQL rừng phòng hộ Sông Hương", "Cây giống ươm"),
    cell("18.720 | 12.400", "12.400", 12400, "BQL rừng phòng hộ Sông Hương", "Cây trồng bổ sung"),
    cell("12.400 | 517", "517", 517, "BQL rừng phòng hộ Sông Hương", "Cây mẹ được bảo vệ"),
    cell("Hải Vân | 10.480", "10.480", 10480, "BQL rừng phòng hộ Bắc Hải Vân", "Cây giống ươm"),
    cell("10.480 | 8.610", "8.610", 8610, "BQL rừng phòng hộ Bắc Hải Vân", "Cây trồng bổ sung"),
    cell("8.610 | 385", "385", 385, "BQL rừng phòng hộ Bắc Hải Vân", "Cây mẹ được bảo vệ"),
    cell("Tổng cộng | 100.150", "100.150", 100150, "tổng cộng", "Cây giống ươm"),
    cell("100.150 | 68.060", "68.060", 68060, "tổng cộng", "Cây trồng bổ sung"),
    cell("68.060 | 2.808", "2.808", 2808, "tổng cộng", "Cây mẹ được bảo vệ"),
    F("là 4,85 tỷ đồng", "4,85", 4850000000, "money", "đồng", percent=97,
      subject="tổng kinh phí thực hiện", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("rừng 3,2 tỷ đồng", "3,2", 3200000000, "money", "đồng", total=4850000000,
      subject="kinh phí từ nguồn dịch vụ môi trường rừng", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("ươm 120.000 cây", "120.000", 120000, "count", "cây giống", status="target",
      subject="cây giống ươm", period=Y24),
    F("bổ sung 80.000 cây", "80.000", 80000, "count", "cây", status="target",
      subject="cây trồng bổ sung", period=Y24),
    F("khoảng 25 ha", "25", 25, "measure", "ha", approx="about", status="target",
      subject="diện tích vườn thực vật tại Vườn quốc gia Bạch Mã", period=Y24),
    F("ít nhất 300 loài", "300", 300, "count", "loài", approx="at_least", status="target",
      subject="loài thực vật bản địa lưu giữ tại vườn thực vật", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH THỪA THIÊN HUẾ', 'Số: 318/BC-UBND', 'Thừa Thiên Huế, ngày 20 tháng 12 năm 2023', sections I-II, 1-3, 'Nơi nhận'.",
    "Flattened '|' table ('Đơn vị tính: cây'): row labels are organisations, not places (location stays Thừa Thiên Huế);",
    "subject = column label + row label; period from the title 'năm 2023' (inherited); cells get no total; 'Tổng cộng' row cells are figures.",
    "Distractors: 'Số: 318/BC-UBND', 'nhóm IA, IIA', section numbers, 'Lưu: VT, NN', the report date.",
    "'đạt 100% kế hoạch' and 'bằng 97% dự toán' are shares (percent) of their figure. Section II targets carry 'Năm 2024' in the sentence.",
]

if __name__ == "__main__":
    write("p1132-3", TEXT, NOTES, FIGS, published="2023-12-20", location="Thừa Thiên Huế")
