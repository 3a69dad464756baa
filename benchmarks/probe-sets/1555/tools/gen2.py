"""p1555-2: district portal (huyện Văn Lâm, Hưng Yên): one pipe and PPR-fitting company, the district's producers."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Trang chủ / Tin tức / Kinh tế - Công nghiệp

Nhựa Minh Tiến mở rộng sản xuất ống và phụ kiện PPR
05/03/2025 - 16:10

Năm 2024, Công ty TNHH Nhựa Minh Tiến (Khu công nghiệp Phố Nối A) sản xuất 12.600 tấn ống nhựa và phụ kiện, tăng 15% so với năm 2023; doanh thu đạt 540 tỷ đồng, vượt kế hoạch đề ra là 500 tỷ đồng; nộp ngân sách hơn 18 tỷ đồng.

Công ty hiện vận hành ba dây chuyền ống uPVC, một dây chuyền ống PPR và 40 máy ép phụ kiện. Tổng số lao động là 320 người, trong đó 95 lao động nữ; thu nhập bình quân năm 2024 đạt 10,5 triệu đồng/người/tháng, cao hơn 7% so với năm trước.

Hai tháng đầu năm 2025, công ty tiêu thụ 2.150 tấn sản phẩm, trong đó phụ kiện PPR chiếm khoảng 30%. Năm 2025, công ty phấn đấu doanh thu 600 tỷ đồng và dự kiến tuyển thêm từ 40 đến 50 lao động khi dây chuyền mới đi vào hoạt động.

Toàn huyện hiện có 7 doanh nghiệp sản xuất ống nhựa, gồm 4 doanh nghiệp trong khu công nghiệp và 3 doanh nghiệp ngoài khu công nghiệp; tổng sản lượng năm 2024 khoảng 41.000 tấn. Tại thôn Minh Khai, thị trấn Như Quỳnh, gần 60 hộ tái chế hạt nhựa cung cấp nguyên liệu cho các cơ sở ép phụ kiện. Huyện phấn đấu đến năm 2025 có 100% cơ sở tái chế nhựa đáp ứng yêu cầu về môi trường.

Nguồn: Phòng Kinh tế và Hạ tầng huyện Văn Lâm
Tin khác:
- Văn Lâm tổng kết công tác năm 2024
- Xã Lạc Đạo ra quân làm đường giao thông nông thôn

Địa chỉ: Số 2 đường Nguyễn Bình, thị trấn Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên
Điện thoại: 0221.3985.112
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
M2 = per("Hai tháng đầu năm 2025", "2025-01-01", "2025-02-28")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("sản xuất 12.600 tấn", "12.600", 12600, "measure", "tấn",
        change=chg("increase", 15, "%", "năm 2023"),
        subject="ống nhựa và phụ kiện Công ty TNHH Nhựa Minh Tiến sản xuất", period=Y24),
    fig("đạt 540 tỷ", "540", 540e9, "money", "đồng", target=tgt(500e9, "đồng", True),
        subject="doanh thu của Công ty TNHH Nhựa Minh Tiến", period=Y24),
    fig("hơn 18 tỷ", "18", 18e9, "money", "đồng", approx="over",
        subject="nộp ngân sách của Công ty TNHH Nhựa Minh Tiến", period=Y24),
    fig("ba dây chuyền ống uPVC", "ba", 3, "count", "dây chuyền", subject="dây chuyền ống uPVC công ty vận hành"),
    fig("một dây chuyền ống PPR", "một", 1, "count", "dây chuyền", subject="dây chuyền ống PPR công ty vận hành"),
    fig("40 máy ép", "40", 40, "count", "máy ép", subject="máy ép phụ kiện công ty vận hành"),
    fig("là 320 người", "320", 320, "count", "người", subject="tổng số lao động"),
    fig("95 lao động nữ", "95", 95, "count", "lao động", total=320, subject="lao động nữ"),
    fig("đạt 10,5 triệu", "10,5", 10.5e6, "money", "đồng/người/tháng",
        change=chg("increase", 7, "%", "năm trước"), subject="thu nhập bình quân", period=Y24b),
    fig("tiêu thụ 2.150 tấn", "2.150", 2150, "measure", "tấn",
        subject="sản phẩm công ty tiêu thụ", period=M2),
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="phụ kiện PPR trong sản phẩm công ty tiêu thụ", period=M2),
    fig("doanh thu 600 tỷ", "600", 600e9, "money", "đồng", status="target",
        subject="doanh thu của công ty", period=Y25),
    fig("từ 40 đến 50", "40", 40, "count", "lao động", value_max=50, status="forecast",
        subject="lao động công ty tuyển thêm", period=Y25),
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất ống nhựa"),
    fig("gồm 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=7,
        subject="doanh nghiệp sản xuất ống nhựa trong khu công nghiệp"),
    fig("và 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=7,
        subject="doanh nghiệp sản xuất ống nhựa ngoài khu công nghiệp"),
    fig("khoảng 41.000 tấn", "41.000", 41000, "measure", "tấn", approx="about",
        subject="tổng sản lượng ống nhựa của huyện", period=Y24b),
    fig("gần 60 hộ", "60", 60, "count", "hộ", approx="nearly", subject="hộ tái chế hạt nhựa"),
    fig("có 100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở tái chế nhựa đáp ứng yêu cầu về môi trường", period=TO25),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): banner naming the district, breadcrumb, '05/03/2025 - 16:10' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 16:10, 'Khu công nghiệp Phố Nối A', 'Số 2 đường Nguyễn Bình', phone 0221.3985.112, 'năm 2024' in a link; 'Hai tháng đầu năm 2025' is a period (number word inside).",
    "Location: every figure is the district's or a company's in the district: Văn Lâm (default); thị trấn Như Quỳnh lies in Văn Lâm.",
    "'vượt kế hoạch đề ra là 500 tỷ đồng' → target 500 tỷ, met true. 'cao hơn 7% so với năm trước' → change of the wage.",
    "'trong đó phụ kiện PPR chiếm khoảng 30%' is a percent figure of its own (a share with no base amount of its own).",
    "'phấn đấu doanh thu 600 tỷ' → target; 'và dự kiến tuyển thêm từ 40 đến 50' → forecast (dự kiến governs its own clause).",
    "4 and 3 doanh nghiệp after 'gồm' take total 7. 'đến năm 2025' target: start null, end 2025-12-31.",
    "'ba dây chuyền ống uPVC, một dây chuyền ống PPR và 40 máy ép': three coordinated figures, each its own subject.",
    "revised after the first run: 320 người subject 'tổng số lao động của công ty' → 'tổng số lao động' (the sentence does not name the company).",
]

if __name__ == "__main__":
    write("p1555-2", TEXT, NOTES, FIGS, published="2025-03-05", location="Văn Lâm")
