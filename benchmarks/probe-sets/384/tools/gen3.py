from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH BÌNH DƯƠNG
SỞ GIAO THÔNG VẬN TẢI
Số: 2146/BC-SGTVT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Dương, ngày 05 tháng 7 năm 2024

BÁO CÁO
Tình hình hoạt động của các cảng cạn trên địa bàn tỉnh 6 tháng đầu năm 2024

I. KẾT QUẢ KHAI THÁC
Tính đến ngày 30/6/2024, trên địa bàn tỉnh có 5 cảng cạn đang hoạt động với tổng diện tích 172,5 ha. Sản lượng của 3 cảng cạn lớn nhất như sau:

Bảng 1. Sản lượng hàng hóa thông qua cảng cạn
Đơn vị tính: TEU
Cảng cạn | 6 tháng 2023 | 6 tháng 2024 | So cùng kỳ (%)
ICD Sóng Thần | 98.450 | 112.300 | 114,1
ICD Tân Cảng Bình Dương | 121.600 | 139.850 | 115,0
ICD Tân Cảng Tân Vạn | 64.200 | 58.900 | 91,7
Tổng cộng | 284.250 | 311.050 | 109,4

Thời gian thông quan bình quân một container tại các cảng cạn giảm còn 2,5 giờ. Tỷ lệ hàng hóa vận chuyển bằng đường thủy nội địa từ cảng cạn về cảng biển chỉ đạt khoảng 27%, còn lại chủ yếu bằng đường bộ.

II. TỒN TẠI, HẠN CHẾ
Tình trạng ùn tắc tại nút giao Sóng Thần (Quốc lộ 1K) vẫn xảy ra vào giờ cao điểm từ 16 giờ 30 đến 18 giờ 30.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
1. Phấn đấu cả năm 2024 sản lượng qua các cảng cạn đạt 650.000 TEU, tăng khoảng 9% so với năm 2023.
2. Phối hợp đẩy nhanh đầu tư ICD Bàu Bàng (huyện Bàu Bàng) quy mô 35 ha theo Quyết định số 979/QĐ-TTg.

Nơi nhận:
- UBND tỉnh (b/c);
- Cục Đường thủy nội địa Việt Nam;
- Lưu: VT, P.QLVT.
GIÁM ĐỐC
Trần Văn Hải
"""

H23 = P("6 tháng 2023", "2023-01-01", "2023-06-30")
H24 = P("6 tháng 2024", "2024-01-01", "2024-06-30")
H24i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
AS = P("Tính đến ngày 30/6/2024", None, "2024-06-30")

rows = [("ICD Sóng Thần", "98.450", "112.300", "114,1"),
        ("ICD Tân Cảng Bình Dương", "121.600", "139.850", "115,0"),
        ("ICD Tân Cảng Tân Vạn", "64.200", "58.900", "91,7"),
        ("Tổng cộng", "284.250", "311.050", "109,4")]

def n(s):
    return float(s.replace(".", "").replace(",", "."))

FIGS = [
    F("có 5 cảng cạn", "5", 5, "count", "cảng cạn", "cảng cạn đang hoạt động", AS),
    F("diện tích 172,5 ha", "172,5", 172.5, "measure", "ha", "tổng diện tích cảng cạn", AS),
    F("của 3 cảng cạn", "3", 3, "count", "cảng cạn", "cảng cạn lớn nhất", optional=True),
]
for label, a, b, c in rows:
    FIGS += [
        F(f"{label} | {a} |", a, n(a), "measure", "TEU", f"sản lượng hàng hóa thông qua {label} 6 tháng 2023", H23),
        F(f"{a} | {b} |", b, n(b), "measure", "TEU", f"sản lượng hàng hóa thông qua {label} 6 tháng 2024", H24),
        F(f"{b} | {c}\n", c, n(c), "percent", "%", f"sản lượng {label} so cùng kỳ", H24i),
    ]
FIGS += [
    F("giảm còn 2,5 giờ", "2,5", 2.5, "measure", "giờ", "thời gian thông quan bình quân một container", I(H24i)),
    F("khoảng 27%", "27", 27, "percent", "%", "tỷ lệ hàng hóa vận chuyển bằng đường thủy nội địa từ cảng cạn về cảng biển",
      I(H24i), approx="about"),
    F("đạt 650.000 TEU", "650.000", 650000, "measure", "TEU", "sản lượng qua các cảng cạn",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target",
      change=CH("increase", 9, baseline="năm 2023", approx="about")),
    F("quy mô 35 ha", "35", 35, "measure", "ha", "quy mô ICD Bàu Bàng", location="Bàu Bàng"),
]

emit("p384-3", TEXT, [
    "Formal report with letterhead (Sở GTVT Bình Dương, 'Số: 2146/BC-SGTVT'); the place-and-date line 'Bình Dương, ngày 05 tháng 7 năm 2024' is its date.",
    "Flattened '|' table with 'Đơn vị tính: TEU'; the last column '(%)' overrides the unit. Period from column headers '6 tháng 2023/2024';",
    "the '(%)' column states no period of its own: the report's '6 tháng đầu năm 2024' (inherited). No totals for table cells. ICD names are not places.",
    "Distractors: document numbers, 'Quyết định số 979/QĐ-TTg', 'Bảng 1', section numbers I./II./III./1./2., 'Quốc lộ 1K', times 16 giờ 30 - 18 giờ 30, 'Lưu: VT'.",
    "'3 cảng cạn lớn nhất' (list head) optional. 'giảm còn 2,5 giờ' states only the new level: no change. 'Phấn đấu' makes 650.000 TEU a target.",
    "'quy mô 35 ha' of ICD Bàu Bàng: location Bàu Bàng (district), no period (a size, and the task sentence has none).",
], FIGS, published="2024-07-05", location="Bình Dương")
