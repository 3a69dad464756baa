"""p1096-1: Thanh Hóa province portal: interdisciplinary inspection of gold shops (15/4-31/5/2024)."""
from lib import F, period, inherit, change, write

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Kinh tế

Kiểm tra 86 cơ sở kinh doanh vàng, xử phạt hơn 640 triệu đồng

Cập nhật: 12/06/2024 09:45 | Lượt xem: 2.316

Thực hiện Kế hoạch số 118/KH-BCĐ389 ngày 10/4/2024 của Ban Chỉ đạo 389 tỉnh, từ ngày 15/4 đến ngày 31/5/2024, các đoàn kiểm tra liên ngành đã kiểm tra 86 cơ sở kinh doanh vàng trang sức, mỹ nghệ trên địa bàn tỉnh Thanh Hóa.

Qua kiểm tra, các đoàn phát hiện 29 cơ sở vi phạm, chiếm 33,7% số cơ sở được kiểm tra, trong đó: không niêm yết giá mua, giá bán (11 cơ sở); ghi nhãn hàng hóa không đúng quy định (9 cơ sở); sử dụng cân chưa được kiểm định (6 cơ sở) và kinh doanh hàng hóa không rõ nguồn gốc (3 cơ sở). Tổng số tiền xử phạt vi phạm hành chính hơn 640 triệu đồng. Các đoàn đã tạm giữ 1.426 sản phẩm vàng trang sức không có hóa đơn, chứng từ, tổng trọng lượng gần 3,8 kg, trị giá khoảng 4,2 tỷ đồng.

Số cơ sở vi phạm tập trung tại TP Thanh Hóa (9 cơ sở), thị xã Bỉm Sơn (5 cơ sở), huyện Triệu Sơn (4 cơ sở) và huyện Hoằng Hóa (4 cơ sở).

Theo Sở Công Thương, tính đến ngày 31/5/2024, toàn tỉnh có 742 cơ sở kinh doanh vàng, trong đó 58 cơ sở là doanh nghiệp, 684 cơ sở là hộ kinh doanh; 27 doanh nghiệp được Ngân hàng Nhà nước chi nhánh tỉnh cấp Giấy chứng nhận đủ điều kiện sản xuất vàng trang sức, mỹ nghệ. Doanh thu bán lẻ vàng trang sức 5 tháng đầu năm ước đạt 2.150 tỷ đồng, tăng 9,6% so với cùng kỳ. Đến nay, đã có 615/742 cơ sở áp dụng hóa đơn điện tử khởi tạo từ máy tính tiền, đạt 82,9%. Ngành Thuế phấn đấu đến hết năm 2024, 100% cơ sở kinh doanh vàng thực hiện hóa đơn điện tử theo Nghị định số 123/2020/NĐ-CP.

Trong tháng 6 và tháng 7, Cục Quản lý thị trường tỉnh dự kiến kiểm tra thêm khoảng 40 cơ sở tại các huyện miền núi. Người dân phản ánh vi phạm qua đường dây nóng 0237.3852.389.
"""

NOTES = [
    "Cổng TTĐT tỉnh Thanh Hóa: liên ngành kiểm tra cơ sở kinh doanh vàng 15/4-31/5/2024; dateline 'Cập nhật: 12/06/2024 09:45'.",
    "Distractors: Kế hoạch số 118/KH-BCĐ389, Ban Chỉ đạo 389, Lượt xem 2.316, Nghị định số 123/2020/NĐ-CP, hotline 0237.3852.389.",
    "Headline figures have no period. The violation types after 'trong đó:' add up to 29 and take it as total.",
    "The district list after 'tập trung tại' (22 of the 29) has no part-of cue: no total; the place goes to location.",
    "58 + 684 cơ sở after 'trong đó' = 742; the 27 doanh nghiệp after ';' count another thing (certified firms): no total.",
]

INSP = period("từ ngày 15/4 đến ngày 31/5/2024", "2024-04-15", "2024-05-31")
INH = inherit(INSP)
ASOF = period("tính đến ngày 31/5/2024", None, "2024-05-31")

FIGS = [
    F("Kiểm tra 86 cơ sở", "86", 86, "count", "cơ sở", "cơ sở kinh doanh vàng được kiểm tra"),
    F("vàng, xử phạt hơn 640 triệu", "640", 640e6, "money", "đồng", "tiền xử phạt", approx="over"),
    F("đã kiểm tra 86 cơ sở", "86", 86, "count", "cơ sở", "cơ sở kinh doanh vàng trang sức, mỹ nghệ được kiểm tra", INSP),
    F("phát hiện 29 cơ sở", "29", 29, "count", "cơ sở", "cơ sở vi phạm", INH, percent=33.7),
    F("giá bán (11 cơ sở)", "11", 11, "count", "cơ sở", "cơ sở không niêm yết giá mua, giá bán", INH, total=29),
    F("quy định (9 cơ sở)", "9", 9, "count", "cơ sở", "cơ sở ghi nhãn hàng hóa không đúng quy định", INH, total=29),
    F("kiểm định (6 cơ sở)", "6", 6, "count", "cơ sở", "cơ sở sử dụng cân chưa được kiểm định", INH, total=29),
    F("nguồn gốc (3 cơ sở)", "3", 3, "count", "cơ sở", "cơ sở kinh doanh hàng hóa không rõ nguồn gốc", INH, total=29),
    F("hành chính hơn 640 triệu đồng", "640", 640e6, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", INH, approx="over"),
    F("tạm giữ 1.426 sản phẩm", "1.426", 1426, "count", "sản phẩm", "sản phẩm vàng trang sức bị tạm giữ", INH),
    F("gần 3,8 kg", "3,8", 3.8, "measure", "kg", "tổng trọng lượng sản phẩm tạm giữ", INH, approx="nearly"),
    F("khoảng 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "trị giá sản phẩm vàng trang sức tạm giữ", INH, approx="about"),
    F("Thanh Hóa (9 cơ sở)", "9", 9, "count", "cơ sở", "cơ sở vi phạm", INH, location="Thanh Hóa"),
    F("Bỉm Sơn (5 cơ sở)", "5", 5, "count", "cơ sở", "cơ sở vi phạm", INH, location="Bỉm Sơn"),
    F("Triệu Sơn (4 cơ sở)", "4", 4, "count", "cơ sở", "cơ sở vi phạm", INH, location="Triệu Sơn"),
    F("Hoằng Hóa (4 cơ sở)", "4", 4, "count", "cơ sở", "cơ sở vi phạm", INH, location="Hoằng Hóa"),
    F("toàn tỉnh có 742 cơ sở", "742", 742, "count", "cơ sở", "cơ sở kinh doanh vàng", ASOF),
    F("58 cơ sở là doanh nghiệp", "58", 58, "count", "cơ sở", "cơ sở kinh doanh vàng là doanh nghiệp", ASOF, total=742),
    F("684 cơ sở là hộ kinh doanh", "684", 684, "count", "cơ sở", "cơ sở kinh doanh vàng là hộ kinh doanh", ASOF, total=742),
    F("27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
      "doanh nghiệp được cấp Giấy chứng nhận đủ điều kiện sản xuất vàng trang sức, mỹ nghệ", ASOF),
    F("ước đạt 2.150 tỷ đồng", "2.150", 2150e9, "money", "đồng", "doanh thu bán lẻ vàng trang sức",
      period("5 tháng đầu năm", "2024-01-01", "2024-05-31"), status="estimate",
      change=change("increase", 9.6, "%", "cùng kỳ")),
    F("có 615/742 cơ sở", "615", 615, "count", "cơ sở", "cơ sở áp dụng hóa đơn điện tử khởi tạo từ máy tính tiền",
      period("Đến nay", None, "2024-06-12"), total=742, percent=82.9),
    F("100% cơ sở kinh doanh vàng", "100", 100, "percent", "%", "cơ sở kinh doanh vàng thực hiện hóa đơn điện tử",
      period("đến hết năm 2024", None, "2024-12-31"), status="target"),
    F("khoảng 40 cơ sở", "40", 40, "count", "cơ sở", "cơ sở kinh doanh vàng kiểm tra thêm tại các huyện miền núi",
      period("Trong tháng 6 và tháng 7", "2024-06-01", "2024-07-31"), approx="about", status="forecast"),
]

write("p1096-1", TEXT, NOTES, FIGS, published="2024-06-12", location="Thanh Hóa")
