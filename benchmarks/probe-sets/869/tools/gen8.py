"""p869-8: Báo Sóc Trăng online, ice supply at Trần Đề fishing port in the year-end peak, 2024."""
from lib import C, F, I, P, T, write_set

TEXT = """Trần Đề: Cung ứng hơn 250.000 cây đá cho tàu cá dịp cao điểm cuối năm
Cập nhật lúc 15:40, Thứ Hai, 16/12/2024

(STO) - Những ngày cuối năm, tại cảng cá Trần Đề, 12 cơ sở sản xuất nước đá hoạt động hết công suất phục vụ tàu cá ra khơi chuyến cuối năm. Từ đầu tháng 11 đến nay, các cơ sở đã cung ứng hơn 250.000 cây đá, tăng khoảng 18% so với cùng kỳ năm 2023.

Theo Ban Quản lý cảng cá Trần Đề, trung bình mỗi ngày có khoảng 80-100 lượt tàu cá cập cảng, mỗi tàu lấy từ 150 đến 400 cây đá tùy công suất. Tổng công suất của các cơ sở đạt 1.250 tấn/ngày; trong đó Công ty TNHH Nước đá Hải Đăng 3 có công suất lớn nhất với 240 tấn/ngày. Giá nước đá hiện dao động 26.000-28.000 đồng/cây, ổn định so với tháng trước.

Năm 2024, huyện Trần Đề có 832 tàu cá với tổng công suất 188.500 CV; sản lượng khai thác 11 tháng ước đạt 52.400 tấn, đạt 95,3% kế hoạch năm, tăng 3,8% so với cùng kỳ.

Về an toàn thực phẩm, Trung tâm Kiểm soát bệnh tật tỉnh vừa lấy 36 mẫu nước đá tại cảng cá Trần Đề để xét nghiệm theo QCVN 10:2011/BYT, kết quả 100% mẫu đạt. Ông Lâm Văn Bảy, chủ cơ sở nước đá ở ấp Cảng, thị trấn Trần Đề, cho biết cơ sở đã đầu tư hệ thống lọc nước RO gần 400 triệu đồng để bảo đảm chất lượng đá.

Dự kiến trong tháng 1/2025, nhu cầu nước đá tại cảng sẽ tăng thêm khoảng 20%; các cơ sở đã trữ sẵn trên 30.000 cây đá trong kho lạnh để không xảy ra tình trạng khan hiếm đá.

Trần Hậu
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("hơn 250.000 cây đá cho tàu cá", "250.000", 250000, "count", "cây đá", approx="over",
      subject="cây đá cung ứng cho tàu cá"),
    F("Trần Đề, 12 cơ sở", "12", 12, "count", "cơ sở", subject="cơ sở sản xuất nước đá tại cảng cá Trần Đề"),
    F("hơn 250.000 cây đá, tăng", "250.000", 250000, "count", "cây đá", approx="over",
      change=C("increase", 18, baseline="cùng kỳ năm 2023", approx="about"),
      subject="cây đá các cơ sở cung ứng",
      period=P("Từ đầu tháng 11 đến nay", "2024-11-01", "2024-12-16")),
    F("khoảng 80-100 lượt", "80", 80, "count", "lượt tàu cá", value_max=100, approx="about",
      subject="lượt tàu cá cập cảng trung bình mỗi ngày"),
    F("từ 150 đến 400 cây đá", "150", 150, "count", "cây đá/tàu", value_max=400,
      subject="cây đá mỗi tàu lấy"),
    F("đạt 1.250 tấn/ngày", "1.250", 1250, "measure", "tấn/ngày", subject="tổng công suất của các cơ sở"),
    F("với 240 tấn/ngày", "240", 240, "measure", "tấn/ngày", total=1250,
      subject="công suất Công ty TNHH Nước đá Hải Đăng 3"),
    F("26.000-28.000 đồng/cây", "26.000", 26000, "money", "đồng/cây", value_max=28000,
      subject="giá nước đá"),
    F("có 832 tàu cá", "832", 832, "count", "tàu cá", subject="tàu cá của huyện", period=Y24),
    F("188.500 CV", "188.500", 188500, "measure", "CV", subject="tổng công suất tàu cá", period=Y24),
    F("ước đạt 52.400 tấn", "52.400", 52400, "measure", "tấn", percent=95.3, status="estimate",
      change=C("increase", 3.8, baseline="cùng kỳ"), subject="sản lượng khai thác",
      period=P("11 tháng", "2024-01-01", "2024-11-30")),
    F("lấy 36 mẫu", "36", 36, "count", "mẫu", subject="mẫu nước đá lấy xét nghiệm"),
    F("kết quả 100% mẫu", "100", 100, "percent", "%", subject="mẫu nước đá đạt quy chuẩn"),
    F("gần 400 triệu đồng", "400", 400000000, "money", "đồng", approx="nearly",
      subject="đầu tư hệ thống lọc nước RO"),
    F("khoảng 20%", "20", 20, "percent", "%", approx="about", status="forecast",
      subject="mức tăng nhu cầu nước đá tại cảng",
      period=P("tháng 1/2025", "2025-01-01", "2025-01-31")),
    F("trên 30.000 cây đá", "30.000", 30000, "count", "cây đá", approx="over",
      subject="cây đá trữ sẵn trong kho lạnh"),
]

NOTES = [
    "Báo Sóc Trăng online ('(STO) -' tag, 'Cập nhật lúc 15:40, Thứ Hai, 16/12/2024'): ice supply at Trần Đề fishing port.",
    "Location is the district 'Trần Đề' throughout. The headline figure repeats the body figure (both recorded; the headline",
    "states no period). 'Hải Đăng 3', 'QCVN 10:2011/BYT', 'ông Lâm Văn Bảy', '15:40' are not figures.",
    "'trong đó … 240 tấn/ngày' → total 1.250. '52.400 tấn, đạt 95,3% kế hoạch năm, tăng 3,8%' → percent and change.",
    "'Dự kiến … tăng thêm khoảng 20%' (no base amount) is a forecast percent; the next clause 'các cơ sở đã trữ sẵn' has its own",
    "subject and verb, so its 30.000 cây đá is actual with no period.",
]

write_set("p869-8", TEXT, FIGS, NOTES, published="2024-12-16", location="Trần Đề")
