"""p1117-7: department site (Sở Công Thương Bắc Kạn), no dateline; one-cell-per-line table of production value by product."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH BẮC KẠN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Công nghiệp | Thương mại | Văn bản

Phát triển công nghiệp chế biến đũa, tăm tre gắn với vùng nguyên liệu

Bắc Kạn hiện có 31 cơ sở chế biến đũa, tăm, que xiên từ tre, luồng, trong đó 4 doanh nghiệp có dây chuyền tự động. Tổng công suất thiết kế của các cơ sở đạt 180 triệu đôi đũa/năm và khoảng 900 tấn tăm/năm. Năm 2023, giá trị sản xuất ngành hàng đạt 88,9 tỷ đồng, tăng 11,8% so với năm 2022; dự kiến năm 2024 đạt khoảng 98 tỷ đồng.

Giá trị sản xuất đũa, tăm tre theo sản phẩm:
Đơn vị tính: tỷ đồng
Sản phẩm
Năm 2022
Năm 2023
Ước 2024
Đũa tre
48,5
53,2
58,0
Tăm tre
21,3
23,6
25,4
Que xiên, que kem
9,7
12,1
14,6
Tổng số
79,5
88,9
98,0

Vùng nguyên liệu tre, luồng, mai của tỉnh hiện có trên 12.000 ha, tập trung tại các huyện Chợ Mới (4.150 ha), Na Rì (3.280 ha) và Bạch Thông (2.460 ha). Các cơ sở đang sử dụng gần 1.100 lao động, thu nhập bình quân 5,2 triệu đồng/người/tháng; giá tre nguyên liệu thu mua tại bãi từ 900 đến 1.200 đồng/kg.

Tin cùng chuyên mục:
- Hội nghị kết nối cung cầu sản phẩm OCOP lần thứ 2
- Khuyến công hỗ trợ 3 cơ sở đầu tư máy chẻ tre

SỞ CÔNG THƯƠNG TỈNH BẮC KẠN
Địa chỉ: Tổ 1, phường Đức Xuân, TP Bắc Kạn, tỉnh Bắc Kạn
Điện thoại: 0209.3870.456
Tổng số lượt truy cập: 864.219 | Đang online: 17
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
U24 = per("Ước 2024", "2024-01-01", "2024-12-31")
COLS = {"Năm 2022": Y22, "Năm 2023": Y23, "Ước 2024": U24}
AREA = "vùng nguyên liệu tre, luồng, mai"


def cell(anchor, number, value, row, col):
    kw = {"status": "estimate"} if col.startswith("Ước") else {}
    return fig(anchor, number, value, "money", "đồng",
               subject=f"giá trị sản xuất {row} {col.lower()}", period=COLS[col], **kw)


FIGS = [
    fig("có 31 cơ sở", "31", 31, "count", "cơ sở", subject="cơ sở chế biến đũa, tăm, que xiên từ tre, luồng"),
    fig("4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=31,
        subject="doanh nghiệp chế biến đũa, tăm có dây chuyền tự động"),
    fig("đạt 180 triệu đôi", "180", 180e6, "measure", "đôi đũa/năm",
        subject="tổng công suất thiết kế đũa của các cơ sở"),
    fig("khoảng 900 tấn", "900", 900, "measure", "tấn/năm", approx="about",
        subject="tổng công suất thiết kế tăm của các cơ sở"),
    fig("đạt 88,9 tỷ đồng", "88,9", 88.9e9, "money", "đồng",
        change=chg("increase", 11.8, "%", "năm 2022"),
        subject="giá trị sản xuất ngành hàng đũa, tăm tre", period=per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("khoảng 98 tỷ đồng", "98", 98e9, "money", "đồng", approx="about", status="forecast",
        subject="giá trị sản xuất ngành hàng đũa, tăm tre", period=per("năm 2024", "2024-01-01", "2024-12-31")),
    cell("Đũa tre\n48,5", "48,5", 48.5e9, "đũa tre", "Năm 2022"),
    cell("48,5\n53,2", "53,2", 53.2e9, "đũa tre", "Năm 2023"),
    cell("53,2\n58,0", "58,0", 58e9, "đũa tre", "Ước 2024"),
    cell("Tăm tre\n21,3", "21,3", 21.3e9, "tăm tre", "Năm 2022"),
    cell("21,3\n23,6", "23,6", 23.6e9, "tăm tre", "Năm 2023"),
    cell("23,6\n25,4", "25,4", 25.4e9, "tăm tre", "Ước 2024"),
    cell("que kem\n9,7", "9,7", 9.7e9, "que xiên, que kem", "Năm 2022"),
    cell("9,7\n12,1", "12,1", 12.1e9, "que xiên, que kem", "Năm 2023"),
    cell("12,1\n14,6", "14,6", 14.6e9, "que xiên, que kem", "Ước 2024"),
    cell("Tổng số\n79,5", "79,5", 79.5e9, "tổng số", "Năm 2022"),
    cell("79,5\n88,9", "88,9", 88.9e9, "tổng số", "Năm 2023"),
    cell("88,9\n98,0", "98,0", 98e9, "tổng số", "Ước 2024"),
    fig("trên 12.000 ha", "12.000", 12000, "measure", "ha", approx="over", subject=AREA),
    fig("Chợ Mới (4.150", "4.150", 4150, "measure", "ha", subject=AREA, location="Chợ Mới"),
    fig("Na Rì (3.280", "3.280", 3280, "measure", "ha", subject=AREA, location="Na Rì"),
    fig("Bạch Thông (2.460", "2.460", 2460, "measure", "ha", subject=AREA, location="Bạch Thông"),
    fig("gần 1.100 lao động", "1.100", 1100, "count", "lao động", approx="nearly",
        subject="lao động các cơ sở chế biến đũa, tăm tre sử dụng"),
    fig("bình quân 5,2 triệu", "5,2", 5.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động các cơ sở chế biến"),
    fig("từ 900 đến 1.200", "900", 900, "money", "đồng/kg", value_max=1200,
        subject="giá tre nguyên liệu thu mua tại bãi"),
    fig("hỗ trợ 3 cơ sở", "3", 3, "count", "cơ sở", optional=True,
        subject="cơ sở được khuyến công hỗ trợ đầu tư máy chẻ tre"),
]

NOTES = [
    "Department site (Sở Công Thương Bắc Kạn): no dateline, so no published; menu, related links, footer address, phone, counters.",
    "One-cell-per-line table, 'Đơn vị tính: tỷ đồng' (×10^9, unit đồng); rows are products: subject = caption indicator + row + column;",
    "period from the column header (scored); 'Ước 2024' -> status estimate. The text's 88,9 tỷ restates the table's total (both figures).",
    "'dự kiến năm 2024 đạt khoảng 98 tỷ đồng' -> forecast. Design capacities keep '/năm' in the unit (measure).",
    "District list after 'tập trung tại' does not add up to the whole: no total; each district is the location.",
    "A related-link headline's '3 cơ sở' is page furniture around the article: optional. Distractors: 'lần thứ 2', 'Tổ 1', phone, counters.",
]

if __name__ == "__main__":
    write("p1117-7", TEXT, NOTES, FIGS, location="Bắc Kạn")
