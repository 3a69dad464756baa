"""p1526-4: ministry site (Bộ Y tế, Cục Quản lý môi trường y tế): registered hand-wash products, makers, exports (national)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Hoạt động của các đơn vị

Hơn 1.900 chế phẩm rửa tay đang được phép lưu hành

22/03/2024 | 14:30 | Cục Quản lý môi trường y tế

Theo Cục Quản lý môi trường y tế (Bộ Y tế), tính đến ngày 29/02/2024, cả nước có 1.936 chế phẩm dùng để rửa tay có số đăng ký lưu hành còn hiệu lực, trong đó 1.214 chế phẩm nước rửa tay khô, chiếm 62,7%.

Trong năm 2023, Cục đã cấp mới 187 số đăng ký, giảm 41% so với năm 2022; gia hạn 312 số đăng ký và thu hồi 26 số đăng ký do sản phẩm không đạt chất lượng.

Cả nước hiện có khoảng 260 cơ sở sản xuất chế phẩm rửa tay đủ điều kiện, tập trung chủ yếu tại TP Hồ Chí Minh (74 cơ sở), Hà Nội (52 cơ sở) và Bình Dương (31 cơ sở). Tổng công suất ước khoảng 350 triệu lít/năm, nhưng năm 2023 các cơ sở mới sử dụng 35-40% công suất.

Theo số liệu của Tổng cục Hải quan, năm 2023 kim ngạch xuất khẩu nước rửa tay, xà phòng nước đạt 148,6 triệu USD, tăng 7,3% so với năm 2022, trong đó thị trường Campuchia đạt 31,2 triệu USD.

Cục đề nghị các cơ sở tuân thủ Nghị định số 91/2016/NĐ-CP; sản phẩm nước rửa tay khô phải có hàm lượng cồn từ 60% đến 80%. Mục tiêu đến năm 2025, ít nhất 90% chế phẩm lưu hành được gắn mã truy xuất nguồn gốc điện tử.

Tin cùng chuyên mục:
- Hướng dẫn phòng chống dịch bệnh mùa hè năm 2024
- Tăng cường kiểm tra chất lượng chế phẩm diệt khuẩn

Cổng thông tin điện tử Bộ Y tế
Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội
"""

ASOF = per("tính đến ngày 29/02/2024", None, "2024-02-29")
Y23 = per("Trong năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
SUBJ_CS = "cơ sở sản xuất chế phẩm rửa tay đủ điều kiện"

FIGS = [
    fig("Hơn 1.900 chế phẩm", "1.900", 1900, "count", "chế phẩm", approx="over",
        subject="chế phẩm rửa tay đang được phép lưu hành"),
    fig("có 1.936 chế phẩm", "1.936", 1936, "count", "chế phẩm",
        subject="chế phẩm dùng để rửa tay có số đăng ký lưu hành còn hiệu lực", period=ASOF),
    fig("trong đó 1.214", "1.214", 1214, "count", "chế phẩm", total=1936, percent=62.7,
        subject="chế phẩm nước rửa tay khô", period=ASOF),
    fig("cấp mới 187", "187", 187, "count", "số đăng ký", change=chg("decrease", 41, "%", "năm 2022"),
        subject="số đăng ký cấp mới", period=Y23),
    fig("gia hạn 312", "312", 312, "count", "số đăng ký", subject="số đăng ký gia hạn", period=Y23),
    fig("thu hồi 26", "26", 26, "count", "số đăng ký", subject="số đăng ký thu hồi", period=Y23),
    fig("khoảng 260 cơ sở", "260", 260, "count", "cơ sở", approx="about", subject=SUBJ_CS),
    fig("(74 cơ sở)", "74", 74, "count", "cơ sở", subject=SUBJ_CS, location="TP Hồ Chí Minh"),
    fig("(52 cơ sở)", "52", 52, "count", "cơ sở", subject=SUBJ_CS, location="Hà Nội"),
    fig("(31 cơ sở)", "31", 31, "count", "cơ sở", subject=SUBJ_CS, location="Bình Dương"),
    fig("ước khoảng 350 triệu", "350", 350e6, "measure", "lít/năm", approx="about", status="estimate",
        subject="tổng công suất"),
    fig("35-40% công suất", "35", 35, "percent", "%", value_max=40,
        subject="công suất các cơ sở sử dụng", period=Y23b),
    fig("đạt 148,6 triệu", "148,6", 148.6e6, "money", "USD", change=chg("increase", 7.3, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu nước rửa tay, xà phòng nước", period=Y23b),
    fig("đạt 31,2 triệu", "31,2", 31.2e6, "money", "USD", total=148.6e6,
        subject="kim ngạch xuất khẩu sang thị trường Campuchia", period=Y23b),
    fig("từ 60% đến 80%", "60", 60, "percent", "%", value_max=80,
        subject="hàm lượng cồn của nước rửa tay khô", optional=True),
    fig("ít nhất 90%", "90", 90, "percent", "%", approx="at_least", status="target",
        subject="chế phẩm lưu hành được gắn mã truy xuất nguồn gốc điện tử", period=TO25),
]

NOTES = [
    "Ministry site (Bộ Y tế): breadcrumb, '22/03/2024 | 14:30 | Cục Quản lý môi trường y tế', related links, address footer.",
    "Distractors: 14:30, Nghị định số 91/2016/NĐ-CP, '138A Giảng Võ', 'năm 2024' in a link title, the date 29/02/2024.",
    "National figures → Việt Nam; the bracketed list TP Hồ Chí Minh (74) / Hà Nội (52) / Bình Dương (31) gives each item its place;",
    "it does not add up to 260 ('tập trung chủ yếu'), so no total. Campuchia is a trade partner: location stays Việt Nam; 'trong đó' → total 148,6 triệu.",
    "Headline 'Hơn 1.900' has no period phrase ('đang'). 'tính đến ngày 29/02/2024' → as-of (leap day).",
    "'1.214 ..., chiếm 62,7%' → total 1.936 and percent 62,7. 'ước khoảng 350 triệu lít/năm' → estimate + about, no period of its own.",
    "Optional: 'hàm lượng cồn từ 60% đến 80%' is a regulatory requirement, not a statistic; an annotator may or may not count it.",
    "'Mục tiêu đến năm 2025, ít nhất 90%' → target, at_least, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1526-4", TEXT, NOTES, FIGS, published="2024-03-22", location="Việt Nam")
