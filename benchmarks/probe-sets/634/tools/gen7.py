"""p634-7: Sở TN&MT Thái Bình department site, no dateline — chỉ tiêu chuyển mục đích đất lúa theo đơn vị, one cell per line."""
from lib import fig, per, inh, chg, write

ROWS = [
    ("TP Thái Bình", "Thái Bình", "612,5", "186,4", "97,3"),
    ("Huyện Đông Hưng", "Đông Hưng", "548,3", "142,7", "64,8"),
    ("Huyện Vũ Thư", "Vũ Thư", "497,6", "131,5", "71,2"),
    ("Huyện Kiến Xương", "Kiến Xương", "451,2", "118,9", "52,6"),
    ("Các huyện còn lại", "Thái Bình", "2.740,4", "605,5", "301,4"),
    ("Toàn tỉnh", "Thái Bình", "4.850,0", "1.185,0", "587,3"),
]
table = "\n".join(f"{r[0]}\n{r[2]}\n{r[3]}\n{r[4]}" for r in ROWS)

TEXT = f"""SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH THÁI BÌNH
Trang chủ » Quản lý đất đai » Quy hoạch, kế hoạch sử dụng đất

Kiểm soát chặt chẽ việc chuyển mục đích sử dụng đất trồng lúa

Thực hiện Quyết định số 326/QĐ-TTg của Thủ tướng Chính phủ, UBND tỉnh Thái Bình đã phân bổ chỉ tiêu chuyển mục đích đất trồng lúa đến từng huyện, thành phố. Kết quả tổng hợp như sau:

Bảng: Diện tích đất trồng lúa chuyển mục đích sử dụng
Đơn vị tính: ha
Đơn vị
Chỉ tiêu phân bổ 2021-2025
Kế hoạch năm 2024
Thực hiện năm 2023
{table}

Năm 2024, toàn tỉnh có 236 công trình, dự án sử dụng đất trồng lúa, trong đó 58 dự án sử dụng từ 10 ha đất lúa trở lên phải được HĐND tỉnh thông qua.

Người sử dụng đất trồng lúa chuyển sang mục đích phi nông nghiệp phải nộp một khoản tiền bằng 50% giá đất trồng lúa theo bảng giá đất. Số tiền bảo vệ, phát triển đất trồng lúa thu được năm 2023 là 42,86 tỷ đồng, tăng 12,4% so với năm 2022.

Sở đề nghị các địa phương chỉ đưa vào kế hoạch những công trình có nguồn vốn rõ ràng, tránh tình trạng kéo dài như dự án khu đô thị Phúc Khánh 2 và cụm công nghiệp Đông La.

Sở Tài nguyên và Môi trường tỉnh Thái Bình
Địa chỉ: Số 12 đường Lê Lợi, TP Thái Bình
Điện thoại: 0227.3831.521
Tổng lượt truy cập: 1.284.663
"""

CT = per("Chỉ tiêu phân bổ 2021-2025", "2021-01-01", "2025-12-31")
KH = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = per("Thực hiện năm 2023", "2023-01-01", "2023-12-31")
S0 = S = "diện tích đất trồng lúa chuyển mục đích sử dụng"

FIGS = []
prev = "Thực hiện năm 2023"
for label, loc, a, b, c in ROWS:
    # a row label that is no single place ("Các huyện còn lại") stays in the subject (FIGURES.md, Tables)
    S = S0 + (" các huyện còn lại" if label == "Các huyện còn lại" else "")
    FIGS.append(fig(f"{label}\n{a}", a, float(a.replace(".", "").replace(",", ".")), "measure", "ha",
                    f"{S} chỉ tiêu phân bổ 2021-2025", CT, status="target", location=loc))
    FIGS.append(fig(f"{a}\n{b}", b, float(b.replace(".", "").replace(",", ".")), "measure", "ha",
                    f"{S} kế hoạch năm 2024", KH, status="target", location=loc))
    FIGS.append(fig(f"{b}\n{c}", c, float(c.replace(".", "").replace(",", ".")), "measure", "ha",
                    f"{S} thực hiện năm 2023", TH, location=loc))

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
FIGS += [
    fig("có 236 công trình", "236", 236, "count", "công trình, dự án",
        "công trình, dự án sử dụng đất trồng lúa", Y24),
    fig("58 dự án", "58", 58, "count", "dự án",
        "dự án sử dụng từ 10 ha đất lúa trở lên phải được HĐND tỉnh thông qua", Y24, total=236),
    fig("từ 10 ha", "10", 10, "measure", "ha",
        "diện tích đất lúa của dự án", None, approx="at_least", optional=True),
    fig("bằng 50%", "50", 50, "percent", "%",
        "khoản tiền nộp khi chuyển đất trồng lúa sang mục đích phi nông nghiệp so với giá đất trồng lúa", None),
    fig("42,86 tỷ đồng", "42,86", 42.86e9, "money", "đồng",
        "số tiền bảo vệ, phát triển đất trồng lúa thu được",
        per("năm 2023", "2023-01-01", "2023-12-31"),
        change=chg("increase", 12.4, "%", "năm 2022")),
]

NOTES = [
    "Sở TN&MT Thái Bình site, no dateline: chỉ tiêu chuyển mục đích đất trồng lúa by district; one-cell-per-line table with 'Đơn vị tính: ha'.",
    "Not figures: Quyết định số 326/QĐ-TTg, Phúc Khánh 2 (a name), Số 12 Lê Lợi, phone 0227.3831.521, 'Tổng lượt truy cập: 1.284.663'.",
    "Table: each cell a figure; subject = indicator + column; period from the column header (scored, as in shared h23); 'Chỉ tiêu'/'Kế hoạch'",
    "columns target; district rows → location; 'Các huyện còn lại' and 'Toàn tỉnh' rows keep the province. No totals between cells.",
    "revised after the first run: the 'Các huyện còn lại' row label (not a single place) is now part of its three cells' subjects.",
    "'236 công trình …, trong đó 58 dự án': total 236; 'từ 10 ha … trở lên' is a threshold (optional). 'bằng 50% giá đất' is a policy rate, a percent figure.",
]

if __name__ == "__main__":
    write("p634-7", TEXT, NOTES, FIGS, published=None, location="Thái Bình")
