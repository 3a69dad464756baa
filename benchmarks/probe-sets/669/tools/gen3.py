"""p669-3: formal report of Sở KH&ĐT Thái Bình on procurement in 2023, flattened '|' table by field."""
from lib import write, fig, per, inh, chg, tgt

TEXT = """UBND TỈNH THÁI BÌNH
SỞ KẾ HOẠCH VÀ ĐẦU TƯ
Số: 86/BC-SKHĐT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 12 tháng 01 năm 2024

BÁO CÁO
Tình hình thực hiện công tác đấu thầu năm 2023

Thực hiện Công văn số 9125/BKHĐT-QLĐT ngày 02/11/2023 của Bộ Kế hoạch và Đầu tư, Sở Kế hoạch và Đầu tư báo cáo như sau:

I. KẾT QUẢ LỰA CHỌN NHÀ THẦU
1. Năm 2023, toàn tỉnh tổ chức lựa chọn nhà thầu 3.415 gói thầu, tổng giá gói thầu 7.862,4 tỷ đồng, tổng giá trúng thầu 7.391,5 tỷ đồng; giá trị tiết kiệm 470,9 tỷ đồng, tỷ lệ tiết kiệm bình quân 5,99%. Chi tiết tại Bảng 1.

Bảng 1. Kết quả lựa chọn nhà thầu theo lĩnh vực năm 2023
Lĩnh vực | Số gói thầu | Giá gói thầu (tỷ đồng) | Giá trúng thầu (tỷ đồng) | Tỷ lệ tiết kiệm (%)
Phi tư vấn | 214 | 182,6 | 171,9 | 5,86
Tư vấn | 1.126 | 356,8 | 338,2 | 5,21
Hàng hóa | 905 | 1.245,3 | 1.150,7 | 7,60
Xây lắp | 1.123 | 5.894,1 | 5.557,0 | 5,72
Hỗn hợp | 47 | 183,6 | 173,7 | 5,39
Tổng cộng | 3.415 | 7.862,4 | 7.391,5 | 5,99

2. Đấu thầu qua mạng: có 2.946 gói thầu, đạt 86,3% tổng số gói thầu, với tổng giá gói thầu 6.538,2 tỷ đồng, chiếm 83,2% tổng giá gói thầu toàn tỉnh.
3. Chỉ định thầu: 412 gói thầu, tổng giá trúng thầu 265,4 tỷ đồng; lĩnh vực tư vấn và phi tư vấn lần lượt chiếm 61% và 18% số gói chỉ định thầu.

II. NHIỆM VỤ NĂM 2024
Phấn đấu tỷ lệ lựa chọn nhà thầu qua mạng đạt trên 90% số gói thầu; kiểm tra tối thiểu 10% số chủ đầu tư trên địa bàn.

Nơi nhận:
- Bộ KH&ĐT (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, ĐT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T23 = per("năm 2023", "2023-01-01", "2023-12-31", inherited=True)   # from the table title
Y24 = per("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)   # from the section heading

ROWS = [  # label, count, package price, winning price, saving rate
    ("Phi tư vấn", "214", "182,6", "171,9", "5,86"),
    ("Tư vấn", "1.126", "356,8", "338,2", "5,21"),
    ("Hàng hóa", "905", "1.245,3", "1.150,7", "7,60"),
    ("Xây lắp", "1.123", "5.894,1", "5.557,0", "5,72"),
    ("Hỗn hợp", "47", "183,6", "173,7", "5,39"),
    ("Tổng cộng", "3.415", "7.862,4", "7.391,5", "5,99"),
]


def n(s):
    return float(s.replace(".", "").replace(",", "."))


def table_figs():
    out = []
    for label, c, g, w, r in ROWS:
        low = label.lower()
        out.append(fig(f"{label} | {c} |", c, n(c), "count", "gói thầu", f"Số gói thầu {low}", T23))
        out.append(fig(f"| {c} | {g} |", g, n(g) * 1e9, "money", "đồng", f"Giá gói thầu {low}", T23))
        out.append(fig(f"| {g} | {w} |", w, n(w) * 1e9, "money", "đồng", f"Giá trúng thầu {low}", T23))
        out.append(fig(f"| {w} | {r}", r, n(r), "percent", "%", f"Tỷ lệ tiết kiệm {low}", T23))
    return out


FIGS = [
    fig("nhà thầu 3.415 gói thầu", "3.415", 3415, "count", "gói thầu",
        "gói thầu tổ chức lựa chọn nhà thầu", Y23),
    fig("gói thầu 7.862,4 tỷ đồng", "7.862,4", 7862.4e9, "money", "đồng", "tổng giá gói thầu", Y23),
    fig("trúng thầu 7.391,5 tỷ đồng", "7.391,5", 7391.5e9, "money", "đồng", "tổng giá trúng thầu", Y23),
    fig("tiết kiệm 470,9 tỷ đồng", "470,9", 470.9e9, "money", "đồng", "giá trị tiết kiệm", Y23),
    fig("bình quân 5,99%", "5,99", 5.99, "percent", "%", "tỷ lệ tiết kiệm bình quân", Y23),
] + table_figs() + [
    fig("có 2.946 gói thầu", "2.946", 2946, "count", "gói thầu", "gói thầu đấu thầu qua mạng", inh(Y23),
        percent=86.3),
    fig("giá gói thầu 6.538,2 tỷ đồng", "6.538,2", 6538.2e9, "money", "đồng",
        "tổng giá gói thầu đấu thầu qua mạng", inh(Y23), percent=83.2),
    fig("Chỉ định thầu: 412 gói thầu", "412", 412, "count", "gói thầu", "gói thầu chỉ định thầu", inh(Y23)),
    fig("trúng thầu 265,4 tỷ đồng", "265,4", 265.4e9, "money", "đồng",
        "tổng giá trúng thầu các gói chỉ định thầu", inh(Y23)),
    fig("chiếm 61%", "61", 61, "percent", "%", "gói thầu lĩnh vực tư vấn trong số gói chỉ định thầu", inh(Y23)),
    fig("và 18% số gói", "18", 18, "percent", "%", "gói thầu lĩnh vực phi tư vấn trong số gói chỉ định thầu",
        inh(Y23)),
    fig("trên 90% số gói thầu", "90", 90, "percent", "%", "tỷ lệ lựa chọn nhà thầu qua mạng", Y24,
        approx="over", status="target"),
    fig("tối thiểu 10% số chủ đầu tư", "10", 10, "percent", "%", "chủ đầu tư được kiểm tra", Y24,
        approx="at_least", status="target"),
]

COMMENTS = [
    "Formal report under a letterhead: Sở KH&ĐT Thái Bình, Số: 86/BC-SKHĐT, 'Thái Bình, ngày 12 tháng 01 năm 2024'.",
    "Flattened '|' table (Bảng 1) by field: every numeric cell is a figure, the Tổng cộng row included; money columns carry",
    "'(tỷ đồng)' in the header; subject = column + row label; period from the table title (inherited, unscored).",
    "No total on table cells (parts listed before the whole, no cue). Distractors: document numbers, Công văn số 9125/BKHĐT-QLĐT,",
    "dates, 'Bảng 1', section numbers I./II./1./2./3., '(b/c)'.",
    "'tỷ lệ tiết kiệm bình quân 5,99%' has no share cue after 470,9 tỷ: a percent figure of its own.",
    "'lần lượt chiếm 61% và 18%' are percent figures (no non-percent figure before them). Section II targets: year from the heading.",
]

if __name__ == "__main__":
    write("p669-3", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Thái Bình")
