"""p1571-6: national newspaper: glass cullet scarce in TP HCM, price nearly doubled; recycler in Bình Chánh; pilot bottle take-back."""
from lib import F, P, year, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ ba, 12/11/2024, 07:15 (GMT+7)

Thủy tinh vụn thành hàng hiếm, giá tăng gần gấp đôi

Nhu cầu nấu lại thủy tinh của các nhà máy chai lọ tăng mạnh khiến giá thủy tinh vụn tại TP HCM lên 1.800-2.200 đồng/kg, gần gấp đôi đầu năm.

Tại bãi phế liệu trên đường số 7, KCN Lê Minh Xuân (huyện Bình Chánh), Công ty TNHH Tái chế Phương Nam mỗi tháng thu gom khoảng 1.500 tấn chai lọ vỡ từ hơn 40 đại lý. Sau khi phân loại theo màu, làm sạch và nghiền nhỏ, thủy tinh vụn được bán lại cho các nhà máy ở Bình Dương, Đồng Nai.

"Nhà máy của chúng tôi cần tối thiểu 3.000 tấn thủy tinh vụn mỗi tháng nhưng hiện chỉ mua được khoảng 1.200 tấn", ông Trần Minh Lộc, Phó giám đốc một công ty sản xuất chai tại Bình Dương, nói.

Theo Hiệp hội Tái chế chất thải Việt Nam, cả nước mỗi năm thải ra khoảng 500.000 tấn bao bì thủy tinh nhưng tỷ lệ thu gom để tái chế chưa đến 40%.

Từ tháng 9, một số siêu thị tại quận 1, quận 7 thí điểm nhận lại chai thủy tinh rỗng với giá 500 đồng/chai. Sau hai tháng, chương trình đã thu về hơn 86.000 chai, trong đó 70% là chai bia và nước ngọt. Sở Tài nguyên và Môi trường TP HCM dự kiến năm 2025 sẽ mở rộng mô hình ra 200 điểm thu gom tại 21 quận, huyện và TP Thủ Đức.

Lê Hoàng

Xem thêm:
- Giá phế liệu tháng 11 biến động mạnh
- Bộ Tài nguyên và Môi trường sửa Thông tư 02/2022/TT-BTNMT
"""

Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
HCM = "TP Hồ Chí Minh"

FIGS = [
    F("giá tăng gần gấp đôi", "đôi", 2, "multiple", "lần", approx="nearly", subject="giá thủy tinh vụn"),
    F("lên 1.800-2.200 đồng/kg", "1.800", 1800, "money", "đồng/kg", value_max=2200,
      change=chg("increase", 2, "lần", "đầu năm", approx="nearly"), subject="giá thủy tinh vụn"),
    F("khoảng 1.500 tấn", "1.500", 1500, "measure", "tấn/tháng", approx="about",
      subject="chai lọ vỡ Công ty TNHH Tái chế Phương Nam thu gom", location="Bình Chánh"),
    F("hơn 40 đại lý", "40", 40, "count", "đại lý", approx="over", subject="đại lý", location="Bình Chánh"),
    F("tối thiểu 3.000 tấn", "3.000", 3000, "measure", "tấn/tháng", approx="at_least",
      subject="thủy tinh vụn nhà máy cần", location="Bình Dương"),
    F("khoảng 1.200 tấn", "1.200", 1200, "measure", "tấn", approx="about",
      subject="thủy tinh vụn nhà máy mua được", location="Bình Dương"),
    F("khoảng 500.000 tấn", "500.000", 500000, "measure", "tấn/năm", approx="about",
      subject="bao bì thủy tinh thải ra", location="Việt Nam"),
    F("chưa đến 40%", "40", 40, "percent", "%", approx="under", subject="tỷ lệ thu gom để tái chế",
      location="Việt Nam"),
    F("giá 500 đồng/chai", "500", 500, "money", "đồng/chai", subject="giá nhận lại chai thủy tinh rỗng"),
    F("hơn 86.000 chai", "86.000", 86000, "count", "chai", approx="over", subject="chai chương trình thu về"),
    F("đó 70% là", "70", 70, "percent", "%", subject="chai bia và nước ngọt"),
    F("ra 200 điểm", "200", 200, "count", "điểm thu gom", status="forecast", subject="điểm thu gom", period=Y25),
    F("tại 21 quận", "21", 21, "count", "quận, huyện", status="forecast", subject="quận, huyện mở rộng mô hình",
      period=Y25),
]

NOTES = [
    "National newspaper: section path, 'Thứ ba, 12/11/2024, 07:15 (GMT+7)' (published), headline, sapo, quote, byline 'Lê Hoàng', 'Xem thêm'.",
    "Headline 'giá tăng gần gấp đôi' stands alone as the claim: multiple 2 lần, approx nearly.",
    "Sapo '1.800-2.200 đồng/kg, gần gấp đôi đầu năm' → range; the multiple attached to the price is a change of ~2 lần, baseline 'đầu năm'.",
    "Locations: the article's default is TP HCM; the Bình Chánh recycler → Bình Chánh; the quoted plant 'tại Bình Dương' → Bình Dương; the association's 'cả nước' → Việt Nam.",
    "'mỗi tháng ... khoảng 1.500 tấn', 'tối thiểu 3.000 tấn ... mỗi tháng', 'mỗi năm ... khoảng 500.000 tấn' are rates (tấn/tháng, tấn/năm).",
    "'Từ tháng 9' starts the pilot; the price and 'Sau hai tháng' results get no period (the pilot window is not stated as a period).",
    "'trong đó 70% là chai bia và nước ngọt' is its own percent figure. 'dự kiến năm 2025 ... 200 điểm ... tại 21 quận, huyện' → forecast, năm 2025.",
    "Distractors: time 07:15, GMT+7, đường số 7, quận 1, quận 7, 'tháng 9', 'hai tháng' (duration), Thông tư 02/2022/TT-BTNMT, 'tháng 11'.",
]

if __name__ == "__main__":
    write("p1571-6", TEXT, NOTES, FIGS, published="2024-11-12", location=HCM)
