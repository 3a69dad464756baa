"""p1129-3: formal report (UBND tỉnh Hải Dương) on guava production 2023, flattened | table by district."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH HẢI DƯƠNG
Số: 286/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 18 tháng 12 năm 2023

BÁO CÁO
Tình hình sản xuất, tiêu thụ ổi năm 2023

I. KẾT QUẢ SẢN XUẤT
1. Diện tích, sản lượng
Năm 2023, toàn tỉnh có 3.215 ha ổi, giảm 2,1% so với năm 2022 do chuyển một phần diện tích sang trồng cây có múi; sản lượng ước đạt 61.300 tấn, năng suất bình quân ước 21,4 tấn/ha. Diện tích theo địa phương như sau:

Đơn vị tính: ha
Địa phương | Diện tích trồng | Diện tích cho thu hoạch | Diện tích VietGAP
Thanh Hà | 1.240 | 1.105 | 310
Tứ Kỳ | 865 | 790 | 146
Gia Lộc | 520 | 472 | 85
Các huyện khác | 590 | 498 | 59
Tổng cộng | 3.215 | 2.865 | 600

2. Tiêu thụ, giá bán
Giá ổi bình quân tại vườn năm 2023 đạt 11.500 đồng/kg, tăng 1.500 đồng/kg so với năm 2022. Có 7 doanh nghiệp, 12 hợp tác xã tham gia liên kết tiêu thụ, bao tiêu khoảng 9.800 tấn, chiếm 16% sản lượng; trong đó 2.350 tấn được đưa vào các hệ thống siêu thị Big C, WinMart, Co.opmart. Doanh thu từ ổi ước đạt 705 tỷ đồng.

II. NHIỆM VỤ NĂM 2024
Phấn đấu duy trì diện tích ổi khoảng 3.200 ha, nâng diện tích VietGAP lên ít nhất 750 ha; phát triển thêm 3 chuỗi liên kết tiêu thụ ổi gắn với mã số vùng trồng.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN2.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23p = per("năm 2023 đạt", "2023-01-01", "2023-12-31")
Y24 = per("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {1: "diện tích trồng ổi", 2: "diện tích ổi cho thu hoạch", 3: "diện tích ổi VietGAP"}


def cell(anchor, number, value, col, place=None, row=None):
    subj = COLS[col] + (f" {row}" if row else "")
    kw = {"location": place} if place else {}
    return fig(anchor, number, value, "measure", "ha", subject=subj, period=inh(Y23), **kw)


FIGS = [
    fig("có 3.215 ha", "3.215", 3215, "measure", "ha", change=chg("decrease", 2.1, "%", "năm 2022"),
        subject="diện tích ổi", period=Y23),
    fig("61.300 tấn", "61.300", 61300, "measure", "tấn", status="estimate", subject="sản lượng ổi", period=Y23),
    fig("ước 21,4 tấn/ha", "21,4", 21.4, "measure", "tấn/ha", status="estimate",
        subject="năng suất bình quân ổi", period=Y23),
    cell("Thanh Hà | 1.240", "1.240", 1240, 1, "Thanh Hà"),
    cell("1.240 | 1.105", "1.105", 1105, 2, "Thanh Hà"),
    cell("1.105 | 310", "310", 310, 3, "Thanh Hà"),
    cell("Tứ Kỳ | 865", "865", 865, 1, "Tứ Kỳ"),
    cell("865 | 790", "790", 790, 2, "Tứ Kỳ"),
    cell("790 | 146", "146", 146, 3, "Tứ Kỳ"),
    cell("Gia Lộc | 520", "520", 520, 1, "Gia Lộc"),
    cell("520 | 472", "472", 472, 2, "Gia Lộc"),
    cell("472 | 85", "85", 85, 3, "Gia Lộc"),
    cell("khác | 590", "590", 590, 1, row="các huyện khác"),
    cell("590 | 498", "498", 498, 2, row="các huyện khác"),
    cell("498 | 59", "59", 59, 3, row="các huyện khác"),
    cell("Tổng cộng | 3.215", "3.215", 3215, 1, row="tổng cộng"),
    cell("3.215 | 2.865", "2.865", 2865, 2, row="tổng cộng"),
    cell("2.865 | 600", "600", 600, 3, row="tổng cộng"),
    fig("đạt 11.500 đồng/kg", "11.500", 11500, "money", "đồng/kg",
        change=chg("increase", 1500, "đồng/kg", "năm 2022"), subject="giá ổi bình quân tại vườn", period=Y23p),
    fig("Có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
        subject="doanh nghiệp tham gia liên kết tiêu thụ ổi", period=inh(Y23)),
    fig("12 hợp tác xã", "12", 12, "count", "hợp tác xã",
        subject="hợp tác xã tham gia liên kết tiêu thụ ổi", period=inh(Y23)),
    fig("khoảng 9.800 tấn", "9.800", 9800, "measure", "tấn", approx="about", percent=16,
        subject="ổi được bao tiêu qua liên kết", period=inh(Y23)),
    fig("2.350 tấn", "2.350", 2350, "measure", "tấn", total=9800,
        subject="ổi được đưa vào các hệ thống siêu thị", period=inh(Y23)),
    fig("705 tỷ", "705", 705000000000, "money", "đồng", status="estimate", subject="doanh thu từ ổi",
        period=inh(Y23)),
    fig("khoảng 3.200 ha", "3.200", 3200, "measure", "ha", approx="about", status="target",
        subject="diện tích ổi duy trì", period=Y24),
    fig("ít nhất 750 ha", "750", 750, "measure", "ha", approx="at_least", status="target",
        subject="diện tích ổi VietGAP", period=Y24),
    fig("thêm 3 chuỗi", "3", 3, "count", "chuỗi liên kết tiêu thụ", status="target",
        subject="chuỗi liên kết tiêu thụ ổi phát triển thêm", period=Y24),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH HẢI DƯƠNG', 'Số: 286/BC-UBND', 'Hải Dương, ngày 18 tháng 12 năm 2023' (published).",
    "Flattened '|' table, 'Đơn vị tính: ha'; row labels are districts → location (Thanh Hà, Tứ Kỳ, Gia Lộc); 'Các huyện khác' and",
    "'Tổng cộng' keep the province and put the row label in the subject. Subject = column label. Period 'Năm 2023' from the section's",
    "first sentence (inherited). Cells get no totals; the 'Tổng cộng' row is its own figures. 'ước 21,4 tấn/ha' → estimate.",
    "'bao tiêu khoảng 9.800 tấn, chiếm 16% sản lượng; trong đó 2.350 tấn ...' → percent 16 on 9.800, total 9.800 on 2.350.",
    "Section II (heading 'NHIỆM VỤ NĂM 2024', inherited) 'Phấn đấu ...' → target, continuing after ';'.",
    "Distractors: 'Số: 286/BC-UBND', section numbers I./II./1./2., 'một phần diện tích', 'NN2', 'Big C'.",
]

if __name__ == "__main__":
    write("p1129-3", TEXT, NOTES, FIGS, published="2023-12-18", location="Hải Dương")
