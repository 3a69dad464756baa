"""p1164-7: Sở GD&ĐT Đồng Tháp department site, no dateline, one-cell-per-line table of funding."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐỒNG THÁP
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính

Đồng Tháp: Kinh phí sữa học đường tăng qua từng năm

Năm 2024, toàn tỉnh có 113.480 trẻ mầm non và học sinh tiểu học được uống sữa tại 486 trường, trong đó 4.360 trẻ khuyết tật, trẻ thuộc hộ nghèo được miễn toàn bộ phần đóng góp. Tổng kinh phí thực hiện đạt 61.280 triệu đồng, tăng 11,4% so với năm 2023; bình quân kinh phí cho mỗi trẻ khoảng 540.000 đồng/năm. Sữa do Công ty cổ phần Sữa Việt Nam cung ứng, giá mỗi hộp 180 ml là 7.700 đồng; mỗi trẻ được uống 2 hộp mỗi tuần.

Kinh phí thực hiện Chương trình Sữa học đường theo nguồn:
Đơn vị tính: triệu đồng
Nguồn kinh phí
Năm 2022
Năm 2023
Năm 2024
Ngân sách tỉnh
18.420
21.960
24.510
Doanh nghiệp hỗ trợ
9.210
10.980
12.260
Phụ huynh đóng góp
18.420
22.070
24.510
Tổng cộng
46.050
55.010
61.280

Năm 2025, tỉnh phấn đấu nâng mức ngân sách hỗ trợ lên 50% giá mỗi hộp sữa (hiện là 40%) và 100% điểm trường có tủ mát bảo quản sữa.

Bài viết liên quan:
- Hội thi "Bữa ăn học đường an toàn" lần thứ 4
- Tập huấn công tác y tế trường học năm 2024

SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐỒNG THÁP
Địa chỉ: Số 5, đường Võ Trường Toản, Phường 1, TP Cao Lãnh, tỉnh Đồng Tháp
Điện thoại: 0277.3851.233
Lượt truy cập: 2.734.016 | Đang online: 38
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = {"Năm 2022": per("Năm 2022", "2022-01-01", "2022-12-31"),
        "Năm 2023": per("Năm 2023", "2023-01-01", "2023-12-31"),
        "Năm 2024": Y24}


def cell(anchor, number, row, col):
    v = int(number.replace(".", "")) * 1e6
    return fig(anchor, number, v, "money", "đồng", subject=f"kinh phí {row.lower()} {col.lower()}",
               period=COLS[col])


FIGS = [
    fig("có 113.480 trẻ", "113.480", 113480, "count", "trẻ",
        subject="trẻ mầm non và học sinh tiểu học được uống sữa", period=Y24),
    fig("tại 486 trường", "486", 486, "count", "trường", subject="trường có trẻ được uống sữa học đường",
        period=Y24),
    fig("trong đó 4.360 trẻ", "4.360", 4360, "count", "trẻ", total=113480,
        subject="trẻ khuyết tật, trẻ thuộc hộ nghèo được miễn toàn bộ phần đóng góp", period=Y24),
    fig("đạt 61.280 triệu", "61.280", 61.28e9, "money", "đồng",
        change=chg("increase", 11.4, "%", "năm 2023"),
        subject="tổng kinh phí thực hiện Chương trình Sữa học đường", period=inh(Y24)),
    fig("khoảng 540.000 đồng/năm", "540.000", 540000, "money", "đồng/năm", approx="about",
        subject="kinh phí bình quân cho mỗi trẻ", period=inh(Y24)),
    fig("hộp 180 ml", "180", 180, "measure", "ml", subject="dung tích mỗi hộp sữa"),
    fig("là 7.700 đồng", "7.700", 7700, "money", "đồng/hộp", subject="giá mỗi hộp sữa"),
    fig("uống 2 hộp", "2", 2, "measure", "hộp/tuần", subject="hộp sữa mỗi trẻ được uống mỗi tuần"),
    cell("Ngân sách tỉnh\n18.420", "18.420", "Ngân sách tỉnh", "Năm 2022"),
    cell("18.420\n21.960", "21.960", "Ngân sách tỉnh", "Năm 2023"),
    cell("21.960\n24.510", "24.510", "Ngân sách tỉnh", "Năm 2024"),
    cell("Doanh nghiệp hỗ trợ\n9.210", "9.210", "Doanh nghiệp hỗ trợ", "Năm 2022"),
    cell("9.210\n10.980", "10.980", "Doanh nghiệp hỗ trợ", "Năm 2023"),
    cell("10.980\n12.260", "12.260", "Doanh nghiệp hỗ trợ", "Năm 2024"),
    cell("Phụ huynh đóng góp\n18.420", "18.420", "Phụ huynh đóng góp", "Năm 2022"),
    cell("18.420\n22.070", "22.070", "Phụ huynh đóng góp", "Năm 2023"),
    cell("22.070\n24.510", "24.510", "Phụ huynh đóng góp", "Năm 2024"),
    cell("Tổng cộng\n46.050", "46.050", "Tổng cộng", "Năm 2022"),
    cell("46.050\n55.010", "55.010", "Tổng cộng", "Năm 2023"),
    cell("55.010\n61.280", "61.280", "Tổng cộng", "Năm 2024"),
    fig("lên 50%", "50", 50, "percent", "%", status="target",
        subject="mức ngân sách hỗ trợ giá mỗi hộp sữa", period=Y25),
    fig("(hiện là 40%)", "40", 40, "percent", "%", subject="mức ngân sách hỗ trợ giá mỗi hộp sữa"),
    fig("và 100% điểm trường", "100", 100, "percent", "%", status="target",
        subject="điểm trường có tủ mát bảo quản sữa", period=Y25),
]

NOTES = [
    "Department site (Sở GD&ĐT Đồng Tháp): no dateline (no published); related links, address footer, phone, counters.",
    "One cell per line table, 'Đơn vị tính: triệu đồng': every cell is money ×10^6; subject = row label + column label;",
    "period from the column header (scored). The table's Tổng cộng cells are figures of their own; cells get no total.",
    "'(hiện là 40%)' has its own verb inside the bracket: actual, not target, and no period of its own.",
    "Distractors: 'lần thứ 4', 'năm 2024' in a link title, 'Số 5', 'Phường 1', phone 0277.3851.233, 'Lượt truy cập: 2.734.016', 'Đang online: 38'.",
]

if __name__ == "__main__":
    write("p1164-7", TEXT, NOTES, FIGS, location="Đồng Tháp")
