"""p1215-7: department site (Sở Công Thương Tây Ninh), no dateline, one-cell-per-line table of footwear exports."""
from lib import fig, per, inh, chg, tgt, emit

TEXT = """SỞ CÔNG THƯƠNG TỈNH TÂY NINH
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Ngành giày dép Tây Ninh giữ vững đà tăng trưởng xuất khẩu

Tây Ninh hiện có 38 dự án sản xuất giày dép, nguyên phụ liệu ngành giày đang hoạt động, trong đó 31 dự án có vốn đầu tư nước ngoài với tổng vốn đăng ký khoảng 1,26 tỷ USD. Các dự án tập trung chủ yếu tại thị xã Trảng Bàng, Khu chế xuất và công nghiệp Linh Trung III và huyện Gò Dầu.

Kim ngạch xuất khẩu giày dép, túi xách trên địa bàn tỉnh:
Đơn vị tính: triệu USD
Mặt hàng
Năm 2022
Năm 2023
Ước năm 2024
Giày thể thao
1.215
1.098
1.246
Giày vải, giày da
386
352
371
Dép các loại
164
171
189
Túi xách, ví
95
88
104
Tổng cộng
1.860
1.709
1.910

Ước năm 2024, kim ngạch xuất khẩu giày dép, túi xách tăng 11,8% so với năm 2023, chiếm khoảng 21% tổng kim ngạch xuất khẩu của tỉnh. Ngành hiện sử dụng hơn 92.000 lao động, chiếm gần 40% lao động trong các khu công nghiệp, thu nhập bình quân 8,2 triệu đồng/người/tháng.

Bài viết liên quan:
- Hội nghị kết nối giao thương ngành da giày lần thứ 5
- Tập huấn quy tắc xuất xứ hàng hóa theo Hiệp định EVFTA

SỞ CÔNG THƯƠNG TỈNH TÂY NINH
Địa chỉ: số 190 đường 30/4, phường 2, TP Tây Ninh
Điện thoại: 0276.3822.364
Tổng lượt truy cập: 2.316.540 | Đang trực tuyến: 41
"""

COLS = {
    "Năm 2022": per("Năm 2022", "2022-01-01", "2022-12-31"),
    "Năm 2023": per("Năm 2023", "2023-01-01", "2023-12-31"),
    "Ước năm 2024": per("Ước năm 2024", "2024-01-01", "2024-12-31"),
}
E24 = per("Ước năm 2024", "2024-01-01", "2024-12-31")


def cell(anchor, number, row, col):
    v = float(number.replace(".", "")) * 1e6
    kw = {"status": "estimate"} if col.startswith("Ước") else {}
    return fig(anchor, number, v, "money", "USD",
               subject=f"kim ngạch xuất khẩu {row.lower()} {col.lower()}", period=COLS[col], **kw)


ROWS = [("Giày thể thao", ["1.215", "1.098", "1.246"]),
        ("Giày vải, giày da", ["386", "352", "371"]),
        ("Dép các loại", ["164", "171", "189"]),
        ("Túi xách, ví", ["95", "88", "104"]),
        ("Tổng cộng", ["1.860", "1.709", "1.910"])]
CELLS = []
for row, vals in ROWS:
    prev = row
    for col, v in zip(COLS, vals):
        CELLS.append(cell(f"{prev}\n{v}", v, row, col))
        prev = v

FIGS = [
    fig("có 38 dự án", "38", 38, "count", "dự án",
        subject="dự án sản xuất giày dép, nguyên phụ liệu ngành giày đang hoạt động"),
    fig("trong đó 31 dự án", "31", 31, "count", "dự án", total=38,
        subject="dự án có vốn đầu tư nước ngoài"),
    fig("khoảng 1,26 tỷ USD", "1,26", 1.26e9, "money", "USD", approx="about",
        subject="tổng vốn đăng ký các dự án có vốn đầu tư nước ngoài"),
] + CELLS + [
    fig("tăng 11,8%", "11,8", 11.8, "percent", "%", status="estimate",
        subject="kim ngạch xuất khẩu giày dép, túi xách", period=E24),
    fig("chiếm khoảng 21%", "21", 21, "percent", "%", approx="about", status="estimate",
        subject="tỷ trọng kim ngạch xuất khẩu giày dép, túi xách trong tổng kim ngạch xuất khẩu của tỉnh",
        period=E24),
    fig("hơn 92.000 lao động", "92.000", 92000, "count", "lao động", approx="over", percent=40,
        subject="lao động ngành giày dép"),
    fig("bình quân 8,2 triệu", "8,2", 8.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động ngành giày dép"),
]

NOTES = [
    "Department site (Sở Công Thương Tây Ninh): no dateline (published absent); menu, related links, footer address, phone, counters.",
    "One-cell-per-line table, 'Đơn vị tính: triệu USD' (cells ×10^6, money USD); rows are product lines (no place): subject = caption",
    "indicator + row label + column label; period from the column header; 'Ước năm 2024' column → status estimate. No totals on cells.",
    "'tăng 11,8% so với năm 2023' has no base amount in its sentence: a percent figure; 'chiếm khoảng 21%' after it is a percent of its own;",
    "both under 'Ước năm 2024' (estimate). 'chiếm gần 40%' is the share of 92.000 lao động.",
    "Distractors: 'Linh Trung III', 'lần thứ 5', 'EVFTA', 'số 190 đường 30/4, phường 2', phone, 'Tổng lượt truy cập: 2.316.540', 'Đang trực tuyến: 41'.",
]

if __name__ == "__main__":
    emit("p1215-7", TEXT, NOTES, FIGS, location="Tây Ninh")
