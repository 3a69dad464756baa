from lib import F, P, CH, TG, write

TEXT = """BAN DÂN TỘC TỈNH SƠN LA
Số 8, đường Tô Hiệu, phường Tô Hiệu, thành phố Sơn La

Kết quả giải ngân vốn Chương trình MTQG 1719 năm 2023
Ngày đăng: 05/03/2024 | Lượt xem: 845

Năm 2023, tổng vốn Chương trình MTQG 1719 giao cho tỉnh Sơn La là 1.652 tỷ đồng (bao gồm vốn năm 2023 và vốn năm 2022 kéo dài sang). Đến ngày 31/01/2024, toàn tỉnh giải ngân 1.287 tỷ đồng, đạt 77,9%, cao hơn mức bình quân chung của cả nước (khoảng 72%).

Kết quả giải ngân của một số huyện như sau:
Đơn vị tính: triệu đồng
Huyện | Vốn giao | Đã giải ngân | Tỷ lệ (%)
Mộc Châu | 142.560 | 121.310 | 85,1
Thuận Châu | 218.940 | 176.020 | 80,4
Sông Mã | 196.305 | 139.180 | 70,9
Sốp Cộp | 118.720 | 96.450 | 81,2

Đối với các nội dung cụ thể, năm 2023 toàn tỉnh đã hỗ trợ nhà ở cho 2.431 hộ, đất sản xuất cho 312 hộ, nước sinh hoạt phân tán cho 4.705 hộ; xây dựng 68 công trình nước sinh hoạt tập trung. Dự án 5 (phát triển giáo dục nghề nghiệp, giải quyết việc làm) đã tổ chức đào tạo nghề cho 3.960 người, trong đó 2.815 người là lao động nữ (chiếm 71,1%).

Năm 2024, tỉnh được giao 1.418 tỷ đồng, giảm 14,2% so với năm 2023. Ban Dân tộc đề nghị các huyện phấn đấu đến ngày 31/01/2025 giải ngân trên 90% số vốn này, không để xảy ra tình trạng phải hủy dự toán.

Thông tin chi tiết liên hệ Phòng Chính sách dân tộc, điện thoại 0212.3852.417.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y23s = P("năm 2023", "2023-01-01", "2023-12-31")
M = 1_000_000

figs = [
    F("là 1.652 tỷ đồng", "1.652", 1652000000000, "money", "đồng", "tổng vốn Chương trình MTQG 1719 giao cho tỉnh", Y23),
    F("giải ngân 1.287 tỷ đồng", "1.287", 1287000000000, "money", "đồng", "vốn giải ngân",
      P("Đến ngày 31/01/2024", end="2024-01-31"), percent=77.9),
    F("(khoảng 72%)", "72", 72, "percent", "%", "mức bình quân chung tỷ lệ giải ngân của cả nước",
      P("Đến ngày 31/01/2024", end="2024-01-31"), approx="about", location="Việt Nam"),
]
rows = [("Mộc Châu", "142.560", "121.310", "85,1"), ("Thuận Châu", "218.940", "176.020", "80,4"),
        ("Sông Mã", "196.305", "139.180", "70,9"), ("Sốp Cộp", "118.720", "96.450", "81,2")]
for place, a, b, r in rows:
    figs += [
        F(f"{place} | {a} |", a, int(a.replace(".", "")) * M, "money", "đồng", "Vốn giao", Y23i, location=place),
        F(f"{a} | {b} |", b, int(b.replace(".", "")) * M, "money", "đồng", "Đã giải ngân", Y23i, location=place),
        F(f"{b} | {r}\n", r, float(r.replace(",", ".")), "percent", "%", "Tỷ lệ giải ngân", Y23i, location=place),
    ]
figs += [
    F("nhà ở cho 2.431 hộ", "2.431", 2431, "count", "hộ", "hộ được hỗ trợ nhà ở", Y23s),
    F("đất sản xuất cho 312 hộ", "312", 312, "count", "hộ", "hộ được hỗ trợ đất sản xuất", Y23s),
    F("phân tán cho 4.705 hộ", "4.705", 4705, "count", "hộ", "hộ được hỗ trợ nước sinh hoạt phân tán", Y23s),
    F("xây dựng 68 công trình", "68", 68, "count", "công trình", "công trình nước sinh hoạt tập trung xây dựng", Y23s),
    F("nghề cho 3.960 người", "3.960", 3960, "count", "người", "người được đào tạo nghề", Y23i),
    F("trong đó 2.815 người", "2.815", 2815, "count", "người", "lao động nữ được đào tạo nghề", Y23i,
      total=3960, percent=71.1),
    F("giao 1.418 tỷ đồng", "1.418", 1418000000000, "money", "đồng", "vốn tỉnh được giao",
      P("Năm 2024", "2024-01-01", "2024-12-31"), change=CH("decrease", 14.2, "%", "năm 2023")),
    F("trên 90% số vốn", "90", 90, "percent", "%", "tỷ lệ giải ngân số vốn năm 2024",
      P("đến ngày 31/01/2025", end="2025-01-31"), approx="over", status="target"),
]

write("p450-3", TEXT, [
    "Ban Dân tộc tỉnh Sơn La (department site): 1719 capital of 2023 and its disbursement to 31/01/2024, flattened '|' table by district.",
    "Dateline 'Ngày đăng: 05/03/2024 | Lượt xem: 845' (counter after the date). Distractors: address 'Số 8, đường Tô Hiệu', 'Dự án 5',",
    "'vốn năm 2022 kéo dài', phone 0212.3852.417, '31/01/2025', 'MTQG 1719'.",
    "Table: 'Đơn vị tính: triệu đồng' makes money cells ×10^6 đồng; '(%)' column is percent. Row label (district) is the location,",
    "column label the subject; period 'Năm 2023' from the text above the table (inherited). No totals for table cells.",
    "'tỉnh được giao 1.418 tỷ' subject as the sentence names it (revised after first run). '(khoảng 72%)' is the national average: its own figure, location Việt Nam. '2.815 người …, trong đó …, (chiếm 71,1%)' total 3.960 + share.",
], figs, published="2024-03-05", location="Sơn La")
