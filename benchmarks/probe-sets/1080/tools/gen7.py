"""p1080-7: Sở GTVT Hà Tĩnh department site (no dateline): railway safety 2024, one-cell-per-line table."""
from lib import F, P, C, T, save, cell_anchor

TEXT = """SỞ GIAO THÔNG VẬN TẢI HÀ TĨNH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả bảo đảm an toàn giao thông đường sắt năm 2024

Tuyến đường sắt Bắc - Nam qua Hà Tĩnh dài 95 km, đi qua các huyện Đức Thọ, Vũ Quang và Hương Khê. Toàn tuyến có 37 đường ngang hợp pháp, trong đó 8 đường ngang có người gác; 29 đường ngang còn lại là cảnh báo tự động và biển báo. Hiện còn 64 lối đi tự mở, riêng huyện Hương Khê có 31 lối đi.

Năm 2024, các địa phương đã xóa 18 lối đi tự mở, vượt 20% kế hoạch năm (15 lối đi). Tổng kinh phí thực hiện là 12,4 tỷ đồng, trong đó ngân sách tỉnh 7,5 tỷ đồng, ngân sách huyện, xã và xã hội hóa 4,9 tỷ đồng. Các địa phương cũng tổ chức 26 buổi tuyên truyền tại các xã có đường sắt đi qua, thu hút hơn 2.100 lượt người tham dự.

Một số chỉ tiêu chủ yếu:
Chỉ tiêu
Năm 2023
Năm 2024
Kế hoạch 2025
Số vụ tai nạn (vụ)
9
7
6
Số người chết (người)
6
5
4
Số người bị thương (người)
5
3
2
Lối đi tự mở được xóa (lối đi)
11
18
20

Năm 2025, Sở đặt mục tiêu lắp đặt thêm 6 cần chắn tự động tại các lối đi tự mở trên địa bàn huyện Hương Khê, mỗi bộ kinh phí khoảng 160 triệu đồng.

SỞ GIAO THÔNG VẬN TẢI TỈNH HÀ TĨNH
Địa chỉ: Số 02 đường Nguyễn Chí Thanh, phường Tân Giang, TP Hà Tĩnh
Điện thoại: 0239.3855.608 - Fax: 0239.3855.609
Lượt truy cập: 1.204.577 | Đang online: 37
"""

ROWS = [("Số vụ tai nạn (vụ)", "tai nạn giao thông đường sắt", "vụ", ["9", "7", "6"]),
        ("Số người chết (người)", "người chết", "người", ["6", "5", "4"]),
        ("Số người bị thương (người)", "người bị thương", "người", ["5", "3", "2"]),
        ("Lối đi tự mở được xóa (lối đi)", "lối đi tự mở được xóa", "lối đi", ["11", "18", "20"])]
COLS = [("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("Năm 2024", P("Năm 2024", "2024-01-01", "2024-12-31"), "actual"),
        ("Kế hoạch 2025", P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]


def table_figs():
    out = []
    for label, subj, unit, cells in ROWS:
        block = label + "\n" + "\n".join(cells) + "\n"
        pos = TEXT.index(block) + len(label) + 1
        for (col, period, status), num in zip(COLS, cells):
            kw = {"period": period}
            if status != "actual":
                kw["status"] = status
            out.append(F(cell_anchor(TEXT, pos, num), num, int(num), "count", unit,
                         f"{label.split(' (')[0]} {col.lower()}", **kw))
            pos += len(num) + 1
    return out


Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)

FIGS = [
    F("dài 95 km", "95", 95, "measure", "km", "chiều dài tuyến đường sắt Bắc - Nam qua Hà Tĩnh"),
    F("có 37 đường ngang", "37", 37, "count", "đường ngang", "đường ngang hợp pháp"),
    F("trong đó 8 đường ngang", "8", 8, "count", "đường ngang", "đường ngang có người gác", total=37),
    F("29 đường ngang", "29", 29, "count", "đường ngang", "đường ngang cảnh báo tự động và biển báo", total=37),
    F("còn 64 lối đi", "64", 64, "count", "lối đi tự mở", "lối đi tự mở còn lại"),
    F("có 31 lối đi", "31", 31, "count", "lối đi", "lối đi tự mở còn lại", location="Hương Khê"),
    F("xóa 18 lối đi", "18", 18, "count", "lối đi tự mở", "lối đi tự mở được xóa",
      change=C("increase", 20, "%", "kế hoạch năm"), target=T(15, "lối đi"), period=Y24),
    F("là 12,4 tỷ đồng", "12,4", 12.4e9, "money", "đồng", "tổng kinh phí thực hiện xóa lối đi tự mở", period=Y24i),
    F("tỉnh 7,5 tỷ đồng", "7,5", 7.5e9, "money", "đồng", "kinh phí từ ngân sách tỉnh", total=12.4e9, period=Y24i),
    F("hội hóa 4,9 tỷ đồng", "4,9", 4.9e9, "money", "đồng", "kinh phí từ ngân sách huyện, xã và xã hội hóa",
      total=12.4e9, period=Y24i),
    F("tổ chức 26 buổi", "26", 26, "count", "buổi", "buổi tuyên truyền tại các xã có đường sắt đi qua", period=Y24i),
    F("hơn 2.100 lượt", "2.100", 2100, "count", "lượt người", "lượt người tham dự tuyên truyền",
      approx="over", period=Y24i),
] + table_figs() + [
    F("thêm 6 cần chắn", "6", 6, "count", "cần chắn tự động", "cần chắn tự động lắp đặt thêm",
      status="target", period=P("Năm 2025", "2025-01-01", "2025-12-31"), location="Hương Khê"),
    F("khoảng 160 triệu đồng", "160", 160e6, "money", "đồng/bộ", "kinh phí mỗi bộ cần chắn tự động",
      approx="about", status="target", period=P("Năm 2025", "2025-01-01", "2025-12-31"), location="Hương Khê"),
]

COMMENTS = [
    "Sở GTVT Hà Tĩnh department page: an toàn giao thông đường sắt năm 2024 (invented). No dateline: no published; footer address, phone, counter.",
    "One-cell-per-line table (Chỉ tiêu | Năm 2023 | Năm 2024 | Kế hoạch 2025): unit from the row label's bracket, period from the column header,",
    "'Kế hoạch 2025' column → status target. '29 đường ngang còn lại' continues the 'trong đó' list after ';': total 37.",
    "'vượt 20% kế hoạch năm (15 lối đi)': change +20% against the plan and target 15 for the 18 lối đi. The money split after 'trong đó' → total 12,4 tỷ.",
    "'mỗi bộ kinh phí khoảng 160 triệu đồng' continues the 'đặt mục tiêu' sentence: target, located in Hương Khê.",
    "Not figures: Số 02 Nguyễn Chí Thanh, phone/fax, 'Lượt truy cập: 1.204.577', 'Đang online: 37', menu.",
]

if __name__ == "__main__":
    save(7, TEXT, FIGS, COMMENTS, published=None, location="Hà Tĩnh")
