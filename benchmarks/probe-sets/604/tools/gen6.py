"""p604-6: district portal (huyện Châu Thành, Tiền Giang) — e-invoices at filling stations, invoices, revenue, tax."""
from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHÂU THÀNH - TỈNH TIỀN GIANG
Trang chủ » Tin tức » Kinh tế
Thứ Ba, 05/11/2024 - 09:45

Châu Thành: 43/43 cửa hàng xăng dầu kết nối hóa đơn điện tử với cơ quan thuế

Theo Chi cục Thuế khu vực Châu Thành - Tân Phước, tính đến ngày 31/10/2024, 43/43 cửa hàng xăng dầu trên địa bàn huyện đã kết nối, chuyển dữ liệu hóa đơn điện tử đến cơ quan thuế theo từng lần bán hàng. Trong đó, tuyến Quốc lộ 1 có 19 cửa hàng, Đường tỉnh 864 có 7 cửa hàng, còn lại nằm trên các tuyến huyện lộ.

Trong 10 tháng năm 2024, các cửa hàng đã lập hơn 5,2 triệu hóa đơn điện tử, bình quân khoảng 17.100 hóa đơn/ngày; tổng doanh thu bán lẻ xăng dầu đạt 2.946,8 tỷ đồng, tăng 6,1% so với cùng kỳ. Số thuế nộp ngân sách từ hoạt động kinh doanh xăng dầu ước đạt 38,4 tỷ đồng, đạt 81,7% dự toán năm.

Qua kiểm tra đột xuất 12 cửa hàng, Chi cục Thuế phát hiện 2 cửa hàng chưa lập hóa đơn đối với khách hàng không lấy hóa đơn, xử phạt 34 triệu đồng. Dự kiến đến cuối năm 2024, tổng số hóa đơn điện tử các cửa hàng xăng dầu lập sẽ đạt trên 6,3 triệu hóa đơn.

Người nộp thuế cần hỗ trợ liên hệ Tổ Tuyên truyền - Hỗ trợ người nộp thuế, số 38 Quốc lộ 1, khu phố 2, thị trấn Tân Hiệp; điện thoại 0273.3831.245.

Tin, ảnh: Minh Khang
"""

ASOF = P("tính đến ngày 31/10/2024", None, "2024-10-31")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")

FIGS = [
    F("Châu Thành: 43/43", "43", 43, "count", "cửa hàng",
      "cửa hàng xăng dầu kết nối hóa đơn điện tử với cơ quan thuế", INH(ASOF), total=43),
    F("31/10/2024, 43/43", "43", 43, "count", "cửa hàng",
      "cửa hàng xăng dầu đã kết nối, chuyển dữ liệu hóa đơn điện tử đến cơ quan thuế", ASOF, total=43),
    F("Quốc lộ 1 có 19 cửa hàng", "19", 19, "count", "cửa hàng",
      "cửa hàng xăng dầu trên tuyến Quốc lộ 1", INH(ASOF), total=43),
    F("864 có 7 cửa hàng", "7", 7, "count", "cửa hàng",
      "cửa hàng xăng dầu trên Đường tỉnh 864", INH(ASOF), total=43),
    F("hơn 5,2 triệu hóa đơn", "5,2", 5.2e6, "count", "hóa đơn điện tử", "hóa đơn điện tử các cửa hàng đã lập", M10,
      approx="over"),
    F("khoảng 17.100 hóa đơn/ngày", "17.100", 17100, "measure", "hóa đơn/ngày", "hóa đơn điện tử bình quân", M10,
      approx="about"),
    F("đạt 2.946,8 tỷ đồng", "2.946,8", 2946.8e9, "money", "đồng", "tổng doanh thu bán lẻ xăng dầu", M10,
      change=CH("increase", 6.1, "%", "cùng kỳ")),
    F("ước đạt 38,4 tỷ đồng", "38,4", 38.4e9, "money", "đồng",
      "số thuế nộp ngân sách từ hoạt động kinh doanh xăng dầu", INH(M10), status="estimate", percent=81.7),
    F("đột xuất 12 cửa hàng", "12", 12, "count", "cửa hàng", "cửa hàng được kiểm tra đột xuất"),
    F("phát hiện 2 cửa hàng", "2", 2, "count", "cửa hàng", "cửa hàng chưa lập hóa đơn đối với khách hàng không lấy hóa đơn"),
    F("xử phạt 34 triệu đồng", "34", 34e6, "money", "đồng", "số tiền xử phạt"),
    F("trên 6,3 triệu hóa đơn", "6,3", 6.3e6, "count", "hóa đơn điện tử",
      "tổng số hóa đơn điện tử các cửa hàng xăng dầu lập", P("đến cuối năm 2024", None, "2024-12-31"),
      approx="over", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT huyện Châu Thành (Tiền Giang), district portal, 'Thứ Ba, 05/11/2024 - 09:45': hóa đơn điện tử tại cửa hàng xăng dầu.",
    "The figures describe the district: location 'Châu Thành'. Road names 'Quốc lộ 1', 'Đường tỉnh 864', the address 'số 38 Quốc lộ 1,",
    "khu phố 2', the phone number are not figures. 43/43 → total 43 (headline and body); 19 and 7 follow 'Trong đó' after 43 → total 43.",
    "'đạt 81,7% dự toán năm' → percent of 38,4 tỷ. '10 tháng năm 2024' is a period.",
    "'đến cuối năm 2024' is read as an as-of phrase (start null). 2 of the 12 inspected shops: no part-of cue, no total.",
]

if __name__ == "__main__":
    emit("p604-6", TEXT, COMMENTS, FIGS, published="2024-11-05", location="Châu Thành")
