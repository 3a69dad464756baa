"""p1142-2: district portal of huyện Lý Sơn (Quảng Ngãi): diving services, a cooperative on đảo Bé, reef protection."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LÝ SƠN - TỈNH QUẢNG NGÃI
Giới thiệu | Tin tức - Sự kiện | Du lịch | Văn bản chỉ đạo

Phát triển du lịch lặn biển ngắm san hô gắn với bảo tồn

Ngày đăng: 19/05/2025 | Tác giả: Thanh Hà

Từ đầu năm đến nay, trên địa bàn huyện có 6 cơ sở kinh doanh dịch vụ lặn biển ngắm san hô hoạt động, phục vụ hơn 24.500 lượt khách, tăng gần 1,4 lần so với cùng kỳ năm trước. Các điểm lặn tập trung ở vùng biển phía Bắc đảo Lớn và quanh đảo Bé, độ sâu phổ biến từ 3 đến 12 m.

Tại xã An Bình (đảo Bé), Hợp tác xã dịch vụ du lịch Bé Xanh hiện có 4 ca nô, 12 thuyền viên và 5 hướng dẫn viên lặn. Mỗi ngày, hợp tác xã tổ chức từ 8 đến 10 tour lặn, mỗi tour không quá 12 khách. Giá lặn có bình khí 650.000 đồng/khách, lặn ống thở 250.000 đồng/khách; doanh thu 4 tháng đầu năm ước đạt 1,2 tỷ đồng.

Toàn huyện hiện có 31 hướng dẫn viên lặn, trong đó 14 người có chứng chỉ lặn quốc tế (chiếm 45,2%). Huyện đã khoanh vùng bảo vệ ba khu vực rạn san hô với tổng diện tích 190 ha và lắp đặt 46 phao neo, phao phân luồng. Trong 4 tháng, Đội kiểm tra liên ngành lập biên bản 9 trường hợp vi phạm, trong đó 2 trường hợp bẻ san hô, 7 trường hợp neo đậu ca nô sai quy định.

Dự kiến năm 2025, Lý Sơn đón khoảng 60.000 lượt khách lặn biển; phấn đấu đến năm 2030 có ít nhất 10 cơ sở dịch vụ lặn đạt chuẩn.

Địa chỉ: Thôn Đông, xã An Vĩnh, huyện Lý Sơn, tỉnh Quảng Ngãi
Điện thoại: 0255.3867.201 - Email: ubnd@lyson.quangngai.gov.vn
"""

YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-05-19")
M4 = P("4 tháng đầu năm", "2025-01-01", "2025-04-30")
M4B = P("Trong 4 tháng", "2025-01-01", "2025-04-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
COOP = "Hợp tác xã dịch vụ du lịch Bé Xanh"

FIGS = [
    F("có 6 cơ sở", "6", 6, "count", "cơ sở",
      subject="cơ sở kinh doanh dịch vụ lặn biển ngắm san hô hoạt động", period=YTD),
    F("hơn 24.500 lượt", "24.500", 24500, "count", "lượt khách", approx="over",
      change=C("increase", 1.4, "lần", "cùng kỳ năm trước", approx="nearly"),
      subject="lượt khách lặn biển ngắm san hô được phục vụ", period=YTD),
    F("từ 3 đến 12 m", "3", 3, "measure", "m", value_max=12, subject="độ sâu phổ biến của các điểm lặn"),
    F("có 4 ca nô", "4", 4, "count", "ca nô", subject=f"ca nô của {COOP}"),
    F("12 thuyền viên", "12", 12, "count", "thuyền viên", subject=f"thuyền viên của {COOP}"),
    F("5 hướng dẫn viên", "5", 5, "count", "hướng dẫn viên lặn", subject=f"hướng dẫn viên lặn của {COOP}"),
    F("từ 8 đến 10 tour", "8", 8, "measure", "tour/ngày", value_max=10,
      subject="tour lặn hợp tác xã tổ chức mỗi ngày"),
    F("không quá 12 khách", "12", 12, "measure", "khách/tour", approx="at_most",
      subject="khách mỗi tour lặn"),
    F("650.000 đồng", "650.000", 650000, "money", "đồng/khách", subject="giá lặn có bình khí"),
    F("250.000 đồng", "250.000", 250000, "money", "đồng/khách", subject="giá lặn ống thở"),
    F("ước đạt 1,2 tỷ", "1,2", 1200000000, "money", "đồng", status="estimate",
      subject=f"doanh thu của {COOP}", period=M4),
    F("có 31 hướng", "31", 31, "count", "hướng dẫn viên lặn", subject="hướng dẫn viên lặn toàn huyện"),
    F("14 người", "14", 14, "count", "người", total=31, percent=45.2,
      subject="hướng dẫn viên lặn có chứng chỉ lặn quốc tế"),
    F("ba khu vực", "ba", 3, "count", "khu vực",
      subject="khu vực rạn san hô được khoanh vùng bảo vệ"),
    F("diện tích 190 ha", "190", 190, "measure", "ha",
      subject="tổng diện tích khu vực rạn san hô được khoanh vùng bảo vệ"),
    F("lắp đặt 46 phao", "46", 46, "count", "phao", subject="phao neo, phao phân luồng được lắp đặt"),
    F("biên bản 9 trường hợp", "9", 9, "count", "trường hợp vi phạm",
      subject="trường hợp vi phạm bị lập biên bản", period=M4B),
    F("2 trường hợp", "2", 2, "count", "trường hợp", total=9,
      subject="trường hợp vi phạm bẻ san hô", period=M4B),
    F("7 trường hợp", "7", 7, "count", "trường hợp", total=9,
      subject="trường hợp neo đậu ca nô sai quy định", period=M4B),
    F("khoảng 60.000 lượt", "60.000", 60000, "count", "lượt khách", approx="about", status="forecast",
      subject="lượt khách lặn biển", period=Y25),
    F("ít nhất 10 cơ sở", "10", 10, "count", "cơ sở", approx="at_least", status="target",
      subject="cơ sở dịch vụ lặn đạt chuẩn", period=TO30),
]

NOTES = [
    "District portal (huyện Lý Sơn, Quảng Ngãi): 'Ngày đăng: 19/05/2025 | Tác giả: Thanh Hà'; footer address, phone, email.",
    "Location Lý Sơn for all figures (xã An Bình, đảo Bé, đảo Lớn are inside the district). 'ba khu vực' is a number word.",
    "'tăng gần 1,4 lần so với cùng kỳ năm trước' is the change of 24.500 (nearly). 'Dự kiến ...; phấn đấu ...': forecast, then target.",
    "'4 tháng đầu năm' / 'Trong 4 tháng' take 2025 from the dateline. 14 of 31 instructors after 'trong đó' with '(chiếm 45,2%)'.",
    "Per-day tours (tour/ngày) and the cap per tour (khách/tour, at_most) are rates. Depth range and prices are standing facts: no period.",
    "Distractors: 0255.3867.201, Thôn Đông, the dateline, the email.",
]

if __name__ == "__main__":
    write("p1142-2", TEXT, NOTES, FIGS, published="2025-05-19", location="Lý Sơn")
