from lib import *

TEXT = """
ỦY BAN NHÂN DÂN
HUYỆN GIA LỘC
Số: 186/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Gia Lộc, ngày 20 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện kiên cố hóa kênh mương nội đồng năm 2023

Thực hiện Nghị quyết số 04/2021/NQ-HĐND của HĐND tỉnh Hải Dương về chính sách hỗ trợ kiên cố hóa kênh mương, UBND huyện báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Khối lượng
Bảng 1. Kết quả kiên cố hóa kênh mương năm 2023 theo xã
Đơn vị tính: km
Xã | Kế hoạch | Thực hiện | Tỷ lệ (%)
Gia Tân | 4,5 | 4,8 | 106,7
Hồng Hưng | 3,2 | 3,2 | 100
Thống Kênh | 5,0 | 4,1 | 82,0
Toàn Thắng | 2,8 | 2,9 | 103,6
Cộng | 15,5 | 15,0 | 96,8

2. Kinh phí
Tổng kinh phí thực hiện 12.650 triệu đồng, trong đó: ngân sách tỉnh hỗ trợ 5.400 triệu đồng; ngân sách huyện 3.150 triệu đồng; ngân sách xã và nhân dân đóng góp 4.100 triệu đồng. Tỉnh cấp 1.850 tấn xi măng PCB40 cho các xã.

3. Lũy kế
Giai đoạn 2021-2023, toàn huyện đã kiên cố hóa 52,4 km kênh mương. Tính đến ngày 15/12/2023, tổng chiều dài kênh mương nội đồng được kiên cố hóa của huyện đạt 318,6 km/425 km, bằng 75%.

II. KẾ HOẠCH NĂM 2024
Năm 2024, phấn đấu kiên cố hóa 18 km kênh mương, trong đó kênh loại III 12 km; dự kiến nhu cầu xi măng khoảng 2.600 tấn.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở NN&PTNT;
- Lưu: VT, NN.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Phạm Văn Tuấn
"""

HEADER = """
Formal report with letterhead (UBND huyện Gia Lộc, Hải Dương, 'Số: 186/BC-UBND'); the place-and-date line is its date.
Flattened '|' table with 'Đơn vị tính: km' and a '(%)' column; rows are communes (not a province, city or district: location stays
Gia Lộc; the commune label stays in the subject, row label + column label). 'Kế hoạch' cells -> status target; the 'Cộng' row is a figure
of its own; no totals for table cells. Period 'năm 2023' from the table caption (inherited). 'Thống Kênh' is a commune name.
Money in 'triệu đồng' (12.650 triệu = 12,65 tỷ); 'trong đó:' parts separated by ';' get total 12650e6.
'318,6 km/425 km, bằng 75%' -> total 425, percent 75. Section II heading gives 2024 to the targets; 'dự kiến … khoảng 2.600 tấn' forecast.
Distractors: Số: 186/BC-UBND, Nghị quyết số 04/2021/NQ-HĐND, section numbers I./II./1./2./3., 'Bảng 1', 'PCB40', 'kênh loại III',
'Lưu: VT, NN', dates 20/12/2023 and 15/12/2023.
"""

y23i = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
rows = [("Gia Tân", "4,5", 4.5, "4,8", 4.8, "106,7", 106.7),
        ("Hồng Hưng", "3,2", 3.2, "3,2", 3.2, "100", 100),
        ("Thống Kênh", "5,0", 5.0, "4,1", 4.1, "82,0", 82.0),
        ("Toàn Thắng", "2,8", 2.8, "2,9", 2.9, "103,6", 103.6),
        ("Cộng", "15,5", 15.5, "15,0", 15.0, "96,8", 96.8)]
FIGS = []
for name, ks, kv, ts, tvv, rs, rv in rows:
    lab = "tổng cộng" if name == "Cộng" else f"xã {name}"
    FIGS.append(F(f"{name} | {ks} |", ks, kv, "measure", "km", f"Kế hoạch kiên cố hóa kênh mương {lab}",
                  status="target", period=y23i))
    FIGS.append(F(f"| {ts} | {rs}\n", ts, tvv, "measure", "km", f"Thực hiện kiên cố hóa kênh mương {lab}",
                  period=y23i))
    FIGS.append(F(f"{ts} | {rs}\n", rs, rv, "percent", "%", f"Tỷ lệ thực hiện {lab}", period=y23i))

FIGS += [
    F("hiện 12.650 triệu đồng", "12.650", 12650e6, "money", "đồng", "tổng kinh phí thực hiện", period=y23i),
    F("hỗ trợ 5.400 triệu đồng", "5.400", 5400e6, "money", "đồng", "ngân sách tỉnh hỗ trợ", total=12650e6, period=y23i),
    F("huyện 3.150 triệu đồng", "3.150", 3150e6, "money", "đồng", "ngân sách huyện", total=12650e6, period=y23i),
    F("góp 4.100 triệu đồng", "4.100", 4100e6, "money", "đồng", "ngân sách xã và nhân dân đóng góp",
      total=12650e6, period=y23i),
    F("cấp 1.850 tấn", "1.850", 1850, "measure", "tấn", "xi măng tỉnh cấp cho các xã", period=y23i),
    F("hóa 52,4 km", "52,4", 52.4, "measure", "km", "kênh mương kiên cố hóa",
      period=P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("đạt 318,6 km/425 km", "318,6", 318.6, "measure", "km", "tổng chiều dài kênh mương nội đồng được kiên cố hóa",
      total=425, percent=75, period=P("Tính đến ngày 15/12/2023", None, "2023-12-15")),
    F("hóa 18 km", "18", 18, "measure", "km", "kênh mương kiên cố hóa", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("III 12 km", "12", 12, "measure", "km", "kênh loại III", total=18, status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 2.600 tấn", "2.600", 2600, "measure", "tấn", "nhu cầu xi măng", approx="about", status="forecast",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

build(5, TEXT, HEADER, {"published": "2023-12-20", "location": "Gia Lộc"}, FIGS)
