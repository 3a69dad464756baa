"""p1340-6: ministry site (Bộ NN&PTNT): three years of the national sea dyke upgrading programme."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Phòng, chống thiên tai

Sau 3 năm, hơn 400 km đê biển được củng cố, nâng cấp

05/06/2024 | 14:10 | Cục Quản lý đê điều và PCTT

Ngày 4/6, tại Hà Nội, Bộ Nông nghiệp và Phát triển nông thôn tổ chức hội nghị sơ kết 3 năm thực hiện Chương trình củng cố, nâng cấp hệ thống đê biển giai đoạn 2021-2030.

Theo báo cáo, cả nước hiện có 2.764 km đê biển tại 28 tỉnh, thành phố ven biển, trong đó khoảng 1.210 km đê trực tiếp chịu tác động của sóng. Giai đoạn 2021-2023, các địa phương đã củng cố, nâng cấp 412 km đê biển, đạt 41,2% mục tiêu của cả giai đoạn; tổng kinh phí đầu tư khoảng 18.600 tỷ đồng, trong đó vốn ngân sách trung ương 12.400 tỷ đồng, ngân sách địa phương 4.900 tỷ đồng và vốn ODA 1.300 tỷ đồng.

Các địa phương có khối lượng nâng cấp lớn nhất là Thanh Hóa (46 km), Nam Định (38 km), Cà Mau (35 km) và Sóc Trăng (29 km). Tỷ lệ giải ngân vốn năm 2023 đạt 89,6%, cao hơn 4,1% so với năm 2022. Riêng quý I/2024, các dự án đê biển giải ngân 1.150 tỷ đồng, bằng 17% kế hoạch vốn năm.

Tuy vậy, cả nước vẫn còn khoảng 480 km đê biển chưa đủ cao trình thiết kế; mỗi năm sóng tràn, triều cường gây sạt lở trung bình từ 15 đến 20 km đê, kè.

Phát biểu chỉ đạo, Thứ trưởng Trần Đình Phúc đề nghị các địa phương phấn đấu đến năm 2025 nâng cấp thêm 180 km đê biển, đưa tổng chiều dài đê biển đạt chuẩn lên trên 1.600 km. Dự kiến giai đoạn 2026-2030, nhu cầu vốn cho chương trình khoảng 42.000 tỷ đồng.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

G2123 = per("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
G2630 = per("giai đoạn 2026-2030", "2026-01-01", "2030-12-31")
UP = "khối lượng đê biển nâng cấp"
MONEY = "tổng kinh phí đầu tư"

FIGS = [
    fig("hơn 400 km", "400", 400, "measure", "km", approx="over", subject="đê biển được củng cố, nâng cấp"),
    fig("có 2.764 km", "2.764", 2764, "measure", "km", subject="đê biển"),
    fig("tại 28 tỉnh", "28", 28, "count", "tỉnh, thành phố", subject="tỉnh, thành phố ven biển có đê biển"),
    fig("khoảng 1.210 km", "1.210", 1210, "measure", "km", approx="about", total=2764,
        subject="đê trực tiếp chịu tác động của sóng"),
    fig("nâng cấp 412 km", "412", 412, "measure", "km", percent=41.2,
        subject="đê biển được củng cố, nâng cấp", period=G2123),
    fig("khoảng 18.600 tỷ", "18.600", 18.6e12, "money", "đồng", approx="about", subject=MONEY, period=G2123),
    fig("ương 12.400 tỷ", "12.400", 12.4e12, "money", "đồng", total=18.6e12,
        subject="vốn ngân sách trung ương", period=G2123),
    fig("phương 4.900 tỷ", "4.900", 4.9e12, "money", "đồng", total=18.6e12,
        subject="vốn ngân sách địa phương", period=G2123),
    fig("ODA 1.300 tỷ", "1.300", 1.3e12, "money", "đồng", total=18.6e12, subject="vốn ODA", period=G2123),
    fig("Thanh Hóa (46 km)", "46", 46, "measure", "km", subject=UP, period=inh(G2123), location="Thanh Hóa"),
    fig("Nam Định (38 km)", "38", 38, "measure", "km", subject=UP, period=inh(G2123), location="Nam Định"),
    fig("Cà Mau (35 km)", "35", 35, "measure", "km", subject=UP, period=inh(G2123), location="Cà Mau"),
    fig("Sóc Trăng (29 km)", "29", 29, "measure", "km", subject=UP, period=inh(G2123), location="Sóc Trăng"),
    fig("đạt 89,6%", "89,6", 89.6, "percent", "%", change=chg("increase", 4.1, "%", "năm 2022"),
        subject="tỷ lệ giải ngân vốn", period=Y23),
    fig("giải ngân 1.150 tỷ", "1.150", 1.15e12, "money", "đồng", percent=17,
        subject="vốn các dự án đê biển giải ngân", period=Q1),
    fig("khoảng 480 km", "480", 480, "measure", "km", approx="about",
        subject="đê biển chưa đủ cao trình thiết kế"),
    fig("từ 15 đến 20 km", "15", 15, "measure", "km/năm", value_max=20,
        subject="đê, kè bị sạt lở mỗi năm do sóng tràn, triều cường"),
    fig("thêm 180 km", "180", 180, "measure", "km", status="target",
        subject="đê biển nâng cấp thêm", period=TO25),
    fig("trên 1.600 km", "1.600", 1600, "measure", "km", approx="over", status="target",
        subject="tổng chiều dài đê biển đạt chuẩn", period=TO25),
    fig("khoảng 42.000 tỷ", "42.000", 42e12, "money", "đồng", approx="about", status="forecast",
        subject="nhu cầu vốn cho chương trình", period=G2630),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '05/06/2024 | 14:10 | Cục Quản lý đê điều và PCTT', address and phone footer.",
    "Distractors: 'Sau 3 năm' and 'sơ kết 3 năm' (durations that only locate figures), 'Ngày 4/6', 'giai đoạn 2021-2030',",
    "'Số 2 Ngọc Hà', phone 024.3846.8161, 14:10. National figures → Việt Nam; the meeting place Hà Nội is not a figure's place.",
    "'trong đó khoảng 1.210 km' → total 2.764; 'trong đó vốn ... 12.400 / 4.900 / 1.300 tỷ' → total 18.600 tỷ (they add up).",
    "'đạt 41,2% mục tiêu của cả giai đoạn' → percent attribute. 'bằng 17% kế hoạch vốn năm' → percent attribute.",
    "The bracketed list of provinces shares the indicator 'khối lượng nâng cấp'; location each province; period inherited.",
    "'Tỷ lệ giải ngân ... đạt 89,6%, cao hơn 4,1% so với năm 2022' → percent figure with a change (a rate with a base amount).",
    "'mỗi năm ... từ 15 đến 20 km' is a yearly rate: unit km/năm. 'hiện', 'vẫn còn' → no period.",
    "'phấn đấu đến năm 2025' governs both clauses (target, end 2025-12-31). 'Dự kiến giai đoạn 2026-2030' → forecast.",
]

if __name__ == "__main__":
    write("p1340-6", TEXT, NOTES, FIGS, published="2024-06-05", location="Việt Nam")
