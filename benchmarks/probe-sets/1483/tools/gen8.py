"""p1483-8: radio/TV site (Đài PT-TH Thanh Hóa): pre-Tết sales of household plastic ware, prices, a workshop in Quảng Xương."""
from lib import F, P, INH, CH, TG, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Đồ nhựa gia dụng hút khách dịp cuối năm

Cập nhật lúc 18:20, Thứ Ba, 21/01/2025

(TTV) - Những ngày giáp Tết Ất Tỵ 2025, các mặt hàng nhựa gia dụng như xô, chậu, rổ rá, thùng đựng nước tại các chợ trên địa bàn TP Thanh Hóa tiêu thụ mạnh, sức mua tăng khoảng 20-25% so với ngày thường.

Tại chợ Vườn Hoa, chậu nhựa cỡ lớn có giá từ 45.000 đến 70.000 đồng/chiếc, xô nhựa có nắp 35.000-55.000 đồng/chiếc, rổ rá loại nhỏ 10.000-15.000 đồng/chiếc. Chị Lê Thị Mai, tiểu thương tại ki-ốt số 17 chợ Vườn Hoa, cho biết mỗi ngày chị bán được 150-200 sản phẩm, gấp đôi tháng trước; giá bán hầu như không tăng do nguồn hàng dồi dào.

Tại huyện Quảng Xương, Cơ sở sản xuất nhựa Quảng Phát đang chạy hết công suất. Tháng 1 này, cơ sở sản xuất khoảng 30.000 sản phẩm, tăng 35% so với cùng kỳ. Cơ sở có 22 công nhân, làm việc ba ca liên tục. Ông Hoàng Văn Phát, chủ cơ sở cho biết, năm 2024 doanh thu đạt gần 9 tỷ đồng, lợi nhuận khoảng 1,2 tỷ đồng.

Theo Sở Công Thương, năm 2024 toàn tỉnh có 38 cơ sở sản xuất đồ nhựa gia dụng, sản lượng đạt khoảng 26.500 tấn, doanh thu trên 1.100 tỷ đồng. Dự kiến quý I/2025, nhu cầu mặt hàng này tăng 10-12% so với cùng kỳ.

Tin cùng chuyên mục:
- Chợ hoa xuân phố Lê Lợi mở cửa từ 23 tháng Chạp
- Thanh Hóa bảo đảm nguồn hàng phục vụ Tết Nguyên đán Ất Tỵ
"""

JAN = P("Tháng 1 này", "2025-01-01", "2025-01-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
QX = "Quảng Xương"

FIGS = [
    F("khoảng 20-25%", "20", 20, "percent", "%", value_max=25, approx="about",
      subject="sức mua các mặt hàng nhựa gia dụng"),
    F("từ 45.000 đến 70.000", "45.000", 45000, "money", "đồng/chiếc", value_max=70000,
      subject="giá chậu nhựa cỡ lớn"),
    F("nắp 35.000-55.000", "35.000", 35000, "money", "đồng/chiếc", value_max=55000,
      subject="giá xô nhựa có nắp"),
    F("nhỏ 10.000-15.000", "10.000", 10000, "money", "đồng/chiếc", value_max=15000,
      subject="giá rổ rá loại nhỏ"),
    F("được 150-200 sản phẩm", "150", 150, "measure", "sản phẩm/ngày", value_max=200,
      change=CH("increase", 2, "lần", "tháng trước"), subject="sản phẩm chị Mai bán được mỗi ngày"),
    F("khoảng 30.000 sản phẩm", "30.000", 30000, "count", "sản phẩm", approx="about",
      change=CH("increase", 35, "%", "cùng kỳ"), subject="sản phẩm cơ sở sản xuất", period=JAN,
      location=QX),
    F("có 22 công nhân", "22", 22, "count", "công nhân", subject="công nhân của cơ sở", location=QX),
    F("làm việc ba ca", "ba", 3, "count", "ca", location=QX, optional=True),
    F("gần 9 tỷ", "9", 9e9, "money", "đồng", approx="nearly", subject="doanh thu", period=Y24, location=QX),
    F("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="about", subject="lợi nhuận", period=Y24,
      location=QX),
    F("có 38 cơ sở", "38", 38, "count", "cơ sở", subject="cơ sở sản xuất đồ nhựa gia dụng", period=Y24),
    F("khoảng 26.500 tấn", "26.500", 26500, "measure", "tấn", approx="about", subject="sản lượng",
      period=Y24),
    F("trên 1.100 tỷ", "1.100", 1100e9, "money", "đồng", approx="over", subject="doanh thu", period=Y24),
    F("tăng 10-12%", "10", 10, "percent", "%", value_max=12, status="forecast",
      subject="nhu cầu mặt hàng đồ nhựa gia dụng", period=Q1),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Thanh Hóa): station banner, menu, 'Cập nhật lúc 18:20, Thứ Ba, 21/01/2025', tag '(TTV) -', related links.",
    "Distractors: 18:20, 'Tết Ất Tỵ 2025', 'ki-ốt số 17', '23 tháng Chạp' in a link title.",
    "Location: TP Thanh Hóa (market figures) and the province compare equal; the Quảng Phát workshop passage takes Quảng Xương.",
    "'sức mua tăng khoảng 20-25% so với ngày thường' is a rate as the claim: percent range, about, no change; 'giáp Tết' gives no period.",
    "Prices are standing ranges in đồng/chiếc with no period. 'mỗi ngày ... 150-200 sản phẩm' is a rate (sản phẩm/ngày);",
    "'gấp đôi tháng trước' → change increase 2 lần (number word 'đôi'), baseline tháng trước.",
    "'Tháng 1 này' → January 2025 (year of the dateline); 30.000 sản phẩm in that month is a count with change 35% vs cùng kỳ.",
    "'làm việc ba ca liên tục' describes round-the-clock shifts: optional count.",
    "'Dự kiến quý I/2025 ... tăng 10-12%' → forecast percent range, period Q1 2025.",
]

if __name__ == "__main__":
    write("p1483-8", TEXT, NOTES, FIGS, published="2025-01-21", location="Thanh Hóa")
