"""p1461-8: news agency (TTXVN / VietnamPlus): a Japanese-invested cartridge plant in Hải Phòng (huyện An Dương) expands."""
from lib import F, P, I, C, T, write

TEXT = """VIETNAMPLUS - TTXVN
Kinh tế > Doanh nghiệp

Hải Phòng: Nhà máy hộp mực 150 triệu USD nâng công suất lên 40 triệu sản phẩm

20/06/2024 16:05 GMT+7

Theo phóng viên TTXVN tại Hải Phòng, Công ty TNHH Công nghệ Vật tư in Kaneko Việt Nam vừa được Ban Quản lý Khu kinh tế Hải Phòng cấp điều chỉnh Giấy chứng nhận đăng ký đầu tư lần thứ 3, nâng tổng vốn đầu tư của dự án tại Khu công nghiệp Tràng Duệ, huyện An Dương lên 150 triệu USD, tăng 45 triệu USD so với đăng ký ban đầu.

Dự kiến đến năm 2026, công suất nhà máy đạt 40 triệu hộp mực/năm, gấp 1,6 lần hiện nay; tổng số lao động đạt gần 3.500 người, tăng khoảng 1.200 người.

Năm 2023, doanh nghiệp đạt doanh thu 212 triệu USD, trong đó xuất khẩu chiếm 94%, chủ yếu sang Nhật Bản, Mỹ và EU; nộp ngân sách hơn 86 tỷ đồng.

Ông Kenji Morita, Tổng Giám đốc công ty, cho biết khoảng 30% vỏ hộp mực của nhà máy hiện được sản xuất từ nhựa tái chế; mục tiêu đến năm 2030 nâng tỷ lệ này lên 50%.

Theo Ban Quản lý Khu kinh tế Hải Phòng, 5 tháng đầu năm 2024, thành phố thu hút hơn 1,62 tỷ USD vốn FDI, bằng 54% kế hoạch năm, đứng thứ 3 cả nước. Hiện Hải Phòng có 11 dự án sản xuất máy in, hộp mực và vật tư in với tổng vốn đăng ký khoảng 2,9 tỷ USD, sử dụng trên 28.000 lao động.

(TTXVN/Vietnam+)

Tin liên quan:
- Hải Phòng khởi công KCN Nam Đình Vũ giai đoạn 2
- Doanh nghiệp Nhật Bản mở rộng đầu tư tại Việt Nam năm 2024
"""

AD = "An Dương"
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TO26 = P("đến năm 2026", None, "2026-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")

FIGS = [
    F("hộp mực 150 triệu", "150", 150e6, "money", "USD",
      subject="vốn đầu tư nhà máy hộp mực"),
    F("lên 40 triệu sản phẩm", "40", 40e6, "measure", "sản phẩm",
      subject="công suất nhà máy hộp mực"),
    F("lên 150 triệu USD", "150", 150e6, "money", "USD",
      change=C("increase", 45e6, "USD", "đăng ký ban đầu"),
      subject="tổng vốn đầu tư của dự án", location=AD),
    F("đạt 40 triệu hộp", "40", 40e6, "measure", "hộp mực/năm", status="forecast",
      change=C("increase", 1.6, "lần", "hiện nay"),
      subject="công suất nhà máy", period=TO26, location=AD),
    F("gần 3.500 người", "3.500", 3500, "count", "người", approx="nearly", status="forecast",
      change=C("increase", 1200, "người", approx="about"),
      subject="tổng số lao động", period=TO26, location=AD),
    F("doanh thu 212 triệu", "212", 212e6, "money", "USD",
      subject="doanh thu của doanh nghiệp", period=Y23, location=AD),
    F("chiếm 94%", "94", 94, "percent", "%",
      subject="tỷ trọng xuất khẩu trong doanh thu", period=Y23, location=AD),
    F("hơn 86 tỷ", "86", 86e9, "money", "đồng", approx="over",
      subject="nộp ngân sách của doanh nghiệp", period=Y23, location=AD),
    F("khoảng 30%", "30", 30, "percent", "%", approx="about",
      subject="vỏ hộp mực của nhà máy được sản xuất từ nhựa tái chế", location=AD),
    F("lên 50%", "50", 50, "percent", "%", status="target",
      subject="tỷ lệ vỏ hộp mực sản xuất từ nhựa tái chế", period=TO30, location=AD),
    F("hơn 1,62 tỷ", "1,62", 1.62e9, "money", "USD", approx="over", percent=54,
      subject="vốn FDI thành phố thu hút", period=M5),
    F("đứng thứ 3", "3", 3, "rank", "hạng",
      subject="thu hút vốn FDI", period=M5),
    F("có 11 dự án", "11", 11, "count", "dự án",
      subject="dự án sản xuất máy in, hộp mực và vật tư in"),
    F("khoảng 2,9 tỷ", "2,9", 2.9e9, "money", "USD", approx="about",
      subject="tổng vốn đăng ký của các dự án sản xuất máy in, hộp mực và vật tư in"),
    F("trên 28.000 lao động", "28.000", 28000, "count", "lao động", approx="over",
      subject="lao động các dự án sử dụng"),
]

NOTES = [
    "News agency (TTXVN / VietnamPlus): breadcrumb, '20/06/2024 16:05 GMT+7', 'Theo phóng viên TTXVN tại Hải Phòng', '(TTXVN/Vietnam+)'.",
    "Distractors: 16:05, GMT+7, 'lần thứ 3' (an ordinal), 'KCN Nam Đình Vũ giai đoạn 2' and 'năm 2024' in related links.",
    "Headline figures stand in a 'Hải Phòng:' headline: location Hải Phòng; the body places the plant in huyện An Dương (KCN Tràng Duệ).",
    "'nâng ... lên 150 triệu USD, tăng 45 triệu USD so với đăng ký ban đầu' → change 45 triệu USD. 'gấp 1,6 lần hiện nay' after the",
    "capacity → change in 'lần'. 'Dự kiến đến năm 2026' governs both clauses after it (forecast, start null).",
    "'trong đó xuất khẩu chiếm 94%' is a share of a different subject (exports in revenue): own percent figure, no total.",
    "'khoảng 30% ... hiện' has no period; 'mục tiêu đến năm 2030 ... lên 50%' is a target.",
    "City FDI: 'bằng 54% kế hoạch năm' is the percent attribute of 1,62 tỷ; the rank 'đứng thứ 3 cả nước' is located in Hải Phòng.",
]

if __name__ == "__main__":
    write("p1461-8", TEXT, NOTES, FIGS, published="2024-06-20", location="Hải Phòng")
