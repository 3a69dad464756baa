"""p1009-8: provincial newspaper online (Báo Bắc Giang), mì Chũ (Lục Ngạn), headline figure, (BGĐT) tag, 11/2023."""
from lib import F, P, INH, C, T, write

TEXT = """Báo Bắc Giang điện tử
Kinh tế
Thứ Tư, 15/11/2023 - 10:42

Mì Chũ mang về hơn 300 tỷ đồng mỗi năm

(BGĐT) - Năm 2023, sản lượng mì Chũ của huyện Lục Ngạn dự kiến đạt khoảng 5.300 tấn, tăng 8% so với năm 2022; doanh thu ước đạt 320 tỷ đồng. 10 tháng đầu năm, các cơ sở đã tiêu thụ 4.380 tấn mì, đạt 82,6% kế hoạch năm.

Hiện toàn huyện có 146 hộ, cơ sở sản xuất mì gạo, tập trung dọc Quốc lộ 31 ở thị trấn Chũ (87 cơ sở), xã Nam Dương (38 cơ sở) và xã Quý Sơn (21 cơ sở). Có 12 sản phẩm mì Chũ đạt chuẩn OCOP, trong đó 2 sản phẩm đạt 4 sao. Nghề làm mì tạo việc làm cho khoảng 1.800 lao động với thu nhập bình quân 7-8 triệu đồng/người/tháng.

Giá mì Chũ bán lẻ từ 40.000 đến 45.000 đồng/kg. Tuy nhiên, giá gạo Bao thai nguyên liệu hiện ở mức 14.000 đồng/kg, tăng 2.500 đồng/kg so với đầu năm, khiến lợi nhuận của các cơ sở giảm khoảng 10-15%.

Theo Phòng Tài nguyên và Môi trường huyện, mỗi ngày các cơ sở thải ra khoảng 420 m3 nước thải; đến nay mới có 34 cơ sở có hệ thống xử lý nước thải, đạt 23,3%. Năm 2024, huyện phấn đấu 100% cơ sở sản xuất mì Chũ cam kết bảo vệ môi trường và có thêm 5 sản phẩm OCOP. Huyện cũng dự kiến xây dựng khu sản xuất tập trung rộng 5 ha tại thị trấn Chũ, tổng vốn khoảng 75 tỷ đồng.

Hoàng Anh
"""

PUB = "2023-11-15"
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "hộ, cơ sở sản xuất mì gạo"
FIGS = [
    F("hơn 300 tỷ đồng", "300", 300000000000, "money", "đồng/năm", "doanh thu mì Chũ", approx="over"),
    F("khoảng 5.300 tấn", "5.300", 5300, "measure", "tấn", "sản lượng mì Chũ", approx="about",
      change=C("increase", 8, "%", "năm 2022"), status="forecast", period=Y23),
    F("ước đạt 320 tỷ đồng", "320", 320000000000, "money", "đồng", "doanh thu", status="estimate", period=Y23),
    F("tiêu thụ 4.380 tấn", "4.380", 4380, "measure", "tấn", "mì tiêu thụ", percent=82.6,
      period=P("10 tháng đầu năm", "2023-01-01", "2023-10-31")),
    F("có 146 hộ", "146", 146, "count", "hộ", SUBJ),
    F("(87 cơ sở)", "87", 87, "count", "cơ sở", SUBJ, total=146),
    F("(38 cơ sở)", "38", 38, "count", "cơ sở", SUBJ, total=146),
    F("(21 cơ sở)", "21", 21, "count", "cơ sở", SUBJ, total=146),
    F("Có 12 sản phẩm", "12", 12, "count", "sản phẩm", "sản phẩm mì Chũ đạt chuẩn OCOP"),
    F("2 sản phẩm đạt", "2", 2, "count", "sản phẩm", "sản phẩm đạt 4 sao", total=12),
    F("đạt 4 sao", "4", 4, "count", "sao", optional=True),
    F("khoảng 1.800 lao động", "1.800", 1800, "count", "lao động", "lao động có việc làm từ nghề làm mì",
      approx="about"),
    F("7-8 triệu", "7", 7000000, "money", "đồng/người/tháng", "thu nhập bình quân", value_max=8000000),
    F("từ 40.000 đến 45.000", "40.000", 40000, "money", "đồng/kg", "giá mì Chũ bán lẻ", value_max=45000),
    F("mức 14.000 đồng/kg", "14.000", 14000, "money", "đồng/kg", "giá gạo Bao thai nguyên liệu",
      change=C("increase", 2500, "đồng/kg", "đầu năm")),
    F("khoảng 10-15%", "10", 10, "percent", "%", "lợi nhuận của các cơ sở giảm", approx="about", value_max=15),
    F("khoảng 420 m3", "420", 420, "measure", "m3/ngày", "nước thải các cơ sở thải ra", approx="about"),
    F("có 34 cơ sở", "34", 34, "count", "cơ sở", "cơ sở có hệ thống xử lý nước thải", percent=23.3,
      period=P("đến nay", None, PUB)),
    F("phấn đấu 100%", "100", 100, "percent", "%", "cơ sở sản xuất mì Chũ cam kết bảo vệ môi trường",
      status="target", period=Y24),
    F("thêm 5 sản phẩm", "5", 5, "count", "sản phẩm", "sản phẩm OCOP", status="target", period=Y24),
    F("rộng 5 ha", "5", 5, "measure", "ha", "diện tích khu sản xuất tập trung", status="forecast", period=INH(Y24)),
    F("khoảng 75 tỷ đồng", "75", 75000000000, "money", "đồng", "tổng vốn khu sản xuất tập trung", approx="about",
      status="forecast", period=INH(Y24)),
]

NOTES = [
    "Báo Bắc Giang online: mì Chũ (rice noodles), huyện Lục Ngạn; headline figure without period; '(BGĐT) -' tag.",
    "Default location Lục Ngạn; thị trấn/xã items are not districts, they keep Lục Ngạn and the list's indicator.",
    "'dự kiến đạt khoảng 5.300 tấn' -> forecast + about; '; doanh thu ước đạt' -> estimate (own cue).",
    "'10 tháng đầu năm' (no year) takes 2023 from 'Năm 2023' before it. 'đến nay' -> as-of at the dateline.",
    "Commune list (87+38+21 = 146) after the whole -> total 146. 'đạt 23,3%' after 34 cơ sở -> its percent.",
    "'giảm khoảng 10-15%' (no base amount) -> percent figure. The forecast sentence after the 2024 targets inherits năm 2024.",
    "'4 sao' rating class optional. Distractors: dateline 10:42, Quốc lộ 31, (BGĐT).",
]

if __name__ == "__main__":
    write("p1009-8", TEXT, FIGS, published=PUB, location="Lục Ngạn", notes=NOTES)
