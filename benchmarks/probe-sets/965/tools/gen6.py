"""p965-6: national newspaper (VnExpress-like), CAS cold store for dragon fruit in Bình Thuận."""
from lib import F, P, I, C, write_set

TEXT = """Kinh doanh > Hàng hóa
Thứ năm, 13/6/2024, 07:30 (GMT+7)

Kho lạnh công nghệ CAS giữ thanh long tươi gần hai tháng

Một doanh nghiệp ở Bình Thuận đầu tư 120 tỷ đồng xây kho lạnh công nghệ CAS, giúp quả thanh long giữ độ tươi 45-50 ngày thay vì 7-10 ngày như cách bảo quản thông thường.

Nhà máy của Công ty TNHH Nông sản Hàm Thuận 3 đặt tại xã Hàm Minh, huyện Hàm Thuận Nam, rộng 2,5 ha, kho lạnh có sức chứa 3.000 tấn, vận hành từ tháng 3. Theo giám đốc công ty, 5 tháng đầu năm, nhà máy đã thu mua hơn 4.200 tấn thanh long của khoảng 350 hộ trồng với giá bình quân 14.500 đồng/kg, cao hơn giá thương lái khoảng 1.500 đồng/kg. Công ty đã xuất khẩu 1.860 tấn sang Hàn Quốc, Nhật Bản và Australia, doanh thu đạt 96 tỷ đồng.

Bình Thuận hiện có khoảng 27.000 ha thanh long, sản lượng mỗi năm hơn 580.000 tấn. Tuy vậy, toàn tỉnh mới có 34 kho lạnh với tổng sức chứa khoảng 18.000 tấn, chỉ đáp ứng chưa đến 5% sản lượng vào chính vụ.

Theo Bộ Nông nghiệp và Phát triển nông thôn, 5 tháng đầu năm 2024, xuất khẩu rau quả cả nước đạt 2,85 tỷ USD, tăng 27,1% so với cùng kỳ năm trước, trong đó thanh long chiếm khoảng 10%.

Công ty dự kiến năm 2025 mở rộng kho lạnh lên 5.000 tấn, nâng số hộ liên kết lên 600 hộ.

Minh Quân
"""

M5 = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")
M5b = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
HTN = "Hàm Thuận Nam"

FIGS = [
    F("gần hai tháng", "hai", 2, "measure", "tháng", approx="nearly",
      subject="thời gian giữ tươi thanh long bằng kho lạnh công nghệ CAS"),
    F("đầu tư 120 tỷ đồng", "120", 120e9, "money", "đồng", subject="vốn đầu tư kho lạnh công nghệ CAS"),
    F("độ tươi 45-50 ngày", "45", 45, "measure", "ngày", value_max=50,
      subject="thời gian giữ độ tươi quả thanh long"),
    F("thay vì 7-10 ngày", "7", 7, "measure", "ngày", value_max=10,
      subject="thời gian giữ độ tươi khi bảo quản thông thường"),
    F("rộng 2,5 ha", "2,5", 2.5, "measure", "ha", subject="diện tích nhà máy", location=HTN),
    F("sức chứa 3.000 tấn", "3.000", 3000, "measure", "tấn", subject="sức chứa kho lạnh", location=HTN),
    F("hơn 4.200 tấn", "4.200", 4200, "measure", "tấn", approx="over", subject="thanh long nhà máy thu mua",
      period=M5, location=HTN),
    F("khoảng 350 hộ", "350", 350, "count", "hộ", approx="about", subject="hộ trồng thanh long bán cho nhà máy",
      period=M5, location=HTN),
    F("bình quân 14.500 đồng/kg", "14.500", 14500, "money", "đồng/kg",
      change=C("increase", 1500, "đồng/kg", "giá thương lái", approx="about"),
      subject="giá thu mua thanh long bình quân", period=M5, location=HTN),
    F("xuất khẩu 1.860 tấn", "1.860", 1860, "measure", "tấn", subject="thanh long công ty xuất khẩu",
      period=I(M5), location=HTN),
    F("đạt 96 tỷ đồng", "96", 96e9, "money", "đồng", subject="doanh thu xuất khẩu của công ty",
      period=I(M5), location=HTN),
    F("khoảng 27.000 ha", "27.000", 27000, "measure", "ha", approx="about", subject="diện tích thanh long"),
    F("hơn 580.000 tấn", "580.000", 580000, "measure", "tấn", approx="over", subject="sản lượng thanh long mỗi năm"),
    F("có 34 kho lạnh", "34", 34, "count", "kho lạnh", subject="kho lạnh"),
    F("khoảng 18.000 tấn", "18.000", 18000, "measure", "tấn", approx="about", subject="tổng sức chứa kho lạnh"),
    F("chưa đến 5%", "5", 5, "percent", "%", approx="under",
      subject="tỷ lệ đáp ứng sản lượng thanh long vào chính vụ"),
    F("đạt 2,85 tỷ USD", "2,85", 2.85e9, "money", "USD", change=C("increase", 27.1, "%", "cùng kỳ năm trước"),
      subject="xuất khẩu rau quả", period=M5b, location="Việt Nam"),
    F("chiếm khoảng 10%", "10", 10, "percent", "%", approx="about",
      subject="tỷ trọng thanh long trong xuất khẩu rau quả", period=M5b, location="Việt Nam"),
    F("lên 5.000 tấn", "5.000", 5000, "measure", "tấn", status="forecast", subject="sức chứa kho lạnh mở rộng",
      period=Y25, location=HTN),
    F("lên 600 hộ", "600", 600, "count", "hộ", status="forecast", subject="số hộ liên kết", period=Y25,
      location=HTN),
]

NOTES = [
    "National newspaper (VnExpress-like), 13/6/2024: a company's CAS cold store for dragon fruit, Bình Thuận capacity gap, national exports.",
    "Headline 'gần hai tháng' is a duration that is the claim (number word hai, approx nearly): a measure figure.",
    "Company figures from the sentence naming huyện Hàm Thuận Nam on are located Hàm Thuận Nam; the lead's figures only name Bình Thuận.",
    "'cao hơn giá thương lái khoảng 1.500 đồng/kg' follows the price: its change. '5 tháng đầu năm' takes 2024 from the dateline.",
    "'thanh long chiếm khoảng 10%' is a share of another subject (thanh long in the export total): its own percent figure, Việt Nam.",
    "Distractors: 07:30 (GMT+7), 'Công ty TNHH Nông sản Hàm Thuận 3', 'tháng 3' (start of operation), byline.",
]

write_set(6, TEXT, FIGS, NOTES, published="2024-06-13", location="Bình Thuận")
