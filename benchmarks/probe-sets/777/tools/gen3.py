"""p777-3: UBND huyện Quản Bạ formal report — linen (dệt lanh) weaving, 9 tháng 2024, flattened | table."""
from lib import emit, fig, per, inh, ch

TEXT = """ỦY BAN NHÂN DÂN HUYỆN QUẢN BẠ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
Quản Bạ, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả bảo tồn, phát triển nghề dệt lanh truyền thống 9 tháng năm 2024

Thực hiện Kế hoạch số 57/KH-UBND ngày 15/3/2024 của UBND tỉnh Hà Giang, UBND huyện Quản Bạ báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Toàn huyện có 3 hợp tác xã và 9 tổ hợp tác dệt lanh với 285 hộ, 612 lao động tham gia, tập trung chủ yếu tại xã Lũng Tám. Trong 9 tháng, huyện đã bố trí 1.150 triệu đồng từ nguồn vốn Chương trình mục tiêu quốc gia để hỗ trợ 120 khung dệt cải tiến và mở 6 lớp truyền nghề cho 180 học viên, trong đó 132 học viên là nữ.

2. Kết quả sản xuất, kinh doanh
Bảng 1. Kết quả thực hiện các chỉ tiêu 9 tháng năm 2024
TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện 9 tháng | So với KH (%)
1 | Diện tích trồng lanh | ha | 50 | 46,5 | 93,0
2 | Vải lanh dệt thủ công | m | 16.000 | 12.680 | 79,3
3 | Sản phẩm may từ vải lanh | sản phẩm | 9.500 | 7.215 | 75,9
4 | Doanh thu | triệu đồng | 6.500 | 4.980,7 | 76,6

Giá bán vải lanh bình quân 350.000 đồng/m, tăng 50.000 đồng/m so với năm 2023; thu nhập bình quân của lao động dệt ước đạt 3,2 triệu đồng/người/tháng.

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu hoàn thành 100% các chỉ tiêu kế hoạch năm 2024.
2. Phấn đấu có thêm 02 sản phẩm từ vải lanh được công nhận OCOP.

Nơi nhận:
- UBND tỉnh Hà Giang;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = per("Trong 9 tháng", "2024-01-01", "2024-09-30")
PLAN = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
DONE = per("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
TITLE9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

ROWS = [  # label, unit, kind, mult, plan (anchor, number), done, pct
    ("Diện tích trồng lanh", "ha", "measure", 1, ("ha | 50 |", "50"), ("| 46,5 |", "46,5"), ("93,0", "93,0")),
    ("Vải lanh dệt thủ công", "m", "measure", 1, ("| 16.000 |", "16.000"), ("| 12.680 |", "12.680"), ("79,3", "79,3")),
    ("Sản phẩm may từ vải lanh", "sản phẩm", "count", 1, ("| 9.500 |", "9.500"), ("| 7.215 |", "7.215"),
     ("75,9", "75,9")),
    ("Doanh thu", "đồng", "money", 1e6, ("| 6.500 |", "6.500"), ("| 4.980,7 |", "4.980,7"), ("76,6", "76,6")),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    fig("có 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã dệt lanh"),
    fig("9 tổ hợp tác", "9", 9, "count", "tổ hợp tác", "tổ hợp tác dệt lanh"),
    fig("với 285 hộ", "285", 285, "count", "hộ", "hộ tham gia dệt lanh"),
    fig("612 lao động", "612", 612, "count", "lao động", "lao động tham gia dệt lanh"),
    fig("bố trí 1.150 triệu đồng", "1.150", 1.15e9, "money", "đồng",
        "vốn Chương trình mục tiêu quốc gia bố trí hỗ trợ khung dệt, lớp truyền nghề", M9),
    fig("hỗ trợ 120 khung dệt", "120", 120, "count", "khung dệt", "khung dệt cải tiến được hỗ trợ", M9),
    fig("mở 6 lớp", "6", 6, "count", "lớp", "lớp truyền nghề", M9),
    fig("cho 180 học viên", "180", 180, "count", "học viên", "học viên lớp truyền nghề", M9),
    fig("trong đó 132 học viên", "132", 132, "count", "học viên", "học viên nữ", M9, total=180),
]
for label, unit, kind, mult, plan, done, pct in ROWS:
    FIGS.append(fig(plan[0], plan[1], num(plan[1]) * mult, kind, unit, f"{label} kế hoạch năm 2024", PLAN,
                    status="target"))
    FIGS.append(fig(done[0], done[1], num(done[1]) * mult, kind, unit, f"{label} thực hiện 9 tháng", DONE))
    FIGS.append(fig(pct[0], pct[1], num(pct[1]), "percent", "%", f"{label} thực hiện 9 tháng so với kế hoạch", TITLE9))
FIGS += [
    fig("bình quân 350.000 đồng/m", "350.000", 350000, "money", "đồng/m", "giá bán vải lanh bình quân",
        change=ch("increase", 50000, unit="đồng/m", baseline="năm 2023")),
    fig("ước đạt 3,2 triệu", "3,2", 3.2e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động dệt",
        status="estimate"),
    fig("hoàn thành 100%", "100", 100, "percent", "%", "tỷ lệ hoàn thành các chỉ tiêu kế hoạch năm 2024", Y24,
        status="target"),
    fig("thêm 02 sản phẩm", "02", 2, "count", "sản phẩm", "sản phẩm từ vải lanh được công nhận OCOP",
        status="target"),
]

COMMENTS = [
    "Formal report under a letterhead (Số: 412/BC-UBND; 'Quản Bạ, ngày 08 tháng 10 năm 2024' is the date). Location: the district.",
    "Flattened '|' table: every numeric cell is a figure (row numbers 1-4 are not). 'Kế hoạch năm 2024' cells are targets with that",
    "period (column header, scored, as h23); 'Thực hiện 9 tháng' cells are actual, 9 tháng 2024 (column header, scored); 'So với KH (%)'",
    "cells are percent figures of their own, period from the table title (inherited). Unit from the 'Đơn vị tính' column ('triệu đồng'",
    "→ money ×10⁶). As in h23 a result cell does not carry the plan cell as target, nor the % cell as percent.",
    "'tăng 50.000 đồng/m' is the price's change. Section numbers (I., 1., II.), 'Bảng 1', 'Kế hoạch số 57/KH-UBND ngày 15/3/2024',",
    "'QUÝ IV/2024' are not figures. '02 sản phẩm' (leading zero) is 2, a target under 'Phấn đấu'; its period is only the heading (none).",
]

if __name__ == "__main__":
    emit("p777-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Quản Bạ")
