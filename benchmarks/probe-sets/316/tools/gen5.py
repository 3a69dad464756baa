from lib import Doc, P, C, T

TEXT = """UBND TỈNH NGHỆ AN
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 245/BC-SKHCN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 10 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện Chương trình phát triển tài sản trí tuệ năm 2024

I. KẾT QUẢ THỰC HIỆN
Thực hiện Quyết định số 3012/QĐ-UBND ngày 15/9/2021 của UBND tỉnh, năm 2024 Sở đã triển khai 14 nhiệm vụ với tổng kinh phí 6,8 tỷ đồng, trong đó ngân sách tỉnh 4,1 tỷ đồng.

Bảng 1. Một số chỉ tiêu chủ yếu năm 2024
Đơn vị tính: đơn
Chỉ tiêu
Kế hoạch
Ước thực hiện
Tỷ lệ (%)
Đơn đăng ký nhãn hiệu
600
684
114
Đơn đăng ký kiểu dáng công nghiệp
40
37
92,5
Đơn đăng ký sáng chế, giải pháp hữu ích
25
31
124

Huyện Quỳnh Lưu có số đơn nhãn hiệu nhiều nhất với 112 đơn, chiếm 16,4% toàn tỉnh; thị xã Thái Hòa và huyện Con Cuông lần lượt xếp thứ 2 và 3.

Lũy kế giai đoạn 2021-2024, các chủ thể trong tỉnh được cấp 1.962 văn bằng bảo hộ, đạt 89,2% chỉ tiêu cả giai đoạn 2021-2025; hỗ trợ xây dựng, quản lý 17 nhãn hiệu chứng nhận, nhãn hiệu tập thể. Doanh thu của các sản phẩm mang nhãn hiệu được hỗ trợ ước đạt 1.250 tỷ đồng, cao hơn khoảng 15-20% so với trước khi được bảo hộ.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu năm 2025 có 700 đơn đăng ký nhãn hiệu, trên 500 văn bằng bảo hộ được cấp; 100% sản phẩm OCOP 4 sao trở lên được bảo hộ nhãn hiệu.

Nơi nhận:
- UBND tỉnh (để b/c);
- Lưu: VT, QLCN.
GIÁM ĐỐC
"""

d = Doc("p316-5", TEXT, [
    "Formal report of Sở KH&CN Nghệ An, letterhead 'Số: 245/BC-SKHCN', place-and-date line 'Nghệ An, ngày 10 tháng 12 năm 2024'.",
    "Distractors: 'Số: 245/BC-SKHCN', 'Quyết định số 3012/QĐ-UBND ngày 15/9/2021', section numbers 'I.', 'II.', 'Bảng 1', 'Lưu: VT, QLCN'.",
    "One-cell-per-line table (Đơn vị tính: đơn): Kế hoạch column -> status target; Ước thực hiện -> estimate; 'Tỷ lệ (%)' column -> percent",
    "  figures (no cue of their own: actual). Subject = row label + column label; period from the caption 'năm 2024' (another line: inherited).",
    "'trong đó ngân sách tỉnh 4,1 tỷ đồng': total 6,8 tỷ. 'lần lượt xếp thứ 2 và 3': ranks with the places as location.",
    "'112 đơn, chiếm 16,4% toàn tỉnh': percent attribute. '1.962 văn bằng, đạt 89,2% chỉ tiêu': percent attribute (plan value not stated).",
    "'Lũy kế giai đoạn 2021-2024' = 2021-01-01 .. 2024-12-31. 'ước đạt 1.250 tỷ đồng' estimate; 'cao hơn khoảng 15-20%' is its change",
    "  (value 15, approx about). 2025 targets: 700, trên 500, 100%. '4 sao trở lên' is a grade threshold: optional.",
], published="2024-12-10", location="Nghệ An")

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
GD = P("Lũy kế giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
GDi = P("Lũy kế giai đoạn 2021-2024", "2021-01-01", "2024-12-31", inh=True)
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

d.f("triển khai 14 nhiệm vụ", "14", 14, "count", "nhiệm vụ", "nhiệm vụ Sở đã triển khai", period=Y24)
d.f("kinh phí 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", "tổng kinh phí", period=Y24)
d.f("ngân sách tỉnh 4,1 tỷ đồng", "4,1", 4.1e9, "money", "đồng", "ngân sách tỉnh", total=6.8e9, period=Y24)

d.f("nhãn hiệu\n600\n", "600", 600, "count", "đơn", "Đơn đăng ký nhãn hiệu kế hoạch", status="target", period=Y24i)
d.f("600\n684\n", "684", 684, "count", "đơn", "Đơn đăng ký nhãn hiệu ước thực hiện", status="estimate", period=Y24i)
d.f("684\n114\n", "114", 114, "percent", "%", "Đơn đăng ký nhãn hiệu tỷ lệ", period=Y24i)
d.f("công nghiệp\n40\n", "40", 40, "count", "đơn", "Đơn đăng ký kiểu dáng công nghiệp kế hoạch", status="target", period=Y24i)
d.f("40\n37\n", "37", 37, "count", "đơn", "Đơn đăng ký kiểu dáng công nghiệp ước thực hiện", status="estimate", period=Y24i)
d.f("37\n92,5\n", "92,5", 92.5, "percent", "%", "Đơn đăng ký kiểu dáng công nghiệp tỷ lệ", period=Y24i)
d.f("hữu ích\n25\n", "25", 25, "count", "đơn", "Đơn đăng ký sáng chế, giải pháp hữu ích kế hoạch", status="target", period=Y24i)
d.f("25\n31\n", "31", 31, "count", "đơn", "Đơn đăng ký sáng chế, giải pháp hữu ích ước thực hiện", status="estimate", period=Y24i)
d.f("31\n124\n", "124", 124, "percent", "%", "Đơn đăng ký sáng chế, giải pháp hữu ích tỷ lệ", period=Y24i)

d.f("với 112 đơn", "112", 112, "count", "đơn", "đơn nhãn hiệu", percent=16.4, location="Quỳnh Lưu", period=Y24i)
d.f("xếp thứ 2 và 3", "2", 2, "rank", "hạng", "số đơn nhãn hiệu", location="Thái Hòa", period=Y24i)
d.f("thứ 2 và 3.", "3", 3, "rank", "hạng", "số đơn nhãn hiệu", location="Con Cuông", period=Y24i)
d.f("cấp 1.962 văn bằng", "1.962", 1962, "count", "văn bằng", "văn bằng bảo hộ được cấp", percent=89.2, period=GD)
d.f("quản lý 17 nhãn hiệu", "17", 17, "count", "nhãn hiệu chứng nhận, nhãn hiệu tập thể",
    "nhãn hiệu chứng nhận, nhãn hiệu tập thể được hỗ trợ xây dựng, quản lý", period=GD)
d.f("ước đạt 1.250 tỷ đồng", "1.250", 1250e9, "money", "đồng", "doanh thu của các sản phẩm mang nhãn hiệu được hỗ trợ",
    status="estimate", change=C("increase", 15, "%", "trước khi được bảo hộ", approx="about"), period=GDi)
d.f("có 700 đơn", "700", 700, "count", "đơn", "đơn đăng ký nhãn hiệu", status="target", period=Y25)
d.f("trên 500 văn bằng", "500", 500, "count", "văn bằng", "văn bằng bảo hộ được cấp", approx="over", status="target", period=Y25)
d.f("100% sản phẩm OCOP", "100", 100, "percent", "%", "sản phẩm OCOP 4 sao trở lên được bảo hộ nhãn hiệu", status="target", period=Y25)
d.f("OCOP 4 sao", "4", 4, "count", "sao", approx="at_least", optional=True)
d.write()
