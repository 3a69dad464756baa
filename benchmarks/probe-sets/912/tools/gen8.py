"""p912-8: provincial newspaper online (Báo Bắc Giang), headline figure, (BGĐT) tag; FDI in detergent plants."""
from lib import F, P, C, write

TEXT = """Báo Bắc Giang điện tử
Kinh tế | Công nghiệp
5 tháng, thu hút hơn 120 triệu USD vào sản xuất chất tẩy rửa
Cập nhật lúc 09:30, Thứ Năm, 12/06/2025

(BGĐT) - 5 tháng đầu năm 2025, tỉnh thu hút 3 dự án đầu tư mới trong lĩnh vực sản xuất xà phòng, chất tẩy rửa và hóa mỹ phẩm gia dụng với tổng vốn đăng ký 120,5 triệu USD, gấp 2,3 lần cả năm 2024.

Trong đó, dự án của Công ty TNHH Hóa chất Tinh Khiết (Trung Quốc) tại KCN Quang Châu có vốn 78 triệu USD, công suất 150.000 tấn bột giặt và 60.000 tấn nước giặt mỗi năm. Dự kiến nhà máy đi vào hoạt động từ quý II/2026, tạo việc làm cho khoảng 1.200 lao động.

Hiện toàn tỉnh có 12 doanh nghiệp sản xuất chất tẩy rửa đang hoạt động, sử dụng gần 3.400 lao động. Các địa phương có nhiều doanh nghiệp nhất là thị xã Việt Yên (5 doanh nghiệp), huyện Yên Dũng (3 doanh nghiệp) và huyện Lạng Giang (2 doanh nghiệp).

Năm 2024, sản lượng chất tẩy rửa của tỉnh đạt 96.700 tấn, tăng 21,4% so với năm 2023; giá trị xuất khẩu đạt 58,2 triệu USD, chiếm 0,2% kim ngạch xuất khẩu toàn tỉnh. Bình quân mỗi lao động trong ngành tạo ra khoảng 28 tấn sản phẩm/năm.

Theo Sở Kế hoạch và Đầu tư, năm 2025 tỉnh phấn đấu thu hút khoảng 200 triệu USD vốn FDI vào ngành hóa chất tiêu dùng; sản lượng chất tẩy rửa đạt 150.000 tấn. Các dự án phải đáp ứng quy định tại Nghị định số 08/2022/NĐ-CP về bảo vệ môi trường. Tuyến Quốc lộ 1A và Quốc lộ 37 thuận lợi cho vận chuyển nguyên liệu.

Thu Hương
"""

M5 = P("5 tháng đầu năm 2025", "2025-01-01", "2025-05-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
DN = "doanh nghiệp sản xuất chất tẩy rửa"
FIGS = [
    F("hơn 120 triệu USD", "120", 120e6, "money", "USD", "vốn đầu tư vào sản xuất chất tẩy rửa",
      P("5 tháng", "2025-01-01", "2025-05-31"), approx="over"),
    F("thu hút 3 dự án", "3", 3, "count", "dự án",
      "dự án đầu tư mới sản xuất xà phòng, chất tẩy rửa và hóa mỹ phẩm gia dụng", M5),
    F("đăng ký 120,5 triệu USD", "120,5", 120.5e6, "money", "USD", "tổng vốn đăng ký", M5,
      change=C("increase", 2.3, "lần", "cả năm 2024")),
    F("có vốn 78 triệu USD", "78", 78e6, "money", "USD", "vốn dự án của Công ty TNHH Hóa chất Tinh Khiết",
      P("5 tháng đầu năm 2025", "2025-01-01", "2025-05-31", inherited=True), total=120.5e6),
    F("công suất 150.000 tấn", "150.000", 150000, "measure", "tấn/năm", "công suất bột giặt của dự án"),
    F("và 60.000 tấn", "60.000", 60000, "measure", "tấn/năm", "công suất nước giặt của dự án"),
    F("khoảng 1.200 lao động", "1.200", 1200, "count", "lao động", "lao động nhà máy tạo việc làm",
      approx="about", status="forecast"),
    F("có 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp", "doanh nghiệp sản xuất chất tẩy rửa đang hoạt động"),
    F("gần 3.400 lao động", "3.400", 3400, "count", "lao động", "lao động của các doanh nghiệp sản xuất chất tẩy rửa",
      approx="nearly"),
    F("(5 doanh nghiệp)", "5", 5, "count", "doanh nghiệp", DN, location="Việt Yên"),
    F("(3 doanh nghiệp)", "3", 3, "count", "doanh nghiệp", DN, location="Yên Dũng"),
    F("(2 doanh nghiệp)", "2", 2, "count", "doanh nghiệp", DN, location="Lạng Giang"),
    F("đạt 96.700 tấn", "96.700", 96700, "measure", "tấn", "sản lượng chất tẩy rửa", Y24,
      change=C("increase", 21.4, baseline="năm 2023")),
    F("đạt 58,2 triệu USD", "58,2", 58.2e6, "money", "USD", "giá trị xuất khẩu chất tẩy rửa", Y24, percent=0.2),
    F("khoảng 28 tấn", "28", 28, "measure", "tấn/năm", "sản lượng bình quân mỗi lao động",
      P("Năm 2024", "2024-01-01", "2024-12-31", inherited=True), approx="about"),
    F("khoảng 200 triệu USD", "200", 200e6, "money", "USD", "vốn FDI vào ngành hóa chất tiêu dùng", Y25,
      approx="about", status="target"),
    F("đạt 150.000 tấn", "150.000", 150000, "measure", "tấn", "sản lượng chất tẩy rửa", Y25, status="target"),
]

NOTES = [
    "Báo Bắc Giang (invented): FDI vào sản xuất chất tẩy rửa 5 tháng đầu năm 2025; the text says only 'tỉnh', the paper's name and the",
    "(BGĐT) tag imply Bắc Giang. Headline '5 tháng' (no year, before the dateline) takes 2025 from the dateline 12/06/2025.",
    "'Trong đó, dự án … có vốn 78 triệu USD' is a part of the 120,5 triệu USD whole (total). The district list (5+3+2 ≠ 12) gets no total.",
    "'Dự kiến … tạo việc làm cho khoảng 1.200 lao động' → forecast; 'quý II/2026' is only a start date. 'phấn đấu' → target.",
    "revised: the unit of '28 tấn sản phẩm/năm' is 'tấn/năm' (was 'tấn sản phẩm/năm'; the substance is not part of a measure's unit, as for 41.800 tấn sản phẩm in p912-5).",
    "Not figures: 'Cập nhật lúc 09:30, Thứ Năm', KCN Quang Châu, Nghị định 08/2022/NĐ-CP, Quốc lộ 1A, Quốc lộ 37.",
]

if __name__ == "__main__":
    write("p912-8", TEXT, NOTES, FIGS, published="2025-06-12", location="Bắc Giang")
