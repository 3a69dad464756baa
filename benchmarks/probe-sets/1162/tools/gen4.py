"""p1162-4: ministry site (Bộ Y tế / Cục Quản lý Dược), national drug retail network and inspections."""
from lib import F, P, I, C, T, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức - Sự kiện » Quản lý dược

Hơn 93% cơ sở bán lẻ thuốc trên cả nước đã kết nối liên thông

Ngày đăng: 20/03/2024 | Lượt xem: 1.842

Theo Cục Quản lý Dược (Bộ Y tế), tính đến ngày 29/02/2024, cả nước có 68.157 cơ sở bán lẻ thuốc, trong đó 31.420 nhà thuốc, 34.962 quầy thuốc và 1.775 tủ thuốc trạm y tế xã. Số cơ sở đã kết nối liên thông với Hệ thống cơ sở dữ liệu dược quốc gia là 63.584 cơ sở, đạt 93,3%, tăng 4,1 điểm phần trăm so với cuối năm 2023.

Hà Nội là địa phương có nhiều nhà thuốc nhất cả nước với 5.920 nhà thuốc; TP Hồ Chí Minh đứng thứ hai với 5.104 nhà thuốc. Có 21 tỉnh, thành phố đã đạt tỷ lệ kết nối 100%; một số địa phương có tỷ lệ kết nối thấp là Lai Châu (71,4%), Điện Biên (76,8%) và Hà Giang (78,2%).

Từ đầu năm đến nay, các cơ sở đã tiếp nhận hơn 4,2 triệu đơn thuốc điện tử, bình quân mỗi ngày khoảng 53.000 đơn.

Năm 2023, thanh tra ngành y tế đã thanh tra, kiểm tra 26.315 cơ sở kinh doanh dược, phát hiện và xử lý 3.462 cơ sở vi phạm, phạt tiền khoảng 38,6 tỷ đồng; thu hồi 126 giấy chứng nhận đủ điều kiện kinh doanh dược. Các vi phạm phổ biến là bán thuốc kê đơn không có đơn (chiếm khoảng 41% số vi phạm) và không thực hiện đúng các nguyên tắc GPP.

Bộ Y tế đặt mục tiêu đến năm 2025, 100% cơ sở bán lẻ thuốc kết nối liên thông và bán thuốc theo đơn thuốc điện tử; tỷ lệ dược sĩ đạt 3,5 dược sĩ/1 vạn dân.

Cổng Thông tin điện tử Bộ Y tế - 138A Giảng Võ, Ba Đình, Hà Nội. Điện thoại: 024.6273.2273
"""

ASOF = P("tính đến ngày 29/02/2024", None, "2024-02-29")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-03-20")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
BY25 = P("đến năm 2025", None, "2025-12-31")
LOWS = "tỷ lệ cơ sở bán lẻ thuốc kết nối liên thông"

FIGS = [
    F("Hơn 93%", "93", 93, "percent", "%", approx="over", subject="tỷ lệ cơ sở bán lẻ thuốc đã kết nối liên thông"),
    F("có 68.157 cơ sở", "68.157", 68157, "count", "cơ sở bán lẻ thuốc", subject="cơ sở bán lẻ thuốc cả nước",
      period=ASOF),
    F("31.420 nhà thuốc", "31.420", 31420, "count", "nhà thuốc", total=68157, subject="nhà thuốc", period=ASOF),
    F("34.962 quầy thuốc", "34.962", 34962, "count", "quầy thuốc", total=68157, subject="quầy thuốc", period=ASOF),
    F("1.775 tủ thuốc", "1.775", 1775, "count", "tủ thuốc trạm y tế xã", total=68157,
      subject="tủ thuốc trạm y tế xã", period=ASOF),
    F("là 63.584 cơ sở", "63.584", 63584, "count", "cơ sở", percent=93.3,
      change=C("increase", 4.1, "điểm phần trăm", "cuối năm 2023"),
      subject="cơ sở đã kết nối liên thông với Hệ thống cơ sở dữ liệu dược quốc gia", period=I(ASOF)),
    F("với 5.920 nhà thuốc", "5.920", 5920, "count", "nhà thuốc", subject="nhà thuốc", location="Hà Nội"),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", subject="số nhà thuốc", location="TP Hồ Chí Minh"),
    F("với 5.104 nhà thuốc", "5.104", 5104, "count", "nhà thuốc", subject="nhà thuốc", location="TP Hồ Chí Minh"),
    F("Có 21 tỉnh", "21", 21, "count", "tỉnh, thành phố", subject="tỉnh, thành phố đạt tỷ lệ kết nối 100%"),
    F("kết nối 100%", "100", 100, "percent", "%", subject="tỷ lệ kết nối", optional=True),
    F("Lai Châu (71,4%)", "71,4", 71.4, "percent", "%", subject=LOWS, location="Lai Châu"),
    F("Điện Biên (76,8%)", "76,8", 76.8, "percent", "%", subject=LOWS, location="Điện Biên"),
    F("Hà Giang (78,2%)", "78,2", 78.2, "percent", "%", subject=LOWS, location="Hà Giang"),
    F("hơn 4,2 triệu", "4,2", 4200000, "count", "đơn thuốc điện tử", approx="over",
      subject="đơn thuốc điện tử các cơ sở đã tiếp nhận", period=YTD),
    F("khoảng 53.000 đơn", "53.000", 53000, "measure", "đơn/ngày", approx="about",
      subject="đơn thuốc điện tử tiếp nhận bình quân mỗi ngày", period=YTD),
    F("kiểm tra 26.315 cơ sở", "26.315", 26315, "count", "cơ sở kinh doanh dược",
      subject="cơ sở kinh doanh dược được thanh tra, kiểm tra", period=Y23),
    F("xử lý 3.462 cơ sở", "3.462", 3462, "count", "cơ sở", subject="cơ sở vi phạm bị phát hiện và xử lý",
      period=Y23),
    F("khoảng 38,6 tỷ", "38,6", 38600000000, "money", "đồng", approx="about", subject="tiền phạt", period=Y23),
    F("thu hồi 126 giấy", "126", 126, "count", "giấy chứng nhận",
      subject="giấy chứng nhận đủ điều kiện kinh doanh dược bị thu hồi", period=Y23),
    F("khoảng 41%", "41", 41, "percent", "%", approx="about", period=I(Y23),
      subject="tỷ lệ vi phạm bán thuốc kê đơn không có đơn trong số vi phạm"),
    F("2025, 100% cơ sở", "100", 100, "percent", "%", status="target", period=BY25,
      subject="tỷ lệ cơ sở bán lẻ thuốc kết nối liên thông và bán thuốc theo đơn thuốc điện tử"),
    F("đạt 3,5 dược sĩ", "3,5", 3.5, "measure", "dược sĩ/1 vạn dân", status="target", period=BY25,
      subject="tỷ lệ dược sĩ"),
]

NOTES = [
    "Ministry site (Bộ Y tế, Cục Quản lý Dược): national drug retail network; 'Ngày đăng: 20/03/2024 | Lượt xem: 1.842', footer address/phone.",
    "Distractors: view counter, '138A Giảng Võ', phone 024.6273.2273, 'một số địa phương' (not a count), '1 vạn dân' (rate denominator).",
    "Default location Việt Nam; Hà Nội, TP Hồ Chí Minh and the three low provinces are places of their own figures.",
    "31.420 + 34.962 + 1.775 = 68.157 after 'trong đó': totals. 'đứng thứ hai' is a rank (2).",
    "'tỷ lệ kết nối 100%' names the group the 21 provinces belong to: optional. 'Từ đầu năm đến nay' ends at the published date.",
    "'(chiếm khoảng 41% số vi phạm)' has no count before it: its own percent figure (period inherited from 'Năm 2023').",
    "The 2025 target sentence: 'đặt mục tiêu' governs both clauses (100% and 3,5 dược sĩ/1 vạn dân).",
]

if __name__ == "__main__":
    write("p1162-4", TEXT, NOTES, FIGS, published="2024-03-20", location="Việt Nam")
