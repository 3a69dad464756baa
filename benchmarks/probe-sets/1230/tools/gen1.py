"""p1230-1: Quảng Ngãi province portal, areca (cau) area, output and prices to end of September 2023."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Quảng Ngãi: Diện tích cau đạt gần 5.400 ha

Cập nhật: 12/10/2023 14:20 | Lượt xem: 2.418

(quangngai.gov.vn) - Đến cuối tháng 9/2023, toàn tỉnh Quảng Ngãi có 5.386 ha cau, tăng 212 ha so với cuối năm 2022, trong đó diện tích cho thu hoạch 4.150 ha. Cây cau được trồng tập trung ở các huyện miền núi Trà Bồng (1.820 ha), Sơn Tây (960 ha) và Ba Tơ (735 ha).

9 tháng đầu năm 2023, sản lượng cau quả tươi ước đạt 21.600 tấn, giảm 8,4% so với cùng kỳ năm 2022 do nắng hạn kéo dài. Năng suất bình quân chỉ khoảng 52 tạ/ha.

Giá cau tươi thu mua tại vườn hiện dao động từ 12.000 đến 15.000 đồng/kg, giảm hơn 60% so với cùng kỳ; năm 2022 có thời điểm giá lên tới 45.000 đồng/kg.

Tại xã Trà Thủy, huyện Trà Bồng, Hợp tác xã Nông nghiệp Trà Thủy có 68 thành viên, liên kết trồng 120 ha cau theo hướng hữu cơ. Năm 2022, hợp tác xã tiêu thụ hơn 600 tấn cau quả, doanh thu đạt 9,2 tỷ đồng. Theo Giám đốc hợp tác xã, mỗi ha cau cho thu nhập từ 80 đến 100 triệu đồng/năm, gấp 2 lần trồng keo. Kho sơ chế của hợp tác xã nằm bên Quốc lộ 24C.

Theo Quyết định số 1024/QĐ-UBND của UBND tỉnh, đến năm 2025 Quảng Ngãi phấn đấu ổn định khoảng 6.000 ha cau, trong đó ít nhất 500 ha được cấp mã số vùng trồng phục vụ xuất khẩu. Tỉnh hỗ trợ 50% chi phí chứng nhận VietGAP, tối đa 30 triệu đồng/hợp tác xã.

Cổng Thông tin điện tử tỉnh Quảng Ngãi
Địa chỉ: 52 Hùng Vương, TP Quảng Ngãi. Điện thoại: 0255.3822.105
"""

ASOF = P("Đến cuối tháng 9/2023", None, "2023-09-30")
NINE = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y22B = P("Năm 2022", "2022-01-01", "2022-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
AREA = "diện tích cau"
HTX = "Hợp tác xã Nông nghiệp Trà Thủy"

FIGS = [
    F("gần 5.400 ha", "5.400", 5400, "measure", "ha", approx="nearly", subject=AREA),
    F("có 5.386 ha cau", "5.386", 5386, "measure", "ha",
      change=C("increase", 212, "ha", "cuối năm 2022"), subject=AREA, period=ASOF),
    F("thu hoạch 4.150 ha", "4.150", 4150, "measure", "ha", total=5386,
      subject="diện tích cau cho thu hoạch", period=ASOF),
    F("Trà Bồng (1.820 ha)", "1.820", 1820, "measure", "ha", subject=AREA, location="Trà Bồng", period=I(ASOF)),
    F("Sơn Tây (960 ha)", "960", 960, "measure", "ha", subject=AREA, location="Sơn Tây", period=I(ASOF)),
    F("Ba Tơ (735 ha)", "735", 735, "measure", "ha", subject=AREA, location="Ba Tơ", period=I(ASOF)),
    F("ước đạt 21.600 tấn", "21.600", 21600, "measure", "tấn", status="estimate",
      change=C("decrease", 8.4, "%", "cùng kỳ năm 2022"), subject="sản lượng cau quả tươi", period=NINE),
    F("khoảng 52 tạ/ha", "52", 52, "measure", "tạ/ha", approx="about",
      subject="năng suất bình quân cau", period=I(NINE)),
    F("từ 12.000 đến 15.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", value_max=15000,
      change=C("decrease", 60, "%", "cùng kỳ", approx="over"), subject="giá cau tươi thu mua tại vườn"),
    F("lên tới 45.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", subject="giá cau tươi", period=Y22),
    F("có 68 thành viên", "68", 68, "count", "thành viên", subject=f"thành viên {HTX}", location="Trà Bồng"),
    F("trồng 120 ha cau", "120", 120, "measure", "ha", subject="diện tích cau hợp tác xã liên kết trồng theo hướng hữu cơ",
      location="Trà Bồng"),
    F("hơn 600 tấn", "600", 600, "measure", "tấn", approx="over", subject="cau quả hợp tác xã tiêu thụ",
      location="Trà Bồng", period=Y22B),
    F("đạt 9,2 tỷ đồng", "9,2", 9200000000, "money", "đồng", subject="doanh thu của hợp tác xã",
      location="Trà Bồng", period=Y22B),
    F("từ 80 đến 100 triệu", "80", 80000000, "money", "đồng/ha/năm", value_max=100000000,
      change=C("increase", 2, "lần", "trồng keo"), subject="thu nhập mỗi ha cau", location="Trà Bồng"),
    F("ổn định khoảng 6.000 ha", "6.000", 6000, "measure", "ha", approx="about", status="target",
      subject=AREA, period=TO25),
    F("ít nhất 500 ha", "500", 500, "measure", "ha", approx="at_least", status="target", total=6000,
      subject="diện tích cau được cấp mã số vùng trồng phục vụ xuất khẩu", period=TO25),
    F("hỗ trợ 50% chi phí", "50", 50, "percent", "%", subject="hỗ trợ chi phí chứng nhận VietGAP"),
    F("tối đa 30 triệu", "30", 30000000, "money", "đồng/hợp tác xã", approx="at_most",
      subject="mức hỗ trợ chi phí chứng nhận VietGAP"),
]

NOTES = [
    "Province portal (Quảng Ngãi): areca (cau) area, output and farm-gate price, end of September 2023. Breadcrumb,",
    "'Cập nhật: 12/10/2023 14:20 | Lượt xem: 2.418'. Distractors: view counter, time, Quyết định số 1024/QĐ-UBND, Quốc lộ 24C,",
    "address '52 Hùng Vương', phone 0255.3822.105, '(quangngai.gov.vn)'.",
    "District list in brackets (tập trung ở …) does not add up to 5.386 ha: no total; districts are locations, period inherited.",
    "'gấp 2 lần trồng keo' after the income range is its change (unit lần). The HTX passage is in Trà Bồng (location).",
    "'trong đó ít nhất 500 ha' follows the 6.000 ha target (same thing, same period): total 6000, status target.",
    "Headline 'gần 5.400 ha' and 'hiện' price have no period; the support rule (50%, tối đa 30 triệu) is actual, no period.",
]

if __name__ == "__main__":
    write("p1230-1", TEXT, NOTES, FIGS, published="2023-10-12", location="Quảng Ngãi")
