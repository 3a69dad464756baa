"""p1194-3: formal report (UBND tỉnh Đồng Tháp), dried fruit 2023 and plan 2024, flattened | table by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐỒNG THÁP
Số: 58/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 22 tháng 02 năm 2024

BÁO CÁO
Tình hình chế biến trái cây sấy năm 2023 và kế hoạch năm 2024

I. KẾT QUẢ NĂM 2023
1. Năng lực chế biến
Tính đến ngày 31/12/2023, toàn tỉnh có 64 cơ sở, doanh nghiệp chế biến trái cây sấy, tăng 7 cơ sở so với cuối năm 2022; trong đó 11 doanh nghiệp có dây chuyền sấy thăng hoa, sấy chân không. Tổng công suất thiết kế khoảng 21.000 tấn nguyên liệu/năm.

2. Sản lượng
Năm 2023, sản lượng trái cây sấy toàn tỉnh đạt 5.120 tấn, bằng 106,7% kế hoạch, tăng 9,4% so với năm 2022; giá trị sản xuất ước đạt 742 tỷ đồng. Sản phẩm chủ lực là xoài sấy dẻo, quýt hồng sấy và hạt sen sấy.

Sản lượng trái cây sấy phân theo địa phương:
Đơn vị tính: tấn
Địa phương | Năm 2022 | Năm 2023 | Kế hoạch 2024
Thành phố Cao Lãnh | 1.210 | 1.386 | 1.500
Huyện Cao Lãnh | 1.045 | 1.152 | 1.250
Huyện Lai Vung | 980 | 1.074 | 1.150
Thành phố Sa Đéc | 640 | 705 | 800
Các địa phương khác | 805 | 803 | 900
Tổng cộng | 4.680 | 5.120 | 5.600

3. Tiêu thụ, lao động
Các cơ sở xuất khẩu khoảng 1.850 tấn sản phẩm sấy sang Hàn Quốc, Nhật Bản, EU, chiếm 36,1% sản lượng; giải quyết việc làm cho hơn 2.300 lao động, thu nhập bình quân 6,8 triệu đồng/người/tháng.

II. KẾ HOẠCH NĂM 2024
Phấn đấu sản lượng trái cây sấy đạt 5.600 tấn; thu hút thêm 2 dự án đầu tư dây chuyền sấy thăng hoa, tổng vốn dự kiến 180 tỷ đồng.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

ASOF = per("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("KẾ HOẠCH NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {"Năm 2022": per("Năm 2022", "2022-01-01", "2022-12-31"),
        "Năm 2023": per("Năm 2023", "2023-01-01", "2023-12-31"),
        "Kế hoạch 2024": per("Kế hoạch 2024", "2024-01-01", "2024-12-31")}
IND = "sản lượng trái cây sấy"


def cell(anchor, number, value, row, col, place=None):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    if place:
        kw["location"] = place
        subj = f"{IND} {col.lower()}"
    else:
        subj = f"{IND} {row.lower()} {col.lower()}"
    return fig(anchor, number, value, "measure", "tấn", subject=subj, period=COLS[col], **kw)


ROWS = [("Thành phố Cao Lãnh", "Thành phố Cao Lãnh", ("1.210", "1.386", "1.500"), "Lãnh | "),
        ("Huyện Cao Lãnh", "Huyện Cao Lãnh", ("1.045", "1.152", "1.250"), "Lãnh | "),
        ("Huyện Lai Vung", "Lai Vung", ("980", "1.074", "1.150"), "Vung | "),
        ("Thành phố Sa Đéc", "Sa Đéc", ("640", "705", "800"), "Đéc | "),
        ("Các địa phương khác", None, ("805", "803", "900"), "khác | "),
        ("Tổng cộng", None, ("4.680", "5.120", "5.600"), "cộng | ")]
CELLS = []
for row, place, nums, lead in ROWS:
    a, b, c = nums
    first = f"{lead}{a}" if lead != "Lãnh | " else f"{row} | {a}"
    CELLS.append(cell(first, a, float(a.replace(".", "")), row, "Năm 2022", place))
    CELLS.append(cell(f"{a} | {b}", b, float(b.replace(".", "")), row, "Năm 2023", place))
    CELLS.append(cell(f"{b} | {c}", c, float(c.replace(".", "")), row, "Kế hoạch 2024", place))

FIGS = [
    fig("có 64 cơ sở", "64", 64, "count", "cơ sở, doanh nghiệp",
        change=chg("increase", 7, "cơ sở", "cuối năm 2022"),
        subject="cơ sở, doanh nghiệp chế biến trái cây sấy", period=ASOF),
    fig("trong đó 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", total=64,
        subject="doanh nghiệp có dây chuyền sấy thăng hoa, sấy chân không", period=ASOF),
    fig("khoảng 21.000 tấn", "21.000", 21000, "measure", "tấn/năm", approx="about",
        subject="tổng công suất thiết kế", period=inh(ASOF)),
    fig("đạt 5.120 tấn", "5.120", 5120, "measure", "tấn", percent=106.7,
        change=chg("increase", 9.4, "%", "năm 2022"), subject="sản lượng trái cây sấy toàn tỉnh", period=Y23),
    fig("ước đạt 742 tỷ đồng", "742", 742000000000, "money", "đồng", status="estimate",
        subject="giá trị sản xuất trái cây sấy", period=Y23),
] + CELLS + [
    fig("khoảng 1.850 tấn", "1.850", 1850, "measure", "tấn", approx="about", percent=36.1,
        subject="sản phẩm sấy xuất khẩu", period=inh(Y23)),
    fig("hơn 2.300 lao động", "2.300", 2300, "count", "lao động", approx="over",
        subject="lao động được giải quyết việc làm", period=inh(Y23)),
    fig("6,8 triệu", "6,8", 6800000, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động", period=inh(Y23)),
    fig("đạt 5.600 tấn", "5.600", 5600, "measure", "tấn", status="target",
        subject="sản lượng trái cây sấy", period=Y24),
    fig("thêm 2 dự án", "2", 2, "count", "dự án", status="target",
        subject="dự án đầu tư dây chuyền sấy thăng hoa thu hút thêm", period=Y24),
    fig("dự kiến 180 tỷ đồng", "180", 180000000000, "money", "đồng", status="forecast",
        subject="tổng vốn dự án đầu tư dây chuyền sấy thăng hoa", period=Y24),
]

NOTES = [
    "revised after the first run: unit of '21.000 tấn nguyên liệu/năm' 'tấn nguyên liệu/năm' -> 'tấn/năm' (shortest unit).",
    "Formal report under letterhead: UBND TỈNH ĐỒNG THÁP, 'Số: 58/BC-UBND', 'Đồng Tháp, ngày 22 tháng 02 năm 2024' (published).",
    "Flattened '|' table, 'Đơn vị tính: tấn'; rows are localities -> location (TP/Huyện Cao Lãnh both reduce to 'cao lãnh'),",
    "subject = caption indicator + column label; period from the column header (scored); 'Kế hoạch 2024' column -> target. Cells get no total.",
    "'Các địa phương khác' and 'Tổng cộng' are not places: row label in the subject, location Đồng Tháp.",
    "Distractors: Số: 58/BC-UBND, section numbers I./II./1.-3., 'Nơi nhận'. Section I.3 and II inherit their year from the headings.",
    "'tổng vốn dự kiến 180 tỷ đồng' has its own cue 'dự kiến' -> forecast (the clause before it is a 'Phấn đấu' target).",
]

if __name__ == "__main__":
    write("p1194-3", TEXT, NOTES, FIGS, published="2024-02-22", location="Đồng Tháp")
