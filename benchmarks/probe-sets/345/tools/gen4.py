from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUỲNH PHỤ - TỈNH THÁI BÌNH
Trang chủ > Tin tức - Sự kiện > Lao động - Việc làm

Quỳnh Phụ hỗ trợ người lao động về nước tái hòa nhập thị trường lao động

Theo số liệu của Phòng Lao động - Thương binh và Xã hội huyện, 6 tháng đầu năm 2024, toàn huyện có 386 lao động hoàn thành hợp đồng về nước, trong đó 241 lao động về từ Nhật Bản, 97 lao động về từ Hàn Quốc và 48 lao động về từ Đài Loan (Trung Quốc). Số lao động về nước trước thời hạn là 23 người, giảm 9 người so với cùng kỳ.

Qua khảo sát, khoảng 72% lao động về nước có nhu cầu tìm việc làm trong nước, 18% tiếp tục đăng ký đi làm việc ở nước ngoài, số còn lại tự tạo việc làm. Huyện đã phối hợp với Trung tâm Dịch vụ việc làm tỉnh tổ chức 3 phiên giao dịch việc làm chuyên đề, giới thiệu việc làm cho 215 lao động về nước; 64 lao động được hỗ trợ học nghề với kinh phí gần 320 triệu đồng.

Nhiều lao động về nước đã sử dụng vốn tích lũy để khởi nghiệp. Toàn huyện hiện có 57 mô hình sản xuất, kinh doanh do lao động về nước làm chủ, tạo việc làm cho trên 400 lao động địa phương với thu nhập bình quân từ 7 đến 9 triệu đồng/người/tháng.

Tính đến 30/6/2024, toàn huyện có 4.870 người đang làm việc ở nước ngoài, ước mỗi năm gửi về khoảng 35 triệu USD. Xã An Thanh, xã Quỳnh Hội là những địa phương có đông lao động xuất khẩu nhất.

Năm 2024, huyện phấn đấu đưa 900 lao động đi làm việc ở nước ngoài; 6 tháng đầu năm đã đưa được 512 người, đạt 56,9% kế hoạch. Thực hiện Quyết định số 1756/QĐ-UBND của UBND tỉnh, phiên giao dịch việc làm tiếp theo sẽ diễn ra lúc 8 giờ 00 ngày 12/8/2024 tại Hội trường UBND huyện, số 2 đường Lê Quý Đôn, thị trấn Quỳnh Côi. Mọi chi tiết liên hệ: 0227.3863.112.

Phòng Văn hóa và Thông tin huyện
25/07/2024
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
figs = [
    F("có 386 lao động", "386", 386, "count", "lao động", "lao động hoàn thành hợp đồng về nước", H1),
    F("241 lao động về từ Nhật Bản", "241", 241, "count", "lao động", "lao động về nước từ Nhật Bản", H1, total=386),
    F("97 lao động về từ Hàn Quốc", "97", 97, "count", "lao động", "lao động về nước từ Hàn Quốc", H1, total=386),
    F("48 lao động về từ Đài Loan", "48", 48, "count", "lao động", "lao động về nước từ Đài Loan (Trung Quốc)", H1, total=386),
    F("là 23 người", "23", 23, "count", "người", "lao động về nước trước thời hạn", H1i,
      change=C("decrease", 9, "người", "cùng kỳ")),
    F("khoảng 72% lao động", "72", 72, "percent", "%", "lao động về nước có nhu cầu tìm việc làm trong nước", H1i, approx="about"),
    F(", 18% tiếp tục", "18", 18, "percent", "%", "lao động về nước tiếp tục đăng ký đi làm việc ở nước ngoài", H1i),
    F("tổ chức 3 phiên", "3", 3, "count", "phiên giao dịch việc làm", "phiên giao dịch việc làm chuyên đề", H1i),
    F("cho 215 lao động", "215", 215, "count", "lao động", "lao động về nước được giới thiệu việc làm", H1i),
    F("; 64 lao động", "64", 64, "count", "lao động", "lao động được hỗ trợ học nghề", H1i),
    F("gần 320 triệu đồng", "320", 320e6, "money", "đồng", "kinh phí hỗ trợ học nghề", H1i, approx="nearly"),
    F("có 57 mô hình", "57", 57, "count", "mô hình", "mô hình sản xuất, kinh doanh do lao động về nước làm chủ"),
    F("trên 400 lao động", "400", 400, "count", "lao động", "lao động địa phương được tạo việc làm", approx="over"),
    F("từ 7 đến 9 triệu đồng/người/tháng", "7", 7e6, "money", "đồng/người/tháng", "thu nhập bình quân",
      value_max=9e6),
    F("có 4.870 người", "4.870", 4870, "count", "người", "người đang làm việc ở nước ngoài",
      P("Tính đến 30/6/2024", None, "2024-06-30")),
    F("khoảng 35 triệu USD", "35", 35e6, "money", "USD", "tiền người lao động gửi về mỗi năm",
      approx="about", status="estimate"),
    F("đưa 900 lao động", "900", 900, "count", "lao động", "lao động đi làm việc ở nước ngoài",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("được 512 người", "512", 512, "count", "người", "lao động đi làm việc ở nước ngoài",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), percent=56.9),
]
COMMENTS = [
    "District portal (huyện Quỳnh Phụ, Thái Bình) with breadcrumb; no dateline at the top, bare date '25/07/2024' at the end (published).",
    "Returning workers. '386 ..., trong đó 241 ..., 97 ... và 48 ...' parts add up: total 386. Origin countries are not places: location Quỳnh Phụ.",
    "'6 tháng đầu năm 2024' governs the first paragraph and the next one (inherited); the remittance 'ước mỗi năm' has no dated period (estimate).",
    "'khoảng 72%, 18%': 'khoảng' modifies the first share only. '7 đến 9 triệu đồng/người/tháng' range, unit is the rate.",
    "'6 tháng đầu năm đã đưa được 512 người' takes 2024 from 'Năm 2024' earlier in the sentence; 'đạt 56,9% kế hoạch' its percent. 'phấn đấu' governs only its clause.",
    "'Toàn huyện hiện có 57 mô hình' / 'trên 400 lao động': 'hiện' is not a dated period (left without period).",
    "Distractors: breadcrumb, Quyết định số 1756/QĐ-UBND, '8 giờ 00 ngày 12/8/2024', 'số 2 đường Lê Quý Đôn', phone 0227.3863.112, commune names.",
]
build(4, TEXT, figs, COMMENTS, published="2024-07-25", location="Quỳnh Phụ")
