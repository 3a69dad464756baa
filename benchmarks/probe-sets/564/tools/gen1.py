"""p564-1: Đắk Lắk province portal - coffee area, output, certification, replanting, prices, exports."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Đắk Lắk: Hơn 70.000 ha cà phê đạt chứng nhận sản xuất bền vững
Cập nhật: 18/06/2024 08:45
Lượt xem: 3.482

Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 31/5/2024, toàn tỉnh có 213.093 ha cà phê, trong đó diện tích cho sản phẩm 201.460 ha. Niên vụ 2023-2024, sản lượng cà phê nhân ước đạt 558.600 tấn, năng suất bình quân 27,7 tạ/ha, tăng 0,9 tạ/ha so với niên vụ trước.

Diện tích cà phê được cấp chứng nhận sản xuất bền vững (4C, Rainforest Alliance, hữu cơ) đạt 70.256 ha, chiếm 33% tổng diện tích; trong đó chứng nhận 4C 48.120 ha, Rainforest Alliance 15.400 ha, hữu cơ gần 1.200 ha. Các huyện có diện tích chứng nhận lớn là Cư M'gar (12.350 ha), Krông Pắc (9.870 ha) và Krông Năng (8.140 ha).

Từ năm 2014 đến nay, toàn tỉnh đã tái canh, ghép cải tạo được 55.300 ha cà phê già cỗi, chủ yếu bằng các giống TR4, TR9, TRS1; riêng 5 tháng đầu năm 2024 tái canh 1.850 ha, đạt 46,3% kế hoạch năm.

Trong tháng 5/2024, giá cà phê nhân xô tại các huyện dao động từ 118.000 đến 128.000 đồng/kg, bình quân 122.500 đồng/kg, cao hơn 55.000 đồng/kg so với cùng kỳ năm 2023. 5 tháng đầu năm, các doanh nghiệp trên địa bàn xuất khẩu 142.300 tấn cà phê, kim ngạch đạt 538,6 triệu USD, tăng 46,2% so với cùng kỳ; giá xuất khẩu bình quân 3.785 USD/tấn.

Theo Quyết định số 1523/QĐ-UBND, phấn đấu đến năm 2025 toàn tỉnh có 80.000 ha cà phê đạt chứng nhận bền vững và tái canh thêm khoảng 10.000 ha. Lễ hội Cà phê Buôn Ma Thuột lần thứ 9 dự kiến tổ chức vào tháng 3/2025.

Sở NN&PTNT Đắk Lắk - Số 47 Nguyễn Tất Thành, TP. Buôn Ma Thuột. ĐT: 0262.3852.164
"""

ASOF = P("tính đến ngày 31/5/2024", None, "2024-05-31")
NV = P("Niên vụ 2023-2024", "2023-01-01", "2024-12-31")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
T5 = P("Trong tháng 5/2024", "2024-05-01", "2024-05-31")

FIGS = [
    F("Hơn 70.000 ha", "70.000", 70000, "measure", "ha", "diện tích cà phê đạt chứng nhận sản xuất bền vững", approx="over"),
    F("có 213.093 ha", "213.093", 213093, "measure", "ha", "diện tích cà phê", ASOF),
    F("sản phẩm 201.460 ha", "201.460", 201460, "measure", "ha", "diện tích cà phê cho sản phẩm", ASOF, total=213093),
    F("ước đạt 558.600 tấn", "558.600", 558600, "measure", "tấn", "sản lượng cà phê nhân", NV, status="estimate"),
    F("bình quân 27,7 tạ/ha", "27,7", 27.7, "measure", "tạ/ha", "năng suất bình quân cà phê", NV,
      change=CH("increase", 0.9, "tạ/ha", "niên vụ trước"), status="estimate"),
    F("đạt 70.256 ha", "70.256", 70256, "measure", "ha", "diện tích cà phê được cấp chứng nhận sản xuất bền vững", percent=33),
    F("4C 48.120 ha", "48.120", 48120, "measure", "ha", "diện tích cà phê chứng nhận 4C", total=70256),
    F("Alliance 15.400 ha", "15.400", 15400, "measure", "ha", "diện tích cà phê chứng nhận Rainforest Alliance", total=70256),
    F("hữu cơ gần 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích cà phê chứng nhận hữu cơ", approx="nearly", total=70256),
    F("Cư M'gar (12.350 ha)", "12.350", 12350, "measure", "ha", "diện tích chứng nhận", location="Cư M'gar"),
    F("Krông Pắc (9.870 ha)", "9.870", 9870, "measure", "ha", "diện tích chứng nhận", location="Krông Pắc"),
    F("Krông Năng (8.140 ha)", "8.140", 8140, "measure", "ha", "diện tích chứng nhận", location="Krông Năng"),
    F("được 55.300 ha", "55.300", 55300, "measure", "ha", "diện tích cà phê già cỗi tái canh, ghép cải tạo",
      P("Từ năm 2014 đến nay", "2014-01-01", "2024-06-18")),
    F("tái canh 1.850 ha", "1.850", 1850, "measure", "ha", "diện tích cà phê tái canh", M5, percent=46.3),
    F("từ 118.000 đến 128.000", "118.000", 118000, "money", "đồng/kg", "giá cà phê nhân xô tại các huyện", T5, value_max=128000),
    F("bình quân 122.500 đồng/kg", "122.500", 122500, "money", "đồng/kg", "giá cà phê nhân xô bình quân", T5,
      change=CH("increase", 55000, "đồng/kg", "cùng kỳ năm 2023")),
    F("xuất khẩu 142.300 tấn", "142.300", 142300, "measure", "tấn", "cà phê xuất khẩu của các doanh nghiệp trên địa bàn",
      P("5 tháng đầu năm", "2024-01-01", "2024-05-31")),
    F("đạt 538,6 triệu USD", "538,6", 538600000, "money", "USD", "kim ngạch xuất khẩu cà phê",
      P("5 tháng đầu năm", "2024-01-01", "2024-05-31"), change=CH("increase", 46.2, "%", "cùng kỳ")),
    F("3.785 USD/tấn", "3.785", 3785, "money", "USD/tấn", "giá xuất khẩu bình quân",
      P("5 tháng đầu năm", "2024-01-01", "2024-05-31")),
    F("có 80.000 ha", "80.000", 80000, "measure", "ha", "diện tích cà phê đạt chứng nhận bền vững",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("khoảng 10.000 ha", "10.000", 10000, "measure", "ha", "diện tích cà phê tái canh thêm",
      P("đến năm 2025", None, "2025-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Đắk Lắk: diện tích, sản lượng, chứng nhận bền vững, tái canh, giá và xuất khẩu cà phê (tháng 6/2024).",
    "'Cập nhật: 18/06/2024 08:45' is the dateline; 'Lượt xem: 3.482', '4C', 'TR4, TR9, TRS1' (clones), 'Quyết định số 1523/QĐ-UBND',",
    "'lần thứ 9', 'Số 47', the phone number and 'tháng 3/2025' are not figures.",
    "Choice: 'Niên vụ 2023-2024' is read like 'giai đoạn 2021-2025' (whole calendar years 2023-2024); the spec has no crop-year rule.",
    "4C/RA/hữu cơ areas follow 'trong đó' after 70.256 ha: total 70256. The district list has no part-of cue: no total.",
    "'riêng 5 tháng đầu năm 2024 tái canh 1.850 ha' is not a part of the 55.300 ha (no cue in the spec, different period).",
]

if __name__ == "__main__":
    emit("p564-1", TEXT, COMMENTS, FIGS, published="2024-06-18", location="Đắk Lắk")
