from lib import *

TEXT = """UBND TỈNH ĐIỆN BIÊN
SỞ CÔNG THƯƠNG
Số: 1875/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Điện Biên, ngày 14 tháng 10 năm 2024

BÁO CÁO
Tiến độ thực hiện Dự án cấp điện nông thôn từ lưới điện quốc gia tỉnh Điện Biên giai đoạn 2021-2025

Thực hiện Công văn số 6120/BCT-ĐL của Bộ Công Thương, Sở Công Thương báo cáo như sau:

1. Khối lượng thực hiện
Bảng 1. Khối lượng thực hiện dự án đến 30/9/2024
TT | Hạng mục | Đơn vị | Kế hoạch giai đoạn 2021-2025 | Thực hiện đến 30/9/2024 | Tỷ lệ (%)
1 | Đường dây trung áp | km | 412,6 | 286,4 | 69,4
2 | Đường dây hạ áp | km | 538,2 | 371,9 | 69,1
3 | Trạm biến áp | trạm | 176 | 118 | 67,0
4 | Số hộ được cấp điện | hộ | 9.850 | 6.712 | 68,1

Trong 8 huyện thực hiện dự án, huyện Mường Nhé có khối lượng lớn nhất với 96,8 km đường dây trung áp và 41 trạm biến áp; tiếp đến là huyện Nậm Pồ (74,2 km và 29 trạm) và huyện Tủa Chùa (38,5 km và 17 trạm).

2. Vốn đầu tư
Tổng mức đầu tư của dự án là 1.126,5 tỷ đồng, trong đó vốn ngân sách trung ương 957,5 tỷ đồng (chiếm 85%), vốn đối ứng của địa phương và EVN 169 tỷ đồng. Lũy kế giải ngân đến 30/9/2024 đạt 742,3 tỷ đồng, bằng 65,9% tổng mức đầu tư.

3. Khó khăn, vướng mắc và kiến nghị
Tỷ lệ hộ dân sử dụng điện toàn tỉnh đến nay đạt 95,8%; còn khoảng 5.600 hộ tại 87 bản chưa có điện lưới quốc gia. Phấn đấu đến hết năm 2025 hoàn thành 100% khối lượng, nâng tỷ lệ hộ có điện lên trên 97%.

Nơi nhận:
- Bộ Công Thương;
- UBND tỉnh;
- Lưu: VT, QLNL.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lò Văn Tiến
"""

PL = P("Kế hoạch giai đoạn 2021-2025", "2021-01-01", "2025-12-31", True)
DONE = P("Thực hiện đến 30/9/2024", None, "2024-09-30", True)
AS = P("đến 30/9/2024", None, "2024-09-30")
NOW = P("đến nay", None, "2024-10-14")
FIGS = []
rows = [("Đường dây trung áp", "km", "measure", "412,6", 412.6, "286,4", 286.4, "69,4", 69.4),
        ("Đường dây hạ áp", "km", "measure", "538,2", 538.2, "371,9", 371.9, "69,1", 69.1),
        ("Trạm biến áp", "trạm", "count", "176", 176, "118", 118, "67,0", 67.0),
        ("Số hộ được cấp điện", "hộ", "count", "9.850", 9850, "6.712", 6712, "68,1", 68.1)]
for lab, unit, kind, a, av, b, bv, c, cv in rows:
    FIGS.append(F(f"{unit} | {a} |", a, av, kind, unit, f"{lab} kế hoạch giai đoạn 2021-2025", PL, status="target"))
    FIGS.append(F(f"| {b} |", b, bv, kind, unit, f"{lab} thực hiện đến 30/9/2024", DONE))
    FIGS.append(F(f"| {c}\n", c, cv, "percent", "%", f"tỷ lệ thực hiện {lab}", DONE))
FIGS += [
    F("Trong 8 huyện", "8", 8, "count", "huyện", "huyện thực hiện dự án"),
    F("với 96,8 km", "96,8", 96.8, "measure", "km", "đường dây trung áp", location="Mường Nhé"),
    F("và 41 trạm", "41", 41, "count", "trạm biến áp", "trạm biến áp", location="Mường Nhé"),
    F("(74,2 km", "74,2", 74.2, "measure", "km", "đường dây trung áp", location="Nậm Pồ"),
    F("và 29 trạm", "29", 29, "count", "trạm", "trạm biến áp", location="Nậm Pồ"),
    F("(38,5 km", "38,5", 38.5, "measure", "km", "đường dây trung áp", location="Tủa Chùa"),
    F("và 17 trạm", "17", 17, "count", "trạm", "trạm biến áp", location="Tủa Chùa"),
    F("là 1.126,5 tỷ đồng", "1.126,5", 1126500000000, "money", "đồng", "tổng mức đầu tư của dự án"),
    F("trung ương 957,5 tỷ đồng", "957,5", 957500000000, "money", "đồng", "vốn ngân sách trung ương", total=1126500000000, percent=85),
    F("EVN 169 tỷ đồng", "169", 169000000000, "money", "đồng", "vốn đối ứng của địa phương và EVN", total=1126500000000),
    F("đạt 742,3 tỷ đồng", "742,3", 742300000000, "money", "đồng", "lũy kế giải ngân", AS, percent=65.9),
    F("đạt 95,8%", "95,8", 95.8, "percent", "%", "tỷ lệ hộ dân sử dụng điện toàn tỉnh", NOW),
    F("khoảng 5.600 hộ", "5.600", 5600, "count", "hộ", "hộ chưa có điện lưới quốc gia", NOW, approx="about"),
    F("tại 87 bản", "87", 87, "count", "bản", "bản chưa có điện lưới quốc gia", NOW),
    F("hoàn thành 100% khối lượng", "100", 100, "percent", "%", "khối lượng dự án hoàn thành", P("đến hết năm 2025", None, "2025-12-31"), status="target"),
    F("trên 97%", "97", 97, "percent", "%", "tỷ lệ hộ có điện", P("đến hết năm 2025", None, "2025-12-31"), status="target", approx="over"),
]

build(3, TEXT, [
    "Formal report with letterhead (Sở Công Thương Điện Biên, 'Số: 1875/BC-SCT'); 'Điện Biên, ngày 14 tháng 10 năm 2024' is its date.",
    "Rural grid programme 2021-2025. Flattened '|' table: TT | Hạng mục | Đơn vị | Kế hoạch giai đoạn 2021-2025 | Thực hiện đến 30/9/2024 | Tỷ lệ (%).",
    "Every numeric cell is a figure: plan cells status target (period 2021-2025 from the header, inherited), result cells actual (as-of 30/9/2024,",
    "inherited), the (%) column percent. Unit per row from the 'Đơn vị' column (km -> measure; trạm, hộ -> count). Row numbers 1-4 are not figures.",
    "Distractors: document numbers (1875/BC-SCT, Công văn số 6120/BCT-ĐL), 'Bảng 1', section numbers, dates, 'giai đoạn 2021-2025', 'Lưu: VT, QLNL', signer.",
    "District list after 'Trong 8 huyện': location = district; the km/trạm are not parts of '8 huyện' (different unit), and no cue ties them to the table totals.",
    "Investment: 957,5 (chiếm 85%) and 169 follow 'trong đó' after 1.126,5 tỷ -> total. 742,3 tỷ 'bằng 65,9% tổng mức đầu tư' -> percent only.",
    "'đến nay' = as-of the report date. 'Phấn đấu đến hết năm 2025' -> target, end 2025-12-31. Location Điện Biên (province) unless a district is named.",
], FIGS, published="2024-10-14", location="Điện Biên")
