"""p1131-3: formal report (UBND tỉnh Hải Dương) on game points in 2023, flattened | table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HẢI DƯƠNG
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 20 tháng 12 năm 2023

BÁO CÁO
Kết quả quản lý điểm cung cấp dịch vụ trò chơi điện tử công cộng năm 2023

I. TÌNH HÌNH CHUNG
Tính đến ngày 30/11/2023, toàn tỉnh có 689 điểm cung cấp dịch vụ trò chơi điện tử công cộng được cấp giấy chứng nhận, giảm 42 điểm so với cuối năm 2022, với khoảng 12.400 máy tính. Ngoài ra còn 73 điểm truy cập Internet công cộng đặt tại bưu điện văn hóa xã, khách sạn, nhà hàng.

II. KẾT QUẢ KIỂM TRA, XỬ LÝ
1. Năm 2023, các đoàn kiểm tra liên ngành đã kiểm tra 214 điểm, bằng 31,1% số điểm được cấp phép; phát hiện 37 điểm vi phạm (21 điểm hoạt động quá giờ, 9 điểm không niêm yết nội quy, 7 điểm vi phạm khác), xử phạt tổng số tiền 152,5 triệu đồng. Kết quả tại các địa phương:
Đơn vị tính: điểm; tiền phạt: triệu đồng
Địa phương | Được cấp phép | Được kiểm tra | Vi phạm | Tiền phạt
TP Hải Dương | 168 | 52 | 11 | 48,0
TP Chí Linh | 74 | 25 | 5 | 19,5
TX Kinh Môn | 61 | 21 | 4 | 15,0
Huyện Cẩm Giàng | 55 | 18 | 3 | 12,5
Các huyện còn lại | 331 | 98 | 14 | 57,5
Tổng cộng | 689 | 214 | 37 | 152,5

2. Qua 18 đợt kiểm tra ban đêm, lực lượng công an phát hiện 126 lượt học sinh, trẻ em chơi game sau 22 giờ, giảm 27,6% so với năm 2022.

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu kiểm tra ít nhất 40% số điểm được cấp phép; xử lý nghiêm 100% trường hợp vi phạm; đưa phần mềm quản lý vào sử dụng từ quý II/2024.

Nơi nhận:
- Bộ TT&TT (b/c);
- Lưu: VT, VX2.
"""

ASOF = per("Tính đến ngày 30/11/2023", None, "2023-11-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31")

COLS = {"Được cấp phép": "điểm được cấp phép", "Được kiểm tra": "điểm được kiểm tra",
        "Vi phạm": "điểm vi phạm", "Tiền phạt": "tiền phạt"}


def cell(anchor, number, row, col, place=None):
    label = COLS[col]
    subject = label if place else f"{label} {row.lower()}"
    p = inh(ASOF) if col == "Được cấp phép" else inh(Y23)
    kw = {"location": place} if place else {}
    if col == "Tiền phạt":
        value = round(float(number.replace(",", ".")) * 1e6)
        return fig(anchor, number, value, "money", "đồng", subject=subject, period=p, **kw)
    return fig(anchor, number, int(number), "count", "điểm", subject=subject, period=p, **kw)


ROWS = [
    ("TP Hải Dương", "Hải Dương", ["TP Hải Dương | 168", "168 | 52", "52 | 11", "11 | 48,0"]),
    ("TP Chí Linh", "Chí Linh", ["Linh | 74", "74 | 25", "25 | 5", "5 | 19,5"]),
    ("TX Kinh Môn", "Kinh Môn", ["Môn | 61", "61 | 21", "21 | 4", "4 | 15,0"]),
    ("Huyện Cẩm Giàng", "Cẩm Giàng", ["Giàng | 55", "55 | 18", "18 | 3", "3 | 12,5"]),
    ("Các huyện còn lại", None, ["lại | 331", "331 | 98", "98 | 14", "14 | 57,5"]),
    ("Tổng cộng", None, ["Tổng cộng | 689", "689 | 214", "214 | 37", "37 | 152,5"]),
]
CELLS = []
for row, place, anchors in ROWS:
    for col, anchor in zip(COLS, anchors):
        number = anchor.split(" | ")[-1] if anchor.count("|") == 1 else None
        CELLS.append(cell(anchor, number, row, col, place))

FIGS = [
    fig("có 689 điểm", "689", 689, "count", "điểm",
        subject="điểm cung cấp dịch vụ trò chơi điện tử công cộng được cấp giấy chứng nhận", period=ASOF,
        change=chg("decrease", 42, "điểm", "cuối năm 2022")),
    fig("khoảng 12.400 máy", "12.400", 12400, "count", "máy tính", approx="about",
        subject="máy tính tại các điểm cung cấp dịch vụ trò chơi điện tử công cộng", period=ASOF),
    fig("còn 73 điểm", "73", 73, "count", "điểm",
        subject="điểm truy cập Internet công cộng đặt tại bưu điện văn hóa xã, khách sạn, nhà hàng",
        period=inh(ASOF)),
    fig("kiểm tra 214 điểm", "214", 214, "count", "điểm", percent=31.1,
        subject="điểm được các đoàn kiểm tra liên ngành kiểm tra", period=Y23),
    fig("phát hiện 37 điểm", "37", 37, "count", "điểm", subject="điểm vi phạm", period=Y23),
    fig("(21 điểm", "21", 21, "count", "điểm", total=37, subject="điểm hoạt động quá giờ", period=Y23),
    fig("9 điểm không", "9", 9, "count", "điểm", total=37, subject="điểm không niêm yết nội quy", period=Y23),
    fig("7 điểm vi phạm khác", "7", 7, "count", "điểm", total=37, subject="điểm vi phạm khác", period=Y23),
    fig("tiền 152,5 triệu", "152,5", 152500000, "money", "đồng", subject="tổng số tiền xử phạt", period=Y23),
] + CELLS + [
    fig("Qua 18 đợt", "18", 18, "count", "đợt", subject="đợt kiểm tra ban đêm", period=inh(Y23)),
    fig("phát hiện 126 lượt", "126", 126, "count", "lượt học sinh, trẻ em",
        subject="lượt học sinh, trẻ em chơi game sau 22 giờ", period=inh(Y23),
        change=chg("decrease", 27.6, "%", "năm 2022")),
    fig("ít nhất 40%", "40", 40, "percent", "%", approx="at_least", status="target", period=inh(Y24),
        subject="tỷ lệ điểm được cấp phép được kiểm tra"),
    fig("nghiêm 100%", "100", 100, "percent", "%", status="target", period=inh(Y24),
        subject="tỷ lệ trường hợp vi phạm được xử lý nghiêm"),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH HẢI DƯƠNG, 'Số: 312/BC-UBND', 'Hải Dương, ngày 20 tháng 12 năm 2023' (published).",
    "Flattened '|' table; 'Đơn vị tính: điểm; tiền phạt: triệu đồng' → money cells ×10^6 đồng. Rows are districts (location),",
    "except 'Các huyện còn lại' and 'Tổng cộng' (row label into the subject, location Hải Dương). Cell subject = column label",
    "(+ row label when not a place). Cell periods inherited: licensed column from the as-of date, others from 'Năm 2023'. No totals in cells.",
    "'(21 …, 9 …, 7 …)' bracketed breakdown adds up to 37 → total 37. '214 điểm, bằng 31,1% số điểm được cấp phép' → percent only.",
    "Distractors: Số: 312/BC-UBND, section numbers I./II./III., 1./2., 'sau 22 giờ', 'quý II/2024' (date), 'VX2', 'TT&TT'.",
    "Targets under heading 'PHƯƠNG HƯỚNG NĂM 2024' (period inherited from the heading).",
]

if __name__ == "__main__":
    write("p1131-3", TEXT, NOTES, FIGS, published="2023-12-20", location="Hải Dương")
