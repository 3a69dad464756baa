"""p1526-2: district portal (huyện Đức Hòa, Long An): a liquid-soap maker in KCN Hải Sơn; district producers."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ / Tin tức - Sự kiện / Kinh tế - Doanh nghiệp

Doanh nghiệp sản xuất xà phòng nước ở Đức Hòa mở rộng thị trường

12/06/2024 - 10:05

Công ty TNHH Sản xuất Thương mại Hòa Khánh đặt nhà máy tại Khu công nghiệp Hải Sơn (xã Đức Hòa Hạ) từ năm 2016, chuyên sản xuất xà phòng nước, nước rửa tay diệt khuẩn và nước rửa chén mang thương hiệu Khánh An.

Năm 2023, công ty sản xuất 5,8 triệu lít xà phòng nước và 1,2 triệu lít nước rửa tay diệt khuẩn; doanh thu đạt 142 tỷ đồng, vượt 12% kế hoạch; nộp ngân sách hơn 9 tỷ đồng, tăng 18% so với năm 2022. Công ty hiện có 3 dây chuyền chiết rót, sử dụng 186 lao động, trong đó 112 lao động nữ, thu nhập bình quân 9,5 triệu đồng/người/tháng.

5 tháng đầu năm 2024, công ty xuất khẩu 38 container sản phẩm sang Campuchia và Philippines, tăng 10 container so với cùng kỳ; nước rửa tay diệt khuẩn chiếm khoảng 15% doanh thu xuất khẩu. Năm 2024, công ty phấn đấu doanh thu đạt 160 tỷ đồng; dự kiến đầu tư khoảng 20 tỷ đồng xây kho thành phẩm rộng 2.500 m2 và tuyển thêm ba chục lao động.

Theo Phòng Kinh tế - Hạ tầng huyện, toàn huyện Đức Hòa hiện có 9 cơ sở sản xuất chất tẩy rửa, nước rửa tay, gồm 4 doanh nghiệp và 5 hộ kinh doanh, tổng sản lượng năm 2023 khoảng 9,6 triệu lít, tăng 6,7% so với năm 2022. Huyện phấn đấu đến năm 2025 có ít nhất 2 sản phẩm đạt OCOP 3 sao trở lên.

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Đức Hòa: Hội nghị đối thoại doanh nghiệp năm 2024
- Ra quân Tháng hành động vì an toàn thực phẩm

Địa chỉ: Khu phố 3, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An | Điện thoại: 0272.3851.246
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("sản xuất 5,8 triệu", "5,8", 5.8e6, "measure", "lít",
        subject="xà phòng nước công ty sản xuất", period=Y23),
    fig("và 1,2 triệu", "1,2", 1.2e6, "measure", "lít",
        subject="nước rửa tay diệt khuẩn công ty sản xuất", period=Y23),
    fig("đạt 142 tỷ", "142", 142e9, "money", "đồng",
        change=chg("increase", 12, "%", "kế hoạch"), subject="doanh thu của công ty", period=Y23),
    fig("hơn 9 tỷ", "9", 9e9, "money", "đồng", approx="over",
        change=chg("increase", 18, "%", "năm 2022"), subject="nộp ngân sách của công ty", period=Y23),
    fig("có 3 dây chuyền", "3", 3, "count", "dây chuyền", subject="dây chuyền chiết rót của công ty"),
    fig("sử dụng 186 lao động", "186", 186, "count", "lao động", subject="lao động công ty sử dụng"),
    fig("112 lao động nữ", "112", 112, "count", "lao động", total=186, subject="lao động nữ"),
    fig("bình quân 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động"),
    fig("khẩu 38 container", "38", 38, "count", "container",
        change=chg("increase", 10, "container", "cùng kỳ"),
        subject="container sản phẩm công ty xuất khẩu", period=M5),
    fig("khoảng 15% doanh thu", "15", 15, "percent", "%", approx="about",
        subject="tỷ trọng nước rửa tay diệt khuẩn trong doanh thu xuất khẩu", period=M5),
    fig("đạt 160 tỷ", "160", 160e9, "money", "đồng", status="target",
        subject="doanh thu của công ty", period=Y24),
    fig("khoảng 20 tỷ", "20", 20e9, "money", "đồng", approx="about", status="forecast",
        subject="vốn đầu tư xây kho thành phẩm", period=Y24),
    fig("rộng 2.500 m2", "2.500", 2500, "measure", "m2", status="forecast",
        subject="diện tích kho thành phẩm", period=Y24),
    fig("ba chục lao động", "ba chục", 30, "count", "lao động", status="forecast",
        subject="lao động tuyển thêm", period=Y24),
    fig("có 9 cơ sở", "9", 9, "count", "cơ sở",
        subject="cơ sở sản xuất chất tẩy rửa, nước rửa tay"),
    fig("gồm 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=9,
        subject="doanh nghiệp sản xuất chất tẩy rửa, nước rửa tay"),
    fig("và 5 hộ kinh doanh", "5", 5, "count", "hộ kinh doanh", total=9,
        subject="hộ kinh doanh sản xuất chất tẩy rửa, nước rửa tay"),
    fig("khoảng 9,6 triệu", "9,6", 9.6e6, "measure", "lít", approx="about",
        change=chg("increase", 6.7, "%", "năm 2022"),
        subject="tổng sản lượng của các cơ sở trên địa bàn huyện", period=Y23b),
    fig("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm đạt OCOP 3 sao trở lên", period=TO25),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner, breadcrumb, '12/06/2024 - 10:05' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: founding year 'từ năm 2016', 'OCOP 3 sao', 'Khu phố 3', phone 0272.3851.246, 10:05, 'năm 2024' in a link title.",
    "All figures are in huyện Đức Hòa (xã Đức Hòa Hạ is a commune of it): location Đức Hòa.",
    "'vượt 12% kế hoạch' → change increase 12 with baseline kế hoạch (FIGURES.md: a gap to a plan); 'tăng 10 container so với cùng kỳ' → change in container.",
    "'Công ty hiện có ...' figures stand without a period ('hiện'). 'trong đó 112 lao động nữ' → total 186.",
    "'nước rửa tay diệt khuẩn chiếm khoảng 15% doanh thu xuất khẩu' is a percent figure of its own (no base amount of its own).",
    "'Năm 2024, ... phấn đấu ...; dự kiến ...' → 160 tỷ target; 20 tỷ, 2.500 m2 and 'ba chục' (= 30) lao động forecast; all period 2024.",
    "'gồm 4 doanh nghiệp và 5 hộ kinh doanh' → parts of 9 cơ sở. 'đến năm 2025 ... ít nhất 2 sản phẩm' → target, at_least, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1526-2", TEXT, NOTES, FIGS, published="2024-06-12", location="Đức Hòa")
