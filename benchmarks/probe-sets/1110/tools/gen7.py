"""p1110-7: department site without dateline (Chi cục Thủy sản Bình Thuận); one-cell-per-line table by species and year."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÌNH THUẬN
CHI CỤC THỦY SẢN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả cứu hộ, thả động vật biển về tự nhiên giai đoạn 2022 - 2024

Bình Thuận có đường bờ biển dài 192 km và Khu bảo tồn biển Hòn Cau (huyện Tuy Phong) rộng 12.500 ha, là nơi sinh sống của nhiều loài rùa biển, cá heo. Trong 3 năm 2022 - 2024, Chi cục Thủy sản phối hợp với các địa phương ven biển tiếp nhận, cứu hộ 192 cá thể động vật biển, trong đó 175 cá thể được thả về tự nhiên, đạt 91,1%.

Số cá thể động vật biển được cứu hộ
Đơn vị tính: cá thể
Loài
Năm 2022
Năm 2023
Năm 2024
Rùa biển
46
58
71
Cá heo
5
3
6
Cá voi
1
0
2
Tổng cộng
52
61
79

Năm 2024, toàn tỉnh cứu hộ 79 cá thể, tăng 29,5% so với năm 2023; trong đó huyện Phú Quý 38 cá thể, huyện Tuy Phong 21 cá thể, thị xã La Gi 12 cá thể, các địa phương khác 8 cá thể.

Quý I/2025, Chi cục tiếp nhận thêm 14 cá thể, tăng 6 cá thể so với cùng kỳ. Trường hợp gần nhất, ngư dân Nguyễn Văn Tư (xã Tam Thanh, huyện Phú Quý) phát hiện một cá thể rùa xanh nặng khoảng 45 kg, dài 80 cm mắc lưới và bàn giao cho Đồn Biên phòng Phú Quý.

Ngư dân báo tin, bàn giao động vật biển quý hiếm được hỗ trợ 300.000 đồng/trường hợp. Năm 2025, Chi cục phấn đấu tổ chức 20 lớp tuyên truyền cho khoảng 1.000 ngư dân.

CHI CỤC THỦY SẢN TỈNH BÌNH THUẬN
Địa chỉ: Km 1.650 Quốc lộ 1A, phường Phú Tài, TP Phan Thiết
Điện thoại: 0252.3822.604 - Fax: 0252.3822.605
Lượt truy cập: 845.120
"""

Y = {"2022": P("Năm 2022", "2022-01-01", "2022-12-31"), "2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
     "2024": P("Năm 2024", "2024-01-01", "2024-12-31")}
SPAN = P("Trong 3 năm 2022 - 2024", "2022-01-01", "2024-12-31")
Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("dài 192 km", "192", 192, "measure", "km", "chiều dài đường bờ biển", location="Bình Thuận"),
    F("rộng 12.500 ha", "12.500", 12500, "measure", "ha", "diện tích Khu bảo tồn biển Hòn Cau", location="Tuy Phong"),
    F("cứu hộ 192 cá thể", "192", 192, "count", "cá thể", "cá thể động vật biển được tiếp nhận, cứu hộ", SPAN),
    F("trong đó 175 cá thể", "175", 175, "count", "cá thể", "cá thể được thả về tự nhiên", SPAN, total=192, percent=91.1),
]
rows = [("Rùa biển", ["46", "58", "71"]), ("Cá heo", ["5", "3", "6"]), ("Cá voi", ["1", "0", "2"]),
        ("Tổng cộng", ["52", "61", "79"])]
for label, cells in rows:
    subj = "tổng cộng cá thể được cứu hộ" if label == "Tổng cộng" else f"{label.lower()} được cứu hộ"
    for i, (yr, c) in enumerate(zip(["2022", "2023", "2024"], cells)):
        anchor = label + "\n" + "\n".join(cells[: i + 1])
        if i == 2:
            anchor += "\n"
        F_ = F(anchor, c, float(c), "count", "cá thể", f"{subj} năm {yr}", Y[yr])
        FIGS.append(F_)
FIGS += [
    F("toàn tỉnh cứu hộ 79 cá thể", "79", 79, "count", "cá thể", "cá thể động vật biển được cứu hộ", Y["2024"],
      change=C("increase", 29.5, "%", "năm 2023")),
    F("Phú Quý 38 cá thể", "38", 38, "count", "cá thể", "cá thể động vật biển được cứu hộ", Y["2024"], total=79,
      location="Phú Quý"),
    F("Tuy Phong 21 cá thể", "21", 21, "count", "cá thể", "cá thể động vật biển được cứu hộ", Y["2024"], total=79,
      location="Tuy Phong"),
    F("La Gi 12 cá thể", "12", 12, "count", "cá thể", "cá thể động vật biển được cứu hộ", Y["2024"], total=79,
      location="La Gi"),
    F("khác 8 cá thể", "8", 8, "count", "cá thể", "cá thể động vật biển được cứu hộ tại các địa phương khác", Y["2024"],
      total=79),
    F("thêm 14 cá thể", "14", 14, "count", "cá thể", "cá thể động vật biển được tiếp nhận", Q1,
      change=C("increase", 6, "cá thể", "cùng kỳ")),
    F("khoảng 45 kg", "45", 45, "measure", "kg", "cân nặng cá thể rùa xanh mắc lưới", approx="about", optional=True,
      location="Phú Quý"),
    F("dài 80 cm", "80", 80, "measure", "cm", "chiều dài cá thể rùa xanh mắc lưới", optional=True, location="Phú Quý"),
    F("300.000 đồng/trường hợp", "300.000", 300000, "money", "đồng/trường hợp",
      "mức hỗ trợ ngư dân báo tin, bàn giao động vật biển quý hiếm"),
    F("tổ chức 20 lớp", "20", 20, "count", "lớp tuyên truyền", "lớp tuyên truyền", Y25, status="target"),
    F("khoảng 1.000 ngư dân", "1.000", 1000, "count", "ngư dân", "ngư dân được tuyên truyền", Y25, approx="about",
      status="target"),
]

NOTES = [
    "Department site (Chi cục Thủy sản Bình Thuận), no dateline: published absent. Footer address (Km 1.650 Quốc lộ 1A), phone/fax, visit counter.",
    "One-cell-per-line table 'Đơn vị tính: cá thể', columns Năm 2022/2023/2024, rows by species + Tổng cộng; periods from column headers;",
    "the Cá voi 2023 cell '0' is a numeric cell, hence a figure. Table cells carry no totals (Tổng cộng row is its own figure).",
    "revised after the first run: Tổng cộng row subjects keep the row label ('tổng cộng cá thể được cứu hộ năm ...', was 'tổng số cá thể động vật biển ...').",
    "'cứu hộ 192 cá thể ..., trong đó 175 cá thể ..., đạt 91,1%' → total 192 and percent 91.1; coastline 'dài 192 km' is a different figure with the same number.",
    "District list after 'trong đó' adds up to 79 → total 79; districts are locations ('các địa phương khác' stays Bình Thuận).",
    "Example turtle's weight/length (45 kg, 80 cm) are optional; 'Nguyễn Văn Tư' is a name with a number word; MPA area is located in Tuy Phong.",
    "'phấn đấu tổ chức 20 lớp tuyên truyền cho khoảng 1.000 ngư dân' → both target.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, NOTES, location="Bình Thuận")
