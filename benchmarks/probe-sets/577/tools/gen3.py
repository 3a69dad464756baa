"""p577-3: UBND tỉnh Bắc Giang formal report — drug procurement at public health facilities 2023, '|' table."""
from lib import emit, fig, per, inh, chg

TEXT = """UBND TỈNH BẮC GIANG
Số: 27/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bắc Giang, ngày 22 tháng 01 năm 2024

BÁO CÁO
Kết quả đấu thầu, cung ứng thuốc tại các cơ sở y tế công lập năm 2023

I. KẾT QUẢ THỰC HIỆN

1. Lựa chọn nhà thầu

Năm 2023, Sở Y tế tổ chức đấu thầu tập trung cấp địa phương với 1.056 mặt hàng thuốc, tổng giá trị trúng thầu là 612,4 tỷ đồng, tiết kiệm 48,7 tỷ đồng so với giá kế hoạch, tương ứng 7,4%. Có 1.012/1.056 mặt hàng có nhà thầu trúng thầu; 44 mặt hàng không có nhà thầu tham dự.

2. Sử dụng thuốc theo nhóm

Bảng 1. Giá trị thuốc sử dụng tại các cơ sở y tế công lập năm 2023
Đơn vị tính: tỷ đồng
Nhóm thuốc | Giá trị trúng thầu | Giá trị thực hiện | Tỷ lệ thực hiện (%)
Thuốc generic | 438,6 | 352,1 | 80,3
Thuốc biệt dược gốc | 96,2 | 81,7 | 84,9
Thuốc cổ truyền, dược liệu | 77,6 | 49,3 | 63,5
Tổng cộng | 612,4 | 483,1 | 78,9

Giá trị thuốc sản xuất trong nước chiếm 41,2% tổng giá trị thực hiện, tăng 3,5 điểm phần trăm so với năm 2022.

II. TỒN TẠI, HẠN CHẾ

Còn 9/27 đơn vị xảy ra tình trạng thiếu thuốc cục bộ, chủ yếu là thuốc điều trị ung thư và thuốc hiếm.

III. NHIỆM VỤ NĂM 2024

Dự kiến tổng giá trị gói thầu thuốc năm 2024 khoảng 680 tỷ đồng; phấn đấu tỷ lệ sử dụng thuốc sản xuất trong nước đạt trên 45%.

Nơi nhận:
- Bộ Y tế;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T23 = inh(per("năm 2023", "2023-01-01", "2023-12-31"))
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
B = 1_000_000_000


def cell(anchor, number, value, row, col, kind="money", unit="đồng"):
    return fig(anchor, number, value, kind, unit, f"{row} {col}", T23)


FIGS = [
    fig("với 1.056 mặt hàng", "1.056", 1056, "count", "mặt hàng", "mặt hàng thuốc đấu thầu tập trung cấp địa phương", Y23),
    fig("là 612,4 tỷ", "612,4", 612.4 * B, "money", "đồng", "tổng giá trị trúng thầu", Y23),
    fig("tiết kiệm 48,7 tỷ", "48,7", 48.7 * B, "money", "đồng", "giá trị tiết kiệm so với giá kế hoạch", Y23,
        percent=7.4),
    fig("1.012/1.056", "1.012", 1012, "count", "mặt hàng", "mặt hàng có nhà thầu trúng thầu", inh(Y23), total=1056),
    fig("44 mặt hàng", "44", 44, "count", "mặt hàng", "mặt hàng không có nhà thầu tham dự", inh(Y23)),
    cell("generic | 438,6", "438,6", 438.6 * B, "Thuốc generic", "giá trị trúng thầu"),
    cell("| 352,1", "352,1", 352.1 * B, "Thuốc generic", "giá trị thực hiện"),
    cell("| 80,3", "80,3", 80.3, "Thuốc generic", "tỷ lệ thực hiện", "percent", "%"),
    cell("| 96,2", "96,2", 96.2 * B, "Thuốc biệt dược gốc", "giá trị trúng thầu"),
    cell("| 81,7", "81,7", 81.7 * B, "Thuốc biệt dược gốc", "giá trị thực hiện"),
    cell("| 84,9", "84,9", 84.9, "Thuốc biệt dược gốc", "tỷ lệ thực hiện", "percent", "%"),
    cell("| 77,6", "77,6", 77.6 * B, "Thuốc cổ truyền, dược liệu", "giá trị trúng thầu"),
    cell("| 49,3", "49,3", 49.3 * B, "Thuốc cổ truyền, dược liệu", "giá trị thực hiện"),
    cell("| 63,5", "63,5", 63.5, "Thuốc cổ truyền, dược liệu", "tỷ lệ thực hiện", "percent", "%"),
    cell("cộng | 612,4", "612,4", 612.4 * B, "Tổng cộng", "giá trị trúng thầu"),
    cell("| 483,1", "483,1", 483.1 * B, "Tổng cộng", "giá trị thực hiện"),
    cell("| 78,9", "78,9", 78.9, "Tổng cộng", "tỷ lệ thực hiện", "percent", "%"),
    fig("chiếm 41,2%", "41,2", 41.2, "percent", "%", "giá trị thuốc sản xuất trong nước trong tổng giá trị thực hiện",
        change=chg("increase", 3.5, "điểm phần trăm", "năm 2022")),
    fig("Còn 9/27", "9", 9, "count", "đơn vị", "đơn vị xảy ra tình trạng thiếu thuốc cục bộ", total=27),
    fig("khoảng 680 tỷ", "680", 680 * B, "money", "đồng", "tổng giá trị gói thầu thuốc", Y24, approx="about",
        status="forecast"),
    fig("trên 45%", "45", 45, "percent", "%", "tỷ lệ sử dụng thuốc sản xuất trong nước", Y24, approx="over",
        status="target"),
]

NOTES = [
    "Formal report under a letterhead: UBND tỉnh Bắc Giang, Số: 27/BC-UBND, 'Bắc Giang, ngày 22 tháng 01 năm 2024' (published).",
    "Flattened '|' table with 'Đơn vị tính: tỷ đồng': every numeric cell is a figure (money x10^9; the '(%)' column is percent);",
    "subject = row label + column label; period from the table title 'năm 2023' (another line: inherited). The Tổng cộng row is figures too.",
    "Distractors: 'Số: 27/BC-UBND', 'Bảng 1', section numbers 'I.', '1.', '2.', 'II.', 'III.', date line, 'KT. CHỦ TỊCH'.",
    "'tiết kiệm 48,7 tỷ đồng ..., tương ứng 7,4%' -> percent 7.4 (share after 'tương ứng', read like 'tương đương').",
    "'chiếm 41,2% ..., tăng 3,5 điểm phần trăm so với năm 2022' -> a share with its change (not a growth rate claim).",
    "'Dự kiến ... khoảng 680 tỷ đồng' forecast; '; phấn đấu ... trên 45%' target (its own cue). 44 after '1.012/1.056' has no cue: no total.",
]

if __name__ == "__main__":
    emit("p577-3", TEXT, NOTES, FIGS, published="2024-01-22", location="Bắc Giang")
