"""p1016-3: formal report (UBND tỉnh Sóc Trăng) on digitising civil status books, flattened | table."""
from lib import F, period, inherit, write_set

TEXT = """UBND TỈNH SÓC TRĂNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Sóc Trăng, ngày 08 tháng 11 năm 2024

BÁO CÁO
Kết quả số hóa sổ hộ tịch trên địa bàn tỉnh Sóc Trăng

Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ và Kế hoạch số 45/KH-UBND ngày 15/3/2023 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Số hóa dữ liệu hộ tịch
Tính đến ngày 31/10/2024, toàn tỉnh đã số hóa, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử 1.284.560/1.512.300 trường hợp cần số hóa, đạt 84,9%. Trong đó, khai sinh 902.450 trường hợp, kết hôn 214.880 trường hợp, khai tử 167.230 trường hợp. Kết quả theo địa bàn:
Đơn vị tính: trường hợp
Địa bàn | Khai sinh | Kết hôn | Khai tử | Cộng
TP. Sóc Trăng | 168.420 | 41.260 | 30.115 | 239.795
Huyện Kế Sách | 142.300 | 33.870 | 26.540 | 202.710
Huyện Trần Đề | 118.650 | 27.410 | 22.080 | 168.140
Các huyện, thị xã còn lại | 473.080 | 112.340 | 88.495 | 673.915
Toàn tỉnh | 902.450 | 214.880 | 167.230 | 1.284.560

2. Sổ hộ tịch và kinh phí
Toàn tỉnh có 8.412 quyển sổ hộ tịch lưu trữ tại cấp huyện và cấp xã, trong đó đã quét, chụp 7.230 quyển, đạt 86%. Tổng kinh phí thực hiện năm 2024 là 6,8 tỷ đồng, trong đó ngân sách tỉnh 4,5 tỷ đồng.

II. TỒN TẠI, HẠN CHẾ
Còn 227.740 trường hợp chưa được số hóa, chủ yếu là sổ hộ tịch trước năm 1999 bị mờ, rách; 3 huyện có tỷ lệ số hóa dưới 80%.

III. NHIỆM VỤ THỜI GIAN TỚI
Phấn đấu đến ngày 30/6/2025 hoàn thành số hóa 100% dữ liệu hộ tịch. Dự kiến kinh phí bổ sung khoảng 2,1 tỷ đồng.

Nơi nhận:
- Bộ Tư pháp;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = period("Tính đến ngày 31/10/2024", None, "2024-10-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
BY = period("đến ngày 30/6/2025", None, "2025-06-30")
T = inherit(ASOF)

COLS = ["khai sinh đã số hóa", "kết hôn đã số hóa", "khai tử đã số hóa", "cộng dữ liệu hộ tịch đã số hóa"]
ROWS = [
    ("TP. Sóc Trăng", "TP. Sóc Trăng", None, ["168.420", "41.260", "30.115", "239.795"]),
    ("Huyện Kế Sách", "Kế Sách", None, ["142.300", "33.870", "26.540", "202.710"]),
    ("Huyện Trần Đề", "Trần Đề", None, ["118.650", "27.410", "22.080", "168.140"]),
    ("Các huyện, thị xã còn lại", "Sóc Trăng", "các huyện, thị xã còn lại", ["473.080", "112.340", "88.495", "673.915"]),
    ("Toàn tỉnh", "Sóc Trăng", None, ["902.450", "214.880", "167.230", "1.284.560"]),
]


def table_figs():
    out = []
    for label, loc, extra, cells in ROWS:
        for i, (num, col) in enumerate(zip(cells, COLS)):
            if i == 0:
                anchor = f"{label} | {num} |"
            elif i == 3:
                anchor = f"| {num}\n"
            else:
                anchor = f"| {num} |"
            subj = col if extra is None else f"{col} {extra}"
            val = float(num.replace(".", ""))
            out.append(F(anchor, num, val, "count", "trường hợp", subj, T, location=loc))
    return out


FIGS = [
    F("điện tử 1.284.560/1.512.300", "1.284.560", 1284560, "count", "trường hợp",
      "trường hợp đã số hóa, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử", ASOF, total=1512300, percent=84.9),
    F("khai sinh 902.450 trường hợp", "902.450", 902450, "count", "trường hợp", "trường hợp khai sinh đã số hóa",
      T, total=1284560),
    F("kết hôn 214.880 trường hợp", "214.880", 214880, "count", "trường hợp", "trường hợp kết hôn đã số hóa",
      T, total=1284560),
    F("khai tử 167.230 trường hợp", "167.230", 167230, "count", "trường hợp", "trường hợp khai tử đã số hóa",
      T, total=1284560),
] + table_figs() + [
    F("có 8.412 quyển", "8.412", 8412, "count", "quyển", "sổ hộ tịch lưu trữ tại cấp huyện và cấp xã", T),
    F("chụp 7.230 quyển", "7.230", 7230, "count", "quyển", "sổ hộ tịch đã quét, chụp", T, total=8412, percent=86),
    F("là 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", "tổng kinh phí thực hiện số hóa", Y24),
    F("ngân sách tỉnh 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "kinh phí từ ngân sách tỉnh", Y24, total=6.8e9),
    F("Còn 227.740 trường hợp", "227.740", 227740, "count", "trường hợp", "trường hợp chưa được số hóa", T),
    F("3 huyện", "3", 3, "count", "huyện", "huyện có tỷ lệ số hóa dưới 80%", T),
    F("dưới 80%", "80", 80, "percent", "%", "tỷ lệ số hóa", approx="under", optional=True),
    F("số hóa 100%", "100", 100, "percent", "%", "tỷ lệ dữ liệu hộ tịch được số hóa", BY, status="target"),
    F("khoảng 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", "kinh phí bổ sung", inherit(BY), approx="about",
      status="forecast"),
]

NOTES = [
    "Formal report 'Số: 287/BC-UBND', UBND tỉnh Sóc Trăng, dated 'Sóc Trăng, ngày 08 tháng 11 năm 2024' (= published).",
    "Flattened | table ('Đơn vị tính: trường hợp'): every numeric cell is a figure; district rows give the location, the row",
    "'Các huyện, thị xã còn lại' (a group of districts) stays Sóc Trăng with the row label in the subject; 'Toàn tỉnh' is the province. No totals on cells.",
    "Table period comes from 'Tính đến ngày 31/10/2024' in the text above it (inherited). 'dưới 80%' is a threshold (optional).",
    "Distractors: 'Số: 287/BC-UBND', 'Quyết định số 06/QĐ-TTg ngày 06/01/2022', 'Kế hoạch số 45/KH-UBND', section numbers, 'trước năm 1999'.",
]

if __name__ == "__main__":
    write_set("p1016-3", TEXT, NOTES, FIGS, published="2024-11-08", location="Sóc Trăng")
