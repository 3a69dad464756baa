"""p1281-4: ministry site (Bộ NN&PTNT, Cục Thủy sản): national aquafeed industry 2023, mills by province, imported raw materials."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy sản

Ngành thức ăn thủy sản: dư công suất, phụ thuộc nguyên liệu nhập khẩu

22/03/2024 | 09:40 | Cục Thủy sản

Theo Cục Thủy sản, tính đến hết năm 2023, cả nước có 298 nhà máy sản xuất thức ăn thủy sản với tổng công suất thiết kế khoảng 8,2 triệu tấn/năm; trong số đó, 86 nhà máy thuộc doanh nghiệp có vốn đầu tư nước ngoài (FDI). Khối FDI chiếm khoảng 78% thị phần thức ăn tôm.

Năm 2023, sản lượng thức ăn thủy sản công nghiệp đạt 5,9 triệu tấn, giảm 3,1% so với năm 2022. Trong đó, thức ăn tôm 1,7 triệu tấn, thức ăn cá 4,2 triệu tấn. Hiệu suất sử dụng công suất của các nhà máy chỉ khoảng 72%. Việt Nam hiện đứng thứ 4 thế giới về sản lượng thức ăn thủy sản.

Các địa phương có nhiều nhà máy nhất là Long An (27 nhà máy), Tiền Giang (22 nhà máy), Đồng Nai (19 nhà máy) và Đồng Tháp (18 nhà máy).

Ngành thức ăn thủy sản hiện phải nhập khẩu 65-70% nguyên liệu. Năm 2023, cả nước nhập khẩu 1,24 triệu tấn khô dầu đậu tương dùng cho thức ăn thủy sản và khoảng 310.000 tấn bột cá, tổng kim ngạch hơn 1,1 tỷ USD. Giá bột cá nhập khẩu bình quân 1.650 USD/tấn, cao hơn 12% so với năm 2022.

Theo Chiến lược phát triển thủy sản Việt Nam đến năm 2030 ban hành kèm Quyết định số 339/QĐ-TTg, mục tiêu đến năm 2030 tỷ lệ nguyên liệu trong nước dùng cho sản xuất thức ăn thủy sản đạt ít nhất 40%, sản lượng thức ăn công nghiệp đáp ứng 100% nhu cầu nuôi trồng.

Tin cùng chuyên mục:
- Tổng kết Chương trình quốc gia phát triển nuôi trồng thủy sản lần thứ nhất
- Kiểm tra chất lượng thức ăn thủy sản quý I/2024

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

ASOF = per("tính đến hết năm 2023", None, "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("có 298 nhà máy", "298", 298, "count", "nhà máy", subject="nhà máy sản xuất thức ăn thủy sản", period=ASOF),
    fig("khoảng 8,2 triệu", "8,2", 8.2e6, "measure", "tấn/năm", approx="about",
        subject="tổng công suất thiết kế", period=ASOF),
    fig("86 nhà máy", "86", 86, "count", "nhà máy", total=298,
        subject="nhà máy thuộc doanh nghiệp có vốn đầu tư nước ngoài (FDI)", period=ASOF),
    fig("khoảng 78%", "78", 78, "percent", "%", approx="about", subject="thị phần thức ăn tôm của khối FDI"),
    fig("đạt 5,9 triệu", "5,9", 5.9e6, "measure", "tấn", change=chg("decrease", 3.1, "%", "năm 2022"),
        subject="sản lượng thức ăn thủy sản công nghiệp", period=Y23),
    fig("tôm 1,7 triệu", "1,7", 1.7e6, "measure", "tấn", total=5.9e6, subject="thức ăn tôm", period=inh(Y23)),
    fig("cá 4,2 triệu", "4,2", 4.2e6, "measure", "tấn", total=5.9e6, subject="thức ăn cá", period=inh(Y23)),
    fig("khoảng 72%", "72", 72, "percent", "%", approx="about",
        subject="hiệu suất sử dụng công suất của các nhà máy", period=inh(Y23)),
    fig("đứng thứ 4", "4", 4, "rank", "hạng", subject="sản lượng thức ăn thủy sản"),
    fig("Long An (27", "27", 27, "count", "nhà máy", subject="nhà máy", location="Long An"),
    fig("Tiền Giang (22", "22", 22, "count", "nhà máy", subject="nhà máy", location="Tiền Giang"),
    fig("Đồng Nai (19", "19", 19, "count", "nhà máy", subject="nhà máy", location="Đồng Nai"),
    fig("Đồng Tháp (18", "18", 18, "count", "nhà máy", subject="nhà máy", location="Đồng Tháp"),
    fig("nhập khẩu 65-70%", "65", 65, "percent", "%", value_max=70,
        subject="nguyên liệu ngành thức ăn thủy sản phải nhập khẩu"),
    fig("khẩu 1,24 triệu", "1,24", 1.24e6, "measure", "tấn",
        subject="khô dầu đậu tương nhập khẩu dùng cho thức ăn thủy sản", period=Y23),
    fig("khoảng 310.000 tấn", "310.000", 310000, "measure", "tấn", approx="about",
        subject="bột cá nhập khẩu", period=Y23),
    fig("hơn 1,1 tỷ", "1,1", 1.1e9, "money", "USD", approx="over",
        subject="tổng kim ngạch nhập khẩu khô dầu đậu tương và bột cá", period=Y23),
    fig("bình quân 1.650", "1.650", 1650, "money", "USD/tấn", change=chg("increase", 12, "%", "năm 2022"),
        subject="giá bột cá nhập khẩu bình quân", period=inh(Y23)),
    fig("ít nhất 40%", "40", 40, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nguyên liệu trong nước dùng cho sản xuất thức ăn thủy sản", period=T30),
    fig("đáp ứng 100%", "100", 100, "percent", "%", status="target",
        subject="nhu cầu nuôi trồng được sản lượng thức ăn công nghiệp đáp ứng", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '22/03/2024 | 09:40 | Cục Thủy sản', related links, address/phone footer.",
    "Distractors: 09:40, 'Chiến lược ... đến năm 2030' (a title), Quyết định số 339/QĐ-TTg, 'lần thứ nhất', 'quý I/2024' in a link, 'Số 2 Ngọc Hà', phone.",
    "National figures: location Việt Nam; in the list of provinces each item is a figure located in its province, subject 'nhà máy'.",
    "'tính đến hết năm 2023' is an as-of date (start null, end 2023-12-31) and covers the whole sentence incl. '; trong số đó, 86' (total 298).",
    "'Trong đó' parts after a sentence break take total 5,9 triệu tấn; their period is inherited.",
    "'đứng thứ 4 thế giới' → rank 4 (hiện: no period). 'cao hơn 12% so với năm 2022' → change of the fishmeal price.",
    "'mục tiêu đến năm 2030' → target, start null, end 2030-12-31, for both clauses.",
]

if __name__ == "__main__":
    write("p1281-4", TEXT, NOTES, FIGS, published="2024-03-22", location="Việt Nam")
