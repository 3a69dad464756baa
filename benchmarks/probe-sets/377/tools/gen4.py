from lib import write, F, P

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN KRÔNG PẮC
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Krông Pắc, ngày 25 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác y tế trường học năm học 2023-2024

Thực hiện Kế hoạch số 46/KH-UBND ngày 12/9/2023 của UBND huyện, Ủy ban nhân dân huyện báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Khám sức khỏe định kỳ
Năm học 2023-2024, toàn huyện có 38.742 học sinh ở 96 trường; đã khám sức khỏe định kỳ cho 37.905 em, đạt 97,84%. Kết quả cụ thể tại Bảng 1.

Bảng 1. Kết quả khám sức khỏe học sinh năm học 2023-2024
Đơn vị tính: học sinh
Cấp học | Số được khám | Cận thị | Suy dinh dưỡng | Thừa cân, béo phì
Mầm non | 9.812 | 45 | 684 | 517
Tiểu học | 16.430 | 1.262 | 905 | 1.348
Trung học cơ sở | 11.663 | 2.017 | 472 | 796
Tổng cộng | 37.905 | 3.324 | 2.061 | 2.661

2. Bảo hiểm y tế học sinh
Tỷ lệ học sinh tham gia bảo hiểm y tế đạt 96,2% (chỉ tiêu huyện giao 100%), tăng 3,5% so với năm học 2022-2023. Quỹ BHYT trích để lại cho các trường 612 triệu đồng để chăm sóc sức khỏe ban đầu.

3. Nhân viên y tế trường học
Có 71/96 trường có nhân viên y tế (trong đó 38 người có trình độ y sĩ trở lên); 25 trường chưa có, chủ yếu ở các xã Ea Yiêng, Vụ Bổn.

II. PHƯƠNG HƯỚNG NĂM HỌC 2024-2025
Phấn đấu tỷ lệ học sinh tham gia BHYT đạt 100%; giảm tỷ lệ suy dinh dưỡng xuống dưới 5%; tổ chức tẩy giun 2 lần/năm cho 100% học sinh tiểu học.

Nơi nhận:
- Sở GD&ĐT tỉnh Đắk Lắk;
- Lưu: VT, PGD&ĐT.
"""

SY = P("Năm học 2023-2024", "2023-09-01", "2024-05-31")
SY_I = P("năm học 2023-2024", "2023-09-01", "2024-05-31", inherited=True)
NX = P("năm học 2024-2025", "2024-09-01", "2025-05-31", inherited=True)

rows = [("Mầm non", "Mầm non | 9.812 | 45 | 684 | 517", ["9.812", "45", "684", "517"]),
        ("Tiểu học", "Tiểu học | 16.430 | 1.262 | 905 | 1.348", ["16.430", "1.262", "905", "1.348"]),
        ("Trung học cơ sở", "Trung học cơ sở | 11.663 | 2.017 | 472 | 796", ["11.663", "2.017", "472", "796"]),
        ("Tổng cộng", "Tổng cộng | 37.905 | 3.324 | 2.061 | 2.661", ["37.905", "3.324", "2.061", "2.661"])]
cols = ["số được khám", "cận thị", "suy dinh dưỡng", "thừa cân, béo phì"]

FIGS = [
    F("có 38.742 học sinh", "38.742", 38742, "count", "học sinh", "học sinh toàn huyện", period=SY),
    F("ở 96 trường", "96", 96, "count", "trường", "trường", period=SY),
    F("cho 37.905 em", "37.905", 37905, "count", "em", "học sinh được khám sức khỏe định kỳ", percent=97.84, period=SY),
]
for label, line, cells in rows:
    for i, (col, cell) in enumerate(zip(cols, cells)):
        # anchor: the cell with its neighbours inside the row line
        parts = line.split(" | ")
        j = i + 1
        anchor = (parts[j - 1] + " | " + parts[j]) if j < len(parts) - 1 or True else None
        FIGS.append(F(anchor, cell, int(cell.replace(".", "")), "count", "học sinh",
                      f"{col} {label}", period=SY_I))

FIGS += [
    F("đạt 96,2%", "96,2", 96.2, "percent", "%", "tỷ lệ học sinh tham gia bảo hiểm y tế",
      target={"value": 100, "unit": "%"},
      change={"direction": "increase", "value": 3.5, "unit": "%", "baseline": "năm học 2022-2023"}, period=SY_I),
    F("612 triệu đồng", "612", 612e6, "money", "đồng", "kinh phí quỹ BHYT trích để lại cho các trường", period=SY_I),
    F("Có 71/96 trường", "71", 71, "count", "trường", "trường có nhân viên y tế", total=96, period=SY_I),
    F("trong đó 38 người", "38", 38, "count", "người", "nhân viên y tế có trình độ y sĩ trở lên", period=SY_I),
    F("25 trường chưa có", "25", 25, "count", "trường", "trường chưa có nhân viên y tế", period=SY_I),
    F("BHYT đạt 100%", "100", 100, "percent", "%", "tỷ lệ học sinh tham gia BHYT", status="target", period=NX),
    F("xuống dưới 5%", "5", 5, "percent", "%", "tỷ lệ suy dinh dưỡng", approx="under", status="target", period=NX),
    F("giun 2 lần/năm", "2", 2, "count", "lần/năm", "số lần tẩy giun", status="target", optional=True),
    F("cho 100% học sinh", "100", 100, "percent", "%", "học sinh tiểu học được tẩy giun", status="target", period=NX),
]

write("p377-4", TEXT, FIGS, [
    "Formal report with letterhead (UBND huyện Krông Pắc, Đắk Lắk, Số: 287/BC-UBND): y tế trường học năm học 2023-2024, flattened '|' table.",
    "Place-and-date line 'Krông Pắc, ngày 25 tháng 10 năm 2024' is the report's date (published). Distractors: 'Số: 287/BC-UBND',",
    "'Kế hoạch số 46/KH-UBND ngày 12/9/2023', 'Bảng 1', section numbers I./II./1./2./3., 'Lưu: VT'.",
    "Table: 'Đơn vị tính: học sinh' gives unit and kind count for every cell (Tổng cộng row included); subject = column + row label;",
    "period from the caption 'năm học 2023-2024' (inherited). School year read as 2023-09-01 … 2024-05-31.",
    "'có 38.742 học sinh …; đã khám … 37.905 em, đạt 97,84%': no part-of cue, so no total; 97,84 is the percent of 37.905.",
    "'đạt 96,2% (chỉ tiêu huyện giao 100%), tăng 3,5% …' → target 100 and change 3,5. '38 người' (staff) is not a part of 71 trường (no total);",
    "'25 trường chưa có' has no cue (no total). Section II targets inherit 'năm học 2024-2025' from the heading. '2 lần/năm' optional.",
], location="Krông Pắc", published="2024-10-25")
