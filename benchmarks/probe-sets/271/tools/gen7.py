from lib import F, P, C, T, emit

TEXT = """SỞ KẾ HOẠCH VÀ ĐẦU TƯ THÀNH PHỐ CẦN THƠ
Xúc tiến đầu tư | Doanh nghiệp | Văn bản

Cần Thơ: Thu hút đầu tư của kiều bào đạt nhiều kết quả tích cực

Tính đến ngày 30/9/2024, trên địa bàn thành phố có 128 dự án của người Việt Nam ở nước ngoài còn hiệu lực, với tổng vốn đăng ký khoảng 312,5 triệu USD. Trong đó, 47 dự án có vốn đầu tư trực tiếp nước ngoài (FDI) với vốn đăng ký 241,8 triệu USD, chiếm 77,4% tổng vốn; 81 dự án đầu tư theo hình thức doanh nghiệp trong nước, vốn đăng ký 70,7 triệu USD.

Riêng 9 tháng năm 2024, thành phố cấp mới 9 dự án của kiều bào, tổng vốn 18,6 triệu USD, tăng 2,3 lần so với cùng kỳ.

Cơ cấu dự án của kiều bào theo lĩnh vực (tính đến 30/9/2024)
Đơn vị tính: triệu USD

Lĩnh vực
Số dự án
Vốn đăng ký
Tỷ trọng vốn (%)
Công nghiệp - xây dựng
39
148,2
47,4
Nông nghiệp, thủy sản
26
61,3
19,6
Thương mại - dịch vụ
63
103,0
33,0

Theo Sở Kế hoạch và Đầu tư, việc triển khai Nghị quyết số 45/2022/QH15 về thí điểm một số cơ chế, chính sách đặc thù phát triển thành phố đã tạo thêm động lực thu hút kiều bào. Tại Hội nghị xúc tiến đầu tư tổ chức tháng 8 vừa qua, thành phố trao chủ trương đầu tư cho 3 dự án của kiều bào đến từ Hoa Kỳ, Australia và Canada với tổng vốn hơn 1.050 tỷ đồng.

Thành phố phấn đấu đến năm 2025 có trên 150 dự án của kiều bào còn hiệu lực, tổng vốn đăng ký đạt 400 triệu USD.

Nhà đầu tư cần thông tin xin liên hệ Trung tâm Xúc tiến Đầu tư, Thương mại và Hỗ trợ doanh nghiệp, số 6 Đại lộ Hòa Bình, quận Ninh Kiều, điện thoại 0292.3820.425.
"""

ASOF_i = P("tính đến 30/9/2024", None, "2024-09-30", inh=True)
TO25 = P("đến năm 2025", None, "2025-12-31")
ROWS = [("Công nghiệp - xây dựng", "39", "148,2", "47,4"),
        ("Nông nghiệp, thủy sản", "26", "61,3", "19,6"),
        ("Thương mại - dịch vụ", "63", "103,0", "33,0")]


def num(s):
    return float(s.replace(",", "."))


FIGS = [
    F("có 128 dự án", "128", 128, "count", "dự án", "dự án của người Việt Nam ở nước ngoài còn hiệu lực",
      P("Tính đến ngày 30/9/2024", None, "2024-09-30")),
    F("khoảng 312,5 triệu USD", "312,5", 312.5e6, "money", "USD", "tổng vốn đăng ký dự án của người Việt Nam ở nước ngoài",
      P("Tính đến ngày 30/9/2024", None, "2024-09-30"), approx="about"),
    F("Trong đó, 47 dự án", "47", 47, "count", "dự án", "dự án có vốn đầu tư trực tiếp nước ngoài (FDI)",
      P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True), total=128),
    F("đăng ký 241,8 triệu USD", "241,8", 241.8e6, "money", "USD", "vốn đăng ký dự án FDI",
      P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True), total=312.5e6, percent=77.4),
    F("; 81 dự án", "81", 81, "count", "dự án", "dự án đầu tư theo hình thức doanh nghiệp trong nước",
      P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True), total=128),
    F("đăng ký 70,7 triệu USD", "70,7", 70.7e6, "money", "USD", "vốn đăng ký dự án doanh nghiệp trong nước",
      P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True), total=312.5e6),
    F("cấp mới 9 dự án", "9", 9, "count", "dự án", "dự án của kiều bào cấp mới", P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("tổng vốn 18,6 triệu USD", "18,6", 18.6e6, "money", "USD", "tổng vốn dự án của kiều bào cấp mới",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), change=C("increase", 2.3, "lần", "cùng kỳ")),
]
for label, n, v, s in ROWS:
    FIGS += [
        F(f"{label}\n{n}\n", n, int(n), "count", "dự án", f"Số dự án lĩnh vực {label}", ASOF_i),
        F(f"{n}\n{v}\n", v, num(v) * 1e6, "money", "USD", f"Vốn đăng ký lĩnh vực {label}", ASOF_i),
        F(f"{v}\n{s}\n", s, num(s), "percent", "%", f"Tỷ trọng vốn lĩnh vực {label}", ASOF_i),
    ]
FIGS += [
    F("cho 3 dự án", "3", 3, "count", "dự án", "dự án của kiều bào được trao chủ trương đầu tư",
      P("tháng 8 vừa qua", "2024-08-01", "2024-08-31")),
    F("hơn 1.050 tỷ đồng", "1.050", 1050e9, "money", "đồng", "tổng vốn dự án của kiều bào được trao chủ trương đầu tư",
      P("tháng 8 vừa qua", "2024-08-01", "2024-08-31"), approx="over"),
    F("trên 150 dự án", "150", 150, "count", "dự án", "dự án của kiều bào còn hiệu lực", TO25, approx="over", status="target"),
    F("đạt 400 triệu USD", "400", 400e6, "money", "USD", "tổng vốn đăng ký dự án của kiều bào", TO25, status="target"),
]

COMMENTS = [
    "Department site (Sở KH&ĐT Cần Thơ), no dateline at all (published null); investment by overseas Vietnamese.",
    "One-cell-per-line table with 'Đơn vị tính: triệu USD': 'Số dự án' cells are counts (dự án), 'Vốn đăng ký' cells money ×10⁶ USD,",
    "'Tỷ trọng vốn (%)' cells percent. Subject = column + row label; period from the caption '(tính đến 30/9/2024)' (inherited).",
    "'Trong đó, 47 dự án … 241,8 triệu USD, chiếm 77,4% tổng vốn; 81 dự án … 70,7 triệu USD': parts of 128 dự án / 312,5 triệu USD.",
    "'tháng 8 vừa qua' resolves to August 2024 (year of the nearest earlier period, 30/9/2024). 'tăng 2,3 lần so với cùng kỳ': change in lần.",
    "Distractors: Nghị quyết số 45/2022/QH15, 'số 6 Đại lộ Hòa Bình', phone 0292.3820.425. Investor countries are not locations.",
]

if __name__ == "__main__":
    emit("p271-7", TEXT, COMMENTS, FIGS, published=None, location="Cần Thơ")
