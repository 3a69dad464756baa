"""p1216-8: provincial newspaper online (Báo Hậu Giang), a large paper mill in Châu Thành, 10 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """BÁO HẬU GIANG ĐIỆN TỬ
Kinh tế

Nhà máy giấy đóng góp gần 40% kim ngạch xuất khẩu của tỉnh

Đăng ngày: 18/11/2024 | 15:20

(BHG) - 10 tháng năm 2024, Nhà máy giấy Sông Hậu tại KCN Sông Hậu, huyện Châu Thành sản xuất 512.000 tấn giấy các loại, tăng 7,5% so với cùng kỳ; xuất khẩu đạt 186 triệu USD, chiếm khoảng 38% kim ngạch xuất khẩu toàn tỉnh.

Nhà máy hiện sử dụng hơn 1.100 lao động, trong đó gần 800 người là lao động địa phương, thu nhập bình quân 11,2 triệu đồng/người/tháng. Khoảng 90% nguyên liệu của nhà máy là giấy thu hồi tái chế; giá thu mua giấy phế liệu tại các đại lý trong tỉnh từ 3.200 đến 3.800 đồng/kg. Nhà máy điện sinh khối 50 MW đặt trong khuôn viên đáp ứng khoảng 70% nhu cầu điện sản xuất.

Với số nộp ngân sách 10 tháng hơn 235 tỷ đồng, nhà máy đứng thứ 2 trong các doanh nghiệp nộp ngân sách lớn nhất tỉnh. Công ty đang đầu tư thêm một dây chuyền xeo giấy công suất 350.000 tấn/năm; đến năm 2026, tổng công suất dự kiến đạt 1,2 triệu tấn/năm.

Theo Sở Công Thương, toàn tỉnh hiện có hai nhà máy sản xuất giấy quy mô lớn và 14 cơ sở sản xuất bao bì carton; 10 tháng, giá trị sản xuất ngành giấy chiếm 21,4% giá trị sản xuất công nghiệp của tỉnh. Tỉnh phấn đấu năm 2025 kim ngạch xuất khẩu giấy và sản phẩm từ giấy đạt ít nhất 250 triệu USD.

NGỌC TRÂM
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
M10S = P("10 tháng", "2024-01-01", "2024-10-31")
TO26 = P("đến năm 2026", None, "2026-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
CT = "Châu Thành"
MILL = "Nhà máy giấy Sông Hậu"

FIGS = [
    F("gần 40%", "40", 40, "percent", "%", approx="nearly",
      subject="tỷ trọng nhà máy giấy trong kim ngạch xuất khẩu của tỉnh", location=CT),
    F("sản xuất 512.000 tấn", "512.000", 512000, "measure", "tấn", change=C("increase", 7.5, "%", "cùng kỳ"),
      subject="giấy các loại " + MILL + " sản xuất", period=M10, location=CT),
    F("đạt 186 triệu USD", "186", 186e6, "money", "USD", percent=38,
      subject="xuất khẩu của " + MILL, period=M10, location=CT),
    F("hơn 1.100 lao động", "1.100", 1100, "count", "lao động", approx="over",
      subject="lao động nhà máy sử dụng", location=CT),
    F("gần 800 người", "800", 800, "count", "người", approx="nearly", total=1100,
      subject="lao động địa phương của nhà máy", location=CT),
    F("bình quân 11,2 triệu", "11,2", 11.2e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động nhà máy", location=CT),
    F("Khoảng 90%", "90", 90, "percent", "%", approx="about",
      subject="tỷ lệ nguyên liệu là giấy thu hồi tái chế", location=CT),
    F("từ 3.200 đến 3.800", "3.200", 3200, "money", "đồng/kg", value_max=3800,
      subject="giá thu mua giấy phế liệu tại các đại lý"),
    F("sinh khối 50 MW", "50", 50, "measure", "MW", subject="công suất nhà máy điện sinh khối", location=CT),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="tỷ lệ nhu cầu điện sản xuất được nhà máy điện sinh khối đáp ứng", location=CT),
    F("hơn 235 tỷ", "235", 235e9, "money", "đồng", approx="over",
      subject="nộp ngân sách của nhà máy", period=M10S, location=CT),
    F("đứng thứ 2", "2", 2, "rank", "hạng",
      subject="doanh nghiệp nộp ngân sách lớn nhất tỉnh", location=CT),
    F("thêm một dây chuyền", "một", 1, "count", "dây chuyền", optional=True,
      subject="dây chuyền xeo giấy đầu tư thêm", location=CT),
    F("công suất 350.000 tấn", "350.000", 350000, "measure", "tấn/năm",
      subject="công suất dây chuyền xeo giấy đầu tư thêm", location=CT),
    F("đạt 1,2 triệu tấn", "1,2", 1.2e6, "measure", "tấn/năm", status="forecast",
      subject="tổng công suất nhà máy", period=TO26, location=CT),
    F("có hai nhà máy", "hai", 2, "count", "nhà máy", subject="nhà máy sản xuất giấy quy mô lớn"),
    F("và 14 cơ sở", "14", 14, "count", "cơ sở", subject="cơ sở sản xuất bao bì carton"),
    F("chiếm 21,4%", "21,4", 21.4, "percent", "%",
      subject="tỷ trọng giá trị sản xuất ngành giấy trong giá trị sản xuất công nghiệp", period=M10S),
    F("ít nhất 250 triệu", "250", 250e6, "money", "USD", approx="at_least", status="target",
      subject="kim ngạch xuất khẩu giấy và sản phẩm từ giấy", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Hậu Giang): tag '(BHG) -', 'Đăng ngày: 18/11/2024 | 15:20', byline at the end.",
    "Distractors: 'KCN Sông Hậu', time 15:20, '(BHG)'.",
    "Mill in huyện Châu Thành: its figures get location Châu Thành, also in the following sentences ('Nhà máy', 'Công ty').",
    "The headline share has no period. revised after the run: headline share and rank 'đứng thứ 2 ... lớn nhất tỉnh' Hậu Giang -> Châu Thành:",
    "  location is the place of what the figure describes (the mill), as the body's 38% share; a rank takes the ranked entity's place,",
    "  not the scope of the ranking (shared gold 001: 'đứng thứ 2 toàn quốc' -> Thừa Thiên Huế).",
    "'chiếm khoảng 38%' is the share (percent attribute) of 186 triệu USD. 'chiếm 21,4%' has no base amount before it: a percent figure.",
    "'thêm một dây chuyền' (number word that can read as the indefinite article) optional; 'hai nhà máy' required (count 2).",
    "'10 tháng' (second use) takes 2024; 'đến năm 2026 ... dự kiến' = forecast with end 2026-12-31.",
    "The waste-paper price is at agents 'trong tỉnh': location Hậu Giang.",
]

if __name__ == "__main__":
    write("p1216-8", TEXT, NOTES, FIGS, published="2024-11-18", location="Hậu Giang")
