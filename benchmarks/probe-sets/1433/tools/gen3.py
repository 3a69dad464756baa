"""p1433-3: formal report (UBND tỉnh Đồng Tháp, Số: 09/BC-UBND): rice straws 2024, flattened '|' table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐỒNG THÁP
Số: 09/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả phát triển sản phẩm ống hút gạo thay thế nhựa dùng một lần năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Tình hình chung
Toàn tỉnh hiện có 12 cơ sở sản xuất ống hút gạo, tăng 2 cơ sở so với năm 2023; tổng công suất thiết kế khoảng 210 triệu ống/năm. Năm 2024, sản lượng ống hút gạo toàn tỉnh đạt 148,6 triệu ống, tăng 21,7% so với năm 2023, vượt kế hoạch đề ra là 140 triệu ống; các cơ sở đã sử dụng khoảng 2.350 tấn gạo tấm làm nguyên liệu.

2. Sản lượng theo địa phương
Đơn vị tính: triệu ống
Địa phương | Năm 2023 | Năm 2024 | So với năm 2023 (%)
Thành phố Sa Đéc | 68,2 | 81,5 | 119,5
Huyện Lai Vung | 29,4 | 37,3 | 126,9
Huyện Châu Thành | 24,5 | 29,8 | 121,6
Tổng cộng | 122,1 | 148,6 | 121,7

3. Thị trường và lao động
Sản phẩm đã xuất khẩu sang 14 thị trường, trong đó có 9 thị trường châu Âu; kim ngạch xuất khẩu năm 2024 ước đạt 2,85 triệu USD, chiếm khoảng 62% doanh thu. Các cơ sở sử dụng 640 lao động thường xuyên, thu nhập bình quân 6,8 triệu đồng/người/tháng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu sản lượng ống hút gạo năm 2025 đạt 175 triệu ống, tăng 17,8% so với năm 2024; hỗ trợ ít nhất 2 cơ sở đổi mới dây chuyền theo Quyết định số 1316/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phan Văn Lâm
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
RATIO = per("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)

ROWS = [("Thành phố Sa Đéc", "Sa Đéc", ["68,2", "81,5", "119,5"]),
        ("Huyện Lai Vung", "Lai Vung", ["29,4", "37,3", "126,9"]),
        ("Huyện Châu Thành", "Châu Thành", ["24,5", "29,8", "121,6"]),
        ("Tổng cộng", "Đồng Tháp", ["122,1", "148,6", "121,7"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    row = " tổng cộng" if label == "Tổng cộng" else ""
    for i, n in enumerate(nums):
        x = float(n.replace(",", "."))
        anchor = f"{prev} | {n}"
        if i == 0:
            CELLS.append(fig(anchor, n, x * 1e6, "count", "ống", subject=f"sản lượng ống hút gạo{row} năm 2023",
                             period=Y23, location=place))
        elif i == 1:
            CELLS.append(fig(anchor, n, x * 1e6, "count", "ống", subject=f"sản lượng ống hút gạo{row} năm 2024",
                             period=Y24, location=place))
        else:
            CELLS.append(fig(anchor, n, x, "percent", "%", subject=f"sản lượng ống hút gạo{row} so với năm 2023",
                             period=RATIO, location=place))
        prev = n

FIGS = [
    fig("có 12 cơ sở", "12", 12, "count", "cơ sở", change=chg("increase", 2, "cơ sở", "năm 2023"),
        subject="cơ sở sản xuất ống hút gạo"),
    fig("khoảng 210 triệu", "210", 210e6, "measure", "ống/năm", approx="about", subject="tổng công suất thiết kế"),
    fig("đạt 148,6 triệu", "148,6", 148.6e6, "count", "ống", change=chg("increase", 21.7, "%", "năm 2023"),
        target=tgt(140e6, "ống", met=True), subject="sản lượng ống hút gạo toàn tỉnh", period=Y24),
    fig("khoảng 2.350 tấn", "2.350", 2350, "measure", "tấn", approx="about",
        subject="gạo tấm các cơ sở đã sử dụng làm nguyên liệu", period=Y24),
] + CELLS + [
    fig("sang 14 thị trường", "14", 14, "count", "thị trường", subject="thị trường sản phẩm đã xuất khẩu sang"),
    fig("có 9 thị trường", "9", 9, "count", "thị trường", total=14, subject="thị trường châu Âu"),
    fig("ước đạt 2,85 triệu", "2,85", 2.85e6, "money", "USD", status="estimate", percent=62,
        subject="kim ngạch xuất khẩu", period=Y24b),
    fig("sử dụng 640 lao động", "640", 640, "count", "lao động", subject="lao động thường xuyên các cơ sở sử dụng"),
    fig("quân 6,8 triệu", "6,8", 6.8e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("đạt 175 triệu", "175", 175e6, "count", "ống", status="target",
        change=chg("increase", 17.8, "%", "năm 2024"), subject="sản lượng ống hút gạo", period=Y25),
    fig("ít nhất 2 cơ sở", "2", 2, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở được hỗ trợ đổi mới dây chuyền", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐỒNG THÁP', 'Số: 09/BC-UBND', 'Đồng Tháp, ngày 10 tháng 01 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: 09/BC-UBND, 'Quyết định số 1316/QĐ-TTg ngày 22/7/2021', section numbers, 'nhựa dùng một lần' (a term, not a count), baselines.",
    "'vượt kế hoạch đề ra là 140 triệu ống' → target 140 triệu ống, met true. 'tăng 2 cơ sở so với năm 2023' → change in cơ sở.",
    "'Toàn tỉnh hiện có ...' in a report dated 2025: no period. '; các cơ sở đã sử dụng khoảng 2.350 tấn' continues the Năm 2024 sentence.",
    "Flattened '|' table, 'Đơn vị tính: triệu ống': count cells in ống ×10^6; the place column goes to location (Sa Đéc, Lai Vung, Châu Thành;",
    "'Tổng cộng' → Đồng Tháp); subject = caption indicator + column label; period from 'Năm 2023'/'Năm 2024' headers (scored).",
    "'So với năm 2023 (%)' cells are percent figures (ratio of 2024 to 2023, no change object); the header names only the baseline,",
    "so their period (2024) is marked inherited (not scored). Table cells carry no total.",
    "'14 thị trường, trong đó có 9 thị trường châu Âu' → total 14. 'ước đạt 2,85 triệu USD, chiếm khoảng 62% doanh thu' → percent 62.",
    "Section II 'Phấn đấu ...; hỗ trợ ít nhất 2 cơ sở' → both target, period năm 2025 stated in the sentence.",
]

if __name__ == "__main__":
    write("p1433-3", TEXT, NOTES, FIGS, published="2025-01-10", location="Đồng Tháp")
