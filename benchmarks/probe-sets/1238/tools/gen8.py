"""p1238-8: provincial newspaper online (Báo Hà Nam, '(BHN) -'), milk output 11 months 2024 and a yogurt plant in Duy Tiên."""
from lib import F, P, I, C, T, write

TEXT = """Báo Hà Nam điện tử > Kinh tế > Nông nghiệp

Sản lượng sữa tươi 11 tháng tăng 5,3%

11/12/2024 16:40

(BHN) - 11 tháng năm 2024, sản lượng sữa tươi toàn tỉnh đạt 18.240 tấn, tăng 5,3% so với cùng kỳ; trong đó huyện Lý Nhân 9.460 tấn, thị xã Duy Tiên 5.120 tấn. Tổng đàn bò sữa hiện có 6.780 con, giảm 120 con so với đầu năm do một số hộ chuyển sang nuôi bò thịt. Năng suất sữa bình quân đạt khoảng 15 kg/con/ngày. Toàn tỉnh có 4 trang trại quy mô từ 100 con trở lên, trong đó lớn nhất là trang trại ở xã Nhân Thịnh (huyện Lý Nhân) với 420 con.

Tại KCN Đồng Văn II (thị xã Duy Tiên), nhà máy sữa chua của Công ty TNHH Thực phẩm sữa Hà Nam quý III sản xuất 2.350 tấn sữa chua, bằng 118% quý II; cả 9 tháng đạt 6.120 tấn. Công ty bao tiêu sữa cho 85 hộ chăn nuôi với giá bình quân 14.800 đồng/kg, cao hơn 5% so với bán cho thương lái. Dự kiến quý IV, nhà máy tiêu thụ khoảng 2.600 tấn sữa chua, đưa sản lượng cả năm lên khoảng 8.700 tấn, vượt 8,8% kế hoạch.

Để nâng chất lượng sữa nguyên liệu, tỉnh hỗ trợ một phần kinh phí mua máy vắt sữa, tối đa 15 triệu đồng/hộ. Năm 2025, tỉnh phấn đấu đàn bò sữa đạt 7.200 con, có thêm ít nhất một sản phẩm sữa chua đạt OCOP 4 sao. Ngày hội sữa tươi Hà Nam lần thứ 3 sẽ diễn ra vào tháng 6/2025 tại thị xã Duy Tiên.

Thu Trang
"""

M11H = P("11 tháng", "2024-01-01", "2024-11-30")
M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
N9 = P("cả 9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
DT = "Duy Tiên"

FIGS = [
    F("11 tháng tăng 5,3%", "5,3", 5.3, "percent", "%", subject="sản lượng sữa tươi", period=M11H),
    F("đạt 18.240 tấn", "18.240", 18240, "measure", "tấn", change=C("increase", 5.3, "%", "cùng kỳ"),
      subject="sản lượng sữa tươi", period=M11),
    F("Lý Nhân 9.460 tấn", "9.460", 9460, "measure", "tấn", total=18240, location="Lý Nhân",
      subject="sản lượng sữa tươi", period=M11),
    F("Duy Tiên 5.120 tấn", "5.120", 5120, "measure", "tấn", total=18240, location=DT,
      subject="sản lượng sữa tươi", period=M11),
    F("có 6.780 con", "6.780", 6780, "count", "con", change=C("decrease", 120, "con", "đầu năm"),
      subject="tổng đàn bò sữa"),
    F("khoảng 15 kg/con/ngày", "15", 15, "measure", "kg/con/ngày", approx="about",
      subject="năng suất sữa bình quân"),
    F("có 4 trang trại", "4", 4, "count", "trang trại", subject="trang trại quy mô từ 100 con trở lên"),
    F("từ 100 con trở lên", "100", 100, "count", "con", approx="at_least", optional=True,
      subject="quy mô trang trại"),
    F("với 420 con", "420", 420, "count", "con", location="Lý Nhân",
      subject="bò sữa trang trại lớn nhất"),
    F("sản xuất 2.350 tấn", "2.350", 2350, "measure", "tấn", percent=118,
      subject="sữa chua nhà máy sản xuất", period=Q3, location=DT),
    F("đạt 6.120 tấn", "6.120", 6120, "measure", "tấn", subject="sữa chua nhà máy sản xuất",
      period=N9, location=DT),
    F("cho 85 hộ", "85", 85, "count", "hộ", subject="hộ chăn nuôi công ty bao tiêu sữa", location=DT),
    F("14.800 đồng/kg", "14.800", 14800, "money", "đồng/kg",
      change=C("increase", 5, "%", "bán cho thương lái"), subject="giá bao tiêu sữa bình quân",
      location=DT),
    F("khoảng 2.600 tấn", "2.600", 2600, "measure", "tấn", approx="about", status="forecast",
      subject="sữa chua nhà máy tiêu thụ", period=Q4, location=DT),
    F("khoảng 8.700 tấn", "8.700", 8700, "measure", "tấn", approx="about", status="forecast",
      change=C("increase", 8.8, "%", "kế hoạch"), subject="sản lượng sữa chua của nhà máy",
      period=YEAR, location=DT),
    F("tối đa 15 triệu", "15", 15e6, "money", "đồng/hộ", approx="at_most",
      subject="hỗ trợ kinh phí mua máy vắt sữa"),
    F("đạt 7.200 con", "7.200", 7200, "count", "con", status="target", subject="đàn bò sữa", period=Y25),
    F("ít nhất một", "một", 1, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm sữa chua đạt OCOP 4 sao", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Hà Nam điện tử): tag '(BHN) -', date line '11/12/2024 16:40', byline at the end. The text says only",
    "'tỉnh'; the paper (Báo Hà Nam) and the districts imply Hà Nam. District parts of the total → Lý Nhân / Duy Tiên.",
    "Headline 'tăng 5,3%' is a growth rate standing as the claim (percent, no change); year-less '11 tháng' → 2024 (published).",
    "The plant passage is placed in thị xã Duy Tiên (also the following sentences about the same plant / company). 'bằng 118% quý II' → percent 118;",
    "'vượt 8,8% kế hoạch' → change with baseline 'kế hoạch'. 'Dự kiến' governs 'đưa sản lượng cả năm lên' (forecast).",
    "'trong đó lớn nhất là trang trại ... với 420 con' follows '4 trang trại' but counts cows, not farms: no total. 'từ 100 con trở lên' is a class threshold (optional).",
    "Distractors: 'KCN Đồng Văn II', 'một phần kinh phí' (not a count), 'OCOP 4 sao', 'lần thứ 3', 'tháng 6/2025', 16:40.",
]

if __name__ == "__main__":
    write("p1238-8", TEXT, NOTES, FIGS, published="2024-12-11", location="Hà Nam")
