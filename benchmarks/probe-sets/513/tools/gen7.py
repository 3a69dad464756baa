"""p513-7: department site (Sở TN&MT Đồng Nai), no dateline, one-cell-per-line table of KCN wastewater."""
from lib import F, P, inh, CH, emit

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH ĐỒNG NAI
Chuyên mục: Quan trắc môi trường

Kết quả quan trắc tự động nước thải tại các khu công nghiệp 6 tháng đầu năm 2024

Toàn tỉnh hiện có 32 khu công nghiệp đang hoạt động, trong đó 31 khu đã có nhà máy xử lý nước thải tập trung. Trung tâm Quan trắc môi trường đang tiếp nhận dữ liệu từ 127 trạm quan trắc tự động (nước thải 98 trạm, khí thải 29 trạm).

Bảng 2. Công suất và lưu lượng nước thải của các KCN theo địa bàn
Đơn vị tính: m³/ngày đêm

Địa bàn
Công suất thiết kế
Quý I/2024
Quý II/2024
Biên Hòa
12.000
7.850
8.120
Nhơn Trạch
48.500
31.240
33.605
Long Thành
17.000
9.760
10.430
Trảng Bom
9.500
6.180
6.025
Tổng
87.000
55.030
58.180

Trong quý II/2024, hệ thống ghi nhận 14 trường hợp thông số vượt ngưỡng, giảm 6 trường hợp so với quý I; Sở đã gửi văn bản yêu cầu 9 doanh nghiệp giải trình và chuyển Thanh tra Sở kiểm tra đột xuất. Lưu lượng nước thải thực tế mới bằng 66,9% công suất thiết kế, các nhà máy còn dư địa tiếp nhận khi thu hút thêm dự án.

Các tổ chức, cá nhân cần tra cứu số liệu quan trắc vui lòng liên hệ Trung tâm Quan trắc môi trường trong giờ hành chính.

Địa chỉ: Đường 30 Tháng 4, phường Thanh Bình, TP. Biên Hòa
Điện thoại: 0251.3822.301
Lượt truy cập: 4.512.093
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q2 = P("Quý II/2024", "2024-04-01", "2024-06-30")
Q2t = P("quý II/2024", "2024-04-01", "2024-06-30")
ROWS = [
    ("Biên Hòa", "Biên Hòa", [("12.000", 12000), ("7.850", 7850), ("8.120", 8120)]),
    ("Nhơn Trạch", "Nhơn Trạch", [("48.500", 48500), ("31.240", 31240), ("33.605", 33605)]),
    ("Long Thành", "Long Thành", [("17.000", 17000), ("9.760", 9760), ("10.430", 10430)]),
    ("Trảng Bom", "Trảng Bom", [("9.500", 9500), ("6.180", 6180), ("6.025", 6025)]),
    ("Tổng", "Đồng Nai", [("87.000", 87000), ("55.030", 55030), ("58.180", 58180)]),
]

FIGS = [
    F("có 32 khu công nghiệp", "32", 32, "count", "khu công nghiệp", "khu công nghiệp đang hoạt động"),
    F("trong đó 31 khu", "31", 31, "count", "khu", "khu công nghiệp đã có nhà máy xử lý nước thải tập trung", total=32),
    F("từ 127 trạm", "127", 127, "count", "trạm", "trạm quan trắc tự động"),
    F("nước thải 98 trạm", "98", 98, "count", "trạm", "trạm quan trắc tự động nước thải", total=127),
    F("khí thải 29 trạm", "29", 29, "count", "trạm", "trạm quan trắc tự động khí thải", total=127),
]
for label, loc, cells in ROWS:
    (n0, v0), (n1, v1), (n2, v2) = cells
    pre = "Tổng " if label == "Tổng" else ""
    FIGS.append(F(f"{label}\n{n0}", n0, v0, "measure", "m³/ngày đêm",
                  f"{pre}công suất thiết kế xử lý nước thải của các KCN", location=loc))
    FIGS.append(F(f"{n0}\n{n1}", n1, v1, "measure", "m³/ngày đêm",
                  f"{pre}lưu lượng nước thải của các KCN quý I/2024", Q1, location=loc))
    FIGS.append(F(f"{n1}\n{n2}", n2, v2, "measure", "m³/ngày đêm",
                  f"{pre}lưu lượng nước thải của các KCN quý II/2024", Q2, location=loc))
FIGS += [
    F("ghi nhận 14 trường hợp", "14", 14, "count", "trường hợp", "trường hợp thông số vượt ngưỡng", Q2t,
      change=CH("decrease", 6, "trường hợp", "quý I")),
    F("yêu cầu 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp được yêu cầu giải trình", Q2t),
    F("bằng 66,9%", "66,9", 66.9, "percent", "%", "Lưu lượng nước thải thực tế so với công suất thiết kế"),
]

COMMENTS = [
    "Sở TN&MT Đồng Nai (department site), no dateline: quan trắc tự động nước thải KCN 6 tháng đầu năm 2024.",
    "One-cell-per-line table with 'Đơn vị tính: m³/ngày đêm'; columns Công suất thiết kế | Quý I/2024 | Quý II/2024. Row labels are",
    "districts/cities → location (the Tổng row is the province); subject = table indicator + column; periods from the column headers",
    "(scored), none for the design capacity. Bracketed station split (98 + 29 = 127) takes 127 as total; 'trong đó 31 khu' takes 32.",
    "'giảm 6 trường hợp so với quý I' is the change of 14. 66,9% (58.180/87.000) stands alone: its own percent, no period stated.",
    "'Bảng 2', 'Đường 30 Tháng 4', the phone number and 'Lượt truy cập: 4.512.093' are not figures.",
]

if __name__ == "__main__":
    emit("p513-7", TEXT, COMMENTS, FIGS, published=None, location="Đồng Nai")
