"""p1486-3: formal report (UBND thành phố Nha Trang): laundry services 2024, flattened '|' table by type."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN
THÀNH PHỐ NHA TRANG
Số: 57/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nha Trang, ngày 16 tháng 01 năm 2025

BÁO CÁO
Kết quả quản lý hoạt động dịch vụ giặt là năm 2024

I. TÌNH HÌNH HOẠT ĐỘNG
1. Số lượng cơ sở
Đến ngày 31/12/2024, trên địa bàn thành phố có 236 cơ sở kinh doanh dịch vụ giặt là, tăng 9,8% so với năm 2023.

Bảng 1. Số cơ sở giặt là theo loại hình
Đơn vị tính: cơ sở
Loại hình | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Giặt là công nghiệp | 31 | 38 | 122,6
Giặt sấy tự động | 47 | 66 | 140,4
Giặt là thủ công | 137 | 132 | 96,4
Tổng cộng | 215 | 236 | 109,8

2. Công suất, lao động và doanh thu
Các cơ sở giặt là công nghiệp có tổng công suất khoảng 46 tấn đồ vải/ngày, phục vụ chủ yếu cho 312 khách sạn từ 3 sao trở lên. Toàn ngành sử dụng 1.450 lao động, gồm 980 lao động thường xuyên và 470 lao động thời vụ; thu nhập bình quân từ 7 đến 9 triệu đồng/người/tháng. Doanh thu toàn ngành năm 2024 ước đạt 418 tỷ đồng, tăng 17% so với năm 2023.

3. Bảo vệ môi trường
Tổng lượng nước thải từ hoạt động giặt là khoảng 1.900 m3/ngày, trong đó 1.240 m3/ngày đã được xử lý đạt QCVN 40:2011/BTNMT. Năm 2024, thành phố kiểm tra 58 cơ sở, xử phạt 11 cơ sở với số tiền 372 triệu đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu 100% cơ sở giặt là công nghiệp có hệ thống xử lý nước thải đạt chuẩn; hỗ trợ ít nhất 20 cơ sở chuyển sang thiết bị giặt tiết kiệm nước, năng lượng.

Nơi nhận:
- UBND tỉnh Khánh Hòa;
- Sở Tài nguyên và Môi trường;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y24s = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
ASOF = per("Đến ngày 31/12/2024", end="2024-12-31")

ROWS = [("Giặt là công nghiệp", "giặt là công nghiệp", ["31", "38", "122,6"]),
        ("Giặt sấy tự động", "giặt sấy tự động", ["47", "66", "140,4"]),
        ("Giặt là thủ công", "giặt là thủ công", ["137", "132", "96,4"]),
        ("Tổng cộng", "tổng cộng", ["215", "236", "109,8"])]
CELLS = []
for label, low, nums in ROWS:
    prev = label
    for i, n in enumerate(nums):
        a = f"{prev} | {n}"
        v = float(n.replace(",", "."))
        if i == 0:
            CELLS.append(fig(a, n, v, "count", "cơ sở", subject=f"số cơ sở {low} năm 2023", period=Y23))
        elif i == 1:
            CELLS.append(fig(a, n, v, "count", "cơ sở", subject=f"số cơ sở {low} năm 2024", period=Y24))
        else:
            CELLS.append(fig(a, n, v, "percent", "%", subject=f"số cơ sở {low} so với cùng kỳ", period=Y24i))
        prev = n

FIGS = [
    fig("có 236 cơ sở", "236", 236, "count", "cơ sở", change=chg("increase", 9.8, "%", "năm 2023"),
        subject="cơ sở kinh doanh dịch vụ giặt là", period=ASOF),
] + CELLS + [
    fig("khoảng 46 tấn", "46", 46, "measure", "tấn/ngày", approx="about",
        subject="tổng công suất các cơ sở giặt là công nghiệp"),
    fig("cho 312 khách sạn", "312", 312, "count", "khách sạn",
        subject="khách sạn từ 3 sao trở lên được các cơ sở giặt là công nghiệp phục vụ"),
    fig("sử dụng 1.450 lao động", "1.450", 1450, "count", "lao động",
        subject="lao động toàn ngành sử dụng"),
    fig("gồm 980 lao động", "980", 980, "count", "lao động", total=1450,
        subject="lao động thường xuyên"),
    fig("và 470 lao động", "470", 470, "count", "lao động", total=1450,
        subject="lao động thời vụ"),
    fig("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập bình quân"),
    fig("ước đạt 418 tỷ", "418", 418e9, "money", "đồng", status="estimate",
        change=chg("increase", 17, "%", "năm 2023"), subject="doanh thu toàn ngành", period=Y24s),
    fig("khoảng 1.900 m3", "1.900", 1900, "measure", "m3/ngày", approx="about",
        subject="tổng lượng nước thải từ hoạt động giặt là"),
    fig("trong đó 1.240 m3", "1.240", 1240, "measure", "m3/ngày", total=1900,
        subject="lượng nước thải đã được xử lý đạt quy chuẩn"),
    fig("kiểm tra 58 cơ sở", "58", 58, "count", "cơ sở", subject="cơ sở được kiểm tra", period=Y24),
    fig("xử phạt 11 cơ sở", "11", 11, "count", "cơ sở", subject="cơ sở bị xử phạt", period=Y24),
    fig("tiền 372 triệu", "372", 372e6, "money", "đồng", subject="số tiền xử phạt", period=Y24),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở giặt là công nghiệp có hệ thống xử lý nước thải đạt chuẩn", period=Y25),
    fig("ít nhất 20 cơ sở", "20", 20, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở được hỗ trợ chuyển sang thiết bị giặt tiết kiệm nước, năng lượng", period=Y25),
]

NOTES = [
    "Formal report (UBND thành phố Nha Trang, Số: 57/BC-UBND, 'Nha Trang, ngày 16 tháng 01 năm 2025'), sections I/II and 1-3, Nơi nhận.",
    "Distractors: Số: 57/BC-UBND, the letterhead date, 'Bảng 1', section numbers, 'khách sạn từ 3 sao', 'QCVN 40:2011/BTNMT', 'Lưu: VT, KT'.",
    "Flattened '|' table, 'Đơn vị tính: cơ sở': Năm 2023 / Năm 2024 cells are counts with the column's year (scored);",
    "'So với cùng kỳ (%)' cells are percent figures (the column has no period of its own: năm 2024 from the title, inherited); cells get no total.",
    "'Đến ngày 31/12/2024' is an as-of date. 'gồm 980 … và 470 …' are parts of 1.450 lao động; 'trong đó 1.240 m3/ngày' part of 1.900.",
    "'Các cơ sở … công suất khoảng 46 tấn đồ vải/ngày': unit tấn/ngày (đồ vải is what is weighed). Standing capacity, staff and wage: no period.",
    "Section II 'NHIỆM VỤ NĂM 2025' + 'Phấn đấu' → target; the year stands in the heading (inherited).",
]

if __name__ == "__main__":
    write("p1486-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Nha Trang")
