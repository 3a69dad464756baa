"""p869-1: Bình Thuận province portal, ice output H1/2024 for the fishing fleet."""
from lib import C, F, I, P, T, write_set

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Bình Thuận: 6 tháng sản xuất gần 1,2 triệu cây đá phục vụ tàu cá
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.316

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, các cơ sở sản xuất nước đá trên địa bàn tỉnh đã sản xuất gần 1,2 triệu cây đá, tăng 8,5% so với cùng kỳ năm 2023, đáp ứng nhu cầu bảo quản sản phẩm của hơn 7.600 tàu cá.

Toàn tỉnh hiện có 68 cơ sở sản xuất nước đá, tổng công suất khoảng 5.400 tấn/ngày, trong đó thị xã La Gi có 21 cơ sở, huyện Tuy Phong 18 cơ sở, TP Phan Thiết 15 cơ sở, còn lại ở các huyện Hàm Tân và Phú Quý. Giá nước đá tại các cảng cá dao động từ 28.000 đến 35.000 đồng/cây (loại 50 kg), tăng khoảng 2.000 đồng/cây so với cuối năm 2023 do giá điện điều chỉnh tăng.

Riêng tại cảng cá Phan Thiết, lượng đá cung ứng cho tàu cá ước đạt 310.000 cây, chiếm khoảng 26% sản lượng toàn tỉnh. Mỗi chuyến biển kéo dài 15-20 ngày, một tàu cá công suất từ 400 CV trở lên cần từ 300 đến 500 cây đá; chi phí nước đá chiếm 12-15% tổng chi phí chuyến biển.

Về an toàn thực phẩm, trong 6 tháng, Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản đã kiểm tra 42 cơ sở, lấy 84 mẫu nước đá để kiểm nghiệm, trong đó 79 mẫu đạt, 5 mẫu không đạt chỉ tiêu vi sinh (Coliforms, E.coli). Căn cứ Nghị định số 115/2018/NĐ-CP, cơ quan chức năng đã xử phạt 4 cơ sở với tổng số tiền 62,5 triệu đồng.

Mục tiêu đến năm 2025, 100% cơ sở sản xuất nước đá phục vụ tàu cá được kiểm tra, xếp loại điều kiện bảo đảm an toàn thực phẩm. Theo kế hoạch, tỉnh sẽ kêu gọi đầu tư thêm 3 nhà máy nước đá với tổng công suất 600 tấn/ngày tại cảng cá La Gi và Phú Quý.

Cổng Thông tin điện tử tỉnh Bình Thuận - Số 04 Nguyễn Tất Thành, TP Phan Thiết. Điện thoại: 0252.3822.015
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1s = P("6 tháng", "2024-01-01", "2024-06-30")
FIGS = [
    F("gần 1,2 triệu cây đá phục vụ", "1,2", 1200000, "count", "cây đá", approx="nearly",
      subject="cây đá sản xuất", period=H1s),
    F("sản xuất gần 1,2 triệu cây đá, tăng", "1,2", 1200000, "count", "cây đá", approx="nearly",
      change=C("increase", 8.5, baseline="cùng kỳ năm 2023"),
      subject="cây đá các cơ sở sản xuất nước đá sản xuất", period=H1),
    F("hơn 7.600 tàu cá", "7.600", 7600, "count", "tàu cá", approx="over",
      subject="tàu cá được đáp ứng nhu cầu bảo quản sản phẩm", period=H1),
    F("hiện có 68 cơ sở", "68", 68, "count", "cơ sở", subject="cơ sở sản xuất nước đá"),
    F("khoảng 5.400 tấn/ngày", "5.400", 5400, "measure", "tấn/ngày", approx="about",
      subject="tổng công suất cơ sở sản xuất nước đá"),
    F("La Gi có 21 cơ sở", "21", 21, "count", "cơ sở", total=68,
      subject="cơ sở sản xuất nước đá", location="La Gi"),
    F("Tuy Phong 18 cơ sở", "18", 18, "count", "cơ sở", total=68,
      subject="cơ sở sản xuất nước đá", location="Tuy Phong"),
    F("Phan Thiết 15 cơ sở", "15", 15, "count", "cơ sở", total=68,
      subject="cơ sở sản xuất nước đá", location="Phan Thiết"),
    F("từ 28.000 đến 35.000 đồng/cây", "28.000", 28000, "money", "đồng/cây", value_max=35000,
      change=C("increase", 2000, "đồng/cây", baseline="cuối năm 2023", approx="about"),
      subject="giá nước đá tại các cảng cá"),
    F("loại 50 kg", "50", 50, "measure", "kg", subject="khối lượng cây đá", optional=True),
    F("ước đạt 310.000 cây", "310.000", 310000, "count", "cây", percent=26, status="estimate",
      subject="lượng đá cung ứng cho tàu cá tại cảng cá Phan Thiết", period=I(H1), location="Phan Thiết"),
    F("kéo dài 15-20 ngày", "15", 15, "measure", "ngày", value_max=20,
      subject="thời gian mỗi chuyến biển", optional=True),
    F("từ 400 CV trở lên", "400", 400, "measure", "CV", approx="at_least", subject="công suất tàu cá",
      optional=True),
    F("từ 300 đến 500 cây đá", "300", 300, "count", "cây đá", value_max=500,
      subject="cây đá một tàu cá cần mỗi chuyến biển"),
    F("chiếm 12-15%", "12", 12, "percent", "%", value_max=15,
      subject="chi phí nước đá trong tổng chi phí chuyến biển"),
    F("kiểm tra 42 cơ sở", "42", 42, "count", "cơ sở",
      subject="cơ sở được kiểm tra an toàn thực phẩm", period=H1s),
    F("lấy 84 mẫu nước đá", "84", 84, "count", "mẫu", subject="mẫu nước đá lấy kiểm nghiệm", period=H1s),
    F("79 mẫu đạt", "79", 79, "count", "mẫu", total=84, subject="mẫu nước đá đạt", period=H1s),
    F("5 mẫu không đạt", "5", 5, "count", "mẫu", total=84,
      subject="mẫu không đạt chỉ tiêu vi sinh", period=H1s),
    F("xử phạt 4 cơ sở", "4", 4, "count", "cơ sở", subject="cơ sở bị xử phạt", period=I(H1s)),
    F("62,5 triệu đồng", "62,5", 62500000, "money", "đồng", subject="tổng số tiền xử phạt",
      period=I(H1s)),
    F("100% cơ sở sản xuất", "100", 100, "percent", "%", status="target",
      subject="cơ sở sản xuất nước đá phục vụ tàu cá được kiểm tra, xếp loại",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("thêm 3 nhà máy", "3", 3, "count", "nhà máy", status="target",
      subject="nhà máy nước đá kêu gọi đầu tư thêm"),
    F("tổng công suất 600 tấn/ngày", "600", 600, "measure", "tấn/ngày", status="target",
      subject="tổng công suất nhà máy nước đá kêu gọi đầu tư"),
]

NOTES = [
    "Cổng TTĐT tỉnh Bình Thuận: ice output of the first half of 2024, plants by district, prices, food-safety sampling.",
    "Headline '6 tháng' has no year: 2024 from the dateline. 'Lượt xem: 2.316', 'Số 04 Nguyễn Tất Thành', the phone and",
    "'Nghị định số 115/2018/NĐ-CP' are not figures. 'loại 50 kg', '15-20 ngày' (trip length) and 'từ 400 CV trở lên' describe a",
    "category or a typical trip: optional ('từ … trở lên' = at_least). 'tăng khoảng 2.000 đồng/cây' is the change of the price range before it.",
]

write_set("p869-1", TEXT, FIGS, NOTES, published="2024-07-12", location="Bình Thuận")
