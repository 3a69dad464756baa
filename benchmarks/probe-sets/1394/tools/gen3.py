"""p1394-3: formal report (UBND tỉnh Quảng Ninh, Số: 112/BC-UBND): ash and slag 2023, flattened '|' table by plant."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NINH
Số: 112/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 26 tháng 02 năm 2024

BÁO CÁO
Kết quả xử lý, tiêu thụ tro, xỉ của các nhà máy nhiệt điện năm 2023

I. TÌNH HÌNH PHÁT SINH VÀ TIÊU THỤ
1. Khái quát
Trên địa bàn tỉnh có 6 nhà máy nhiệt điện than đang vận hành, tổng công suất 5.870 MW. Năm 2023, tổng lượng tro xỉ phát sinh 4,86 triệu tấn, tăng 7,3% so với năm 2022; lượng tiêu thụ đạt 3,12 triệu tấn, bằng 64,2% lượng phát sinh, vượt 4,2% so với kế hoạch. Lượng tro xỉ tồn lưu tại các bãi chứa đến ngày 31/12/2023 khoảng 17,4 triệu tấn.

2. Kết quả theo từng nhà máy
Đơn vị tính: nghìn tấn
Nhà máy | Phát sinh năm 2023 | Tiêu thụ năm 2023 | So với cùng kỳ (%)
Nhiệt điện Bình Minh | 1.420 | 1.015 | 112,6
Nhiệt điện Thành Công | 1.265 | 768 | 98,4
Nhiệt điện Hải Âu | 1.104 | 742 | 106,1
Các nhà máy khác | 1.071 | 595 | 109,8
Tổng cộng | 4.860 | 3.120 | 106,9

3. Sử dụng tro xỉ theo lĩnh vực
Trong năm, khoảng 1,65 triệu tấn tro xỉ được dùng làm phụ gia xi măng, chiếm 52,9% lượng tiêu thụ; 0,48 triệu tấn dùng sản xuất gạch không nung và bê tông; phần còn lại dùng san lấp, hoàn nguyên moong khai thác than tại thành phố Cẩm Phả và thị xã Đông Triều.

II. NHIỆM VỤ NĂM 2024
Năm 2024, phấn đấu tiêu thụ 3,5 triệu tấn tro xỉ, tăng 12% so với năm 2023; hoàn thành di dời bãi xỉ số 2 theo Quyết định số 2415/QĐ-UBND ngày 15/9/2023 của UBND tỉnh; đưa vào sử dụng từ 15 đến 20 km đường giao thông nông thôn làm bằng tro xỉ.

Nơi nhận:
- Bộ Công Thương;
- Bộ Xây dựng;
- Lưu: VT, CN3.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
PS = per("Phát sinh năm 2023", "2023-01-01", "2023-12-31")
TT = per("Tiêu thụ năm 2023", "2023-01-01", "2023-12-31")
IN_YEAR = per("Trong năm", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("đến ngày 31/12/2023", None, "2023-12-31")

ROWS = [("Nhiệt điện Bình Minh", "Bình Minh", ["1.420", "1.015", "112,6"]),
        ("Nhiệt điện Thành Công", "Thành Công", ["1.265", "768", "98,4"]),
        ("Nhiệt điện Hải Âu", "Hải Âu", ["1.104", "742", "106,1"]),
        ("các nhà máy khác", "khác", ["1.071", "595", "109,8"]),
        ("tổng cộng", "Tổng cộng", ["4.860", "3.120", "106,9"])]


def cells():
    out = []
    for row, tail, nums in ROWS:
        prev = tail
        for i, n in enumerate(nums):
            anchor = f"{prev} | {n}"
            if i == 0:
                out.append(fig(anchor, n, float(n.replace(".", "")) * 1e3, "measure", "tấn",
                               subject=f"tro xỉ phát sinh năm 2023 {row}", period=PS))
            elif i == 1:
                out.append(fig(anchor, n, float(n.replace(".", "")) * 1e3, "measure", "tấn",
                               subject=f"tro xỉ tiêu thụ năm 2023 {row}", period=TT))
            else:
                out.append(fig(anchor, n, float(n.replace(",", ".")), "percent", "%",
                               subject=f"tiêu thụ tro xỉ {row} so với cùng kỳ", period=inh(Y23)))
            prev = n
    return out


FIGS = [
    fig("có 6 nhà máy", "6", 6, "count", "nhà máy", subject="nhà máy nhiệt điện than đang vận hành"),
    fig("tổng công suất 5.870 MW", "5.870", 5870, "measure", "MW",
        subject="tổng công suất các nhà máy nhiệt điện than"),
    fig("phát sinh 4,86 triệu", "4,86", 4.86e6, "measure", "tấn",
        change=chg("increase", 7.3, "%", "năm 2022"), subject="tổng lượng tro xỉ phát sinh", period=Y23),
    fig("đạt 3,12 triệu", "3,12", 3.12e6, "measure", "tấn", percent=64.2,
        change=chg("increase", 4.2, "%", "kế hoạch"), subject="lượng tro xỉ tiêu thụ", period=Y23),
    fig("khoảng 17,4 triệu", "17,4", 17.4e6, "measure", "tấn", approx="about",
        subject="lượng tro xỉ tồn lưu tại các bãi chứa", period=ASOF),
] + cells() + [
    fig("khoảng 1,65 triệu", "1,65", 1.65e6, "measure", "tấn", approx="about", percent=52.9,
        subject="tro xỉ được dùng làm phụ gia xi măng", period=IN_YEAR),
    fig("; 0,48 triệu", "0,48", 0.48e6, "measure", "tấn",
        subject="tro xỉ dùng sản xuất gạch không nung và bê tông", period=IN_YEAR),
    fig("tiêu thụ 3,5 triệu", "3,5", 3.5e6, "measure", "tấn", status="target",
        change=chg("increase", 12, "%", "năm 2023"), subject="tro xỉ tiêu thụ", period=Y24),
    fig("từ 15 đến 20 km", "15", 15, "measure", "km", value_max=20, status="target",
        subject="đường giao thông nông thôn làm bằng tro xỉ đưa vào sử dụng", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG NINH', 'Số: 112/BC-UBND', 'Quảng Ninh, ngày 26 tháng 02 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: 'Số: 112/BC-UBND', section numbers, 'bãi xỉ số 2', 'Quyết định số 2415/QĐ-UBND ngày 15/9/2023', 'Lưu: VT, CN3.',",
    "baselines 'năm 2022', 'năm 2023'; places Cẩm Phả, Đông Triều carry no figure.",
    "'bằng 64,2% lượng phát sinh' -> percent of 3,12 triệu; 'vượt 4,2% so với kế hoạch' -> its change (baseline kế hoạch), per 'Result against plan'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn tấn': plant rows; columns 'Phát sinh năm 2023', 'Tiêu thụ năm 2023' give period 2023 (scored);",
    "'So với cùng kỳ (%)' cells are percent figures (value as written, e.g. 112,6 = consumption at 112,6% of the year before);",
    "their column has no year, the caption's 'năm 2023' stands elsewhere -> inherited. Plants are not places: they go to subject. Cells get no total.",
    "'Trong năm' in a yearly report = 2023. 1,65 triệu carries 'chiếm 52,9% lượng tiêu thụ'; no 'trong đó' cue, so no total.",
    "Section II 'Năm 2024, phấn đấu' governs the whole sentence (target), including 'từ 15 đến 20 km'.",
]

if __name__ == "__main__":
    write("p1394-3", TEXT, NOTES, FIGS, published="2024-02-26", location="Quảng Ninh")
