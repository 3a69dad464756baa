"""p1531-1: province portal (Thanh Hóa): hand-fan output and exports, 9 months 2024; a cooperative in Bá Thước."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Kinh tế

Quạt nan xứ Thanh 9 tháng xuất khẩu gần 2,4 triệu USD

Cập nhật: 11/10/2024 09:35 | Lượt xem: 1.286

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng quạt nan, quạt giấy trên địa bàn tỉnh ước đạt 3,6 triệu chiếc, tăng 11,5% so với cùng kỳ năm 2023, bằng 78% kế hoạch năm. Trong đó, quạt nan 2,7 triệu chiếc, quạt giấy 0,9 triệu chiếc.

Kim ngạch xuất khẩu quạt thủ công 9 tháng đạt 2,38 triệu USD, tăng 18,2% so với cùng kỳ; thị trường chính là Nhật Bản, Hàn Quốc và Đức.

Toàn tỉnh hiện có 4 làng nghề quạt nan được công nhận theo Quyết định số 1245/QĐ-UBND, thu hút hơn 1.300 hộ với khoảng 2.600 lao động, thu nhập bình quân từ 4,5 đến 5,5 triệu đồng/người/tháng.

Tại xã Lũng Niêm, huyện Bá Thước, Hợp tác xã Quạt nan Mường Ai có 65 thành viên, trong đó 48 thành viên nữ; công suất 1.800 chiếc/ngày. Từ đầu năm đến nay, hợp tác xã tiêu thụ khoảng 410.000 chiếc quạt, doanh thu đạt 5,2 tỷ đồng, gấp 1,5 lần cùng kỳ. Giá bán tại xưởng từ 8.000 đến 12.000 đồng/chiếc; loại in hoa văn thổ cẩm khoảng 25.000 đồng/chiếc.

Quý IV, Sở Công Thương phấn đấu sản xuất thêm 1,1 triệu chiếc, đưa sản lượng cả năm lên khoảng 4,7 triệu chiếc; dự kiến kim ngạch xuất khẩu cả năm đạt trên 3,2 triệu USD.

Tin liên quan:
- Bá Thước: Khai mạc Lễ hội Mường Xia lần thứ 3
- Hướng dẫn hồ sơ đăng ký sản phẩm OCOP 3 sao
"""

PUB = "2024-10-11"
NINE = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = period("9 tháng", "2024-01-01", "2024-09-30")
YTD = period("Từ đầu năm đến nay", "2024-01-01", PUB)
Q4 = period("Quý IV", "2024-10-01", "2024-12-31")
YEAR = period("cả năm", "2024-01-01", "2024-12-31")
BT = "Bá Thước"

FIGS = [
    F("gần 2,4 triệu USD", "2,4", 2.4e6, "money", "USD", approx="nearly",
      subject="xuất khẩu quạt nan xứ Thanh", period=NINE_S),
    F("ước đạt 3,6 triệu", "3,6", 3.6e6, "count", "chiếc", status="estimate", percent=78,
      change=change("increase", 11.5, "%", "cùng kỳ năm 2023"),
      subject="sản lượng quạt nan, quạt giấy", period=NINE),
    F("quạt nan 2,7 triệu", "2,7", 2.7e6, "count", "chiếc", total=3.6e6, status="estimate",
      subject="quạt nan", period=inherit(NINE)),
    F("quạt giấy 0,9 triệu", "0,9", 0.9e6, "count", "chiếc", total=3.6e6, status="estimate",
      subject="quạt giấy", period=inherit(NINE)),
    F("đạt 2,38 triệu", "2,38", 2.38e6, "money", "USD", change=change("increase", 18.2, "%", "cùng kỳ"),
      subject="kim ngạch xuất khẩu quạt thủ công", period=NINE_S),
    F("có 4 làng nghề", "4", 4, "count", "làng nghề", subject="làng nghề quạt nan được công nhận"),
    F("hơn 1.300 hộ", "1.300", 1300, "count", "hộ", approx="over", subject="hộ làng nghề quạt nan thu hút"),
    F("khoảng 2.600 lao động", "2.600", 2600, "count", "lao động", approx="about",
      subject="lao động làng nghề quạt nan thu hút"),
    F("từ 4,5 đến 5,5 triệu", "4,5", 4.5e6, "money", "đồng/người/tháng", value_max=5.5e6,
      subject="thu nhập bình quân"),
    F("có 65 thành viên", "65", 65, "count", "thành viên",
      subject="thành viên Hợp tác xã Quạt nan Mường Ai", location=BT),
    F("trong đó 48 thành viên", "48", 48, "count", "thành viên", total=65, subject="thành viên nữ", location=BT),
    F("1.800 chiếc/ngày", "1.800", 1800, "measure", "chiếc/ngày", subject="công suất", location=BT),
    F("khoảng 410.000 chiếc", "410.000", 410000, "count", "chiếc", approx="about",
      subject="quạt hợp tác xã tiêu thụ", period=YTD, location=BT),
    F("đạt 5,2 tỷ", "5,2", 5.2e9, "money", "đồng", change=change("increase", 1.5, "lần", "cùng kỳ"),
      subject="doanh thu", period=YTD, location=BT),
    F("từ 8.000 đến 12.000", "8.000", 8000, "money", "đồng/chiếc", value_max=12000,
      subject="giá bán tại xưởng", location=BT),
    F("khoảng 25.000 đồng", "25.000", 25000, "money", "đồng/chiếc", approx="about",
      subject="giá loại in hoa văn thổ cẩm", location=BT),
    F("thêm 1,1 triệu", "1,1", 1.1e6, "count", "chiếc", status="target",
      subject="quạt sản xuất thêm", period=Q4),
    F("khoảng 4,7 triệu", "4,7", 4.7e6, "count", "chiếc", approx="about", status="target",
      subject="sản lượng cả năm", period=YEAR),
    F("trên 3,2 triệu USD", "3,2", 3.2e6, "money", "USD", approx="over", status="forecast",
      subject="kim ngạch xuất khẩu cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Thanh Hóa): hand fans 9 months 2024; breadcrumb, 'Cập nhật: 11/10/2024 09:35 | Lượt xem: 1.286', related links.",
    "Distractors: 09:35, Lượt xem 1.286, Quyết định số 1245/QĐ-UBND, 'lần thứ 3', 'OCOP 3 sao'.",
    "Headline '9 tháng ... gần 2,4 triệu USD' is its own figure (nearly); year-less '9 tháng' takes 2024 (published).",
    "'Trong đó' parts after a sentence break: total 3,6 triệu, status estimate from the whole, period inherited.",
    "Cooperative passage in huyện Bá Thước: location Bá Thước; 'Từ đầu năm đến nay' ends at the dateline; 'gấp 1,5 lần cùng kỳ' is the change of 5,2 tỷ.",
    "'phấn đấu' governs both clauses up to ';' (target); 'dự kiến' governs the export clause (forecast). Standing prices have no period.",
]

if __name__ == "__main__":
    write("p1531-1", TEXT, NOTES, FIGS, published=PUB, location="Thanh Hóa")
