from lib import Doc, P, C, T

TEXT = """BÁO LẠNG SƠN
Kinh tế > Thị trường
Ngăn chặn thuốc giả, thuốc không rõ nguồn gốc qua biên giới
21/10/2024 09:30

LSO - Quý III/2024, lực lượng chức năng tỉnh Lạng Sơn đã phát hiện, bắt giữ 43 vụ vận chuyển, kinh doanh thuốc tân dược, dược liệu nhập lậu, thuốc giả và thuốc không rõ nguồn gốc, tăng 26,5% so với cùng kỳ năm 2023.

Trong đó, lực lượng quản lý thị trường xử lý 21 vụ, công an 15 vụ, bộ đội biên phòng và hải quan 7 vụ. Tổng số tiền xử phạt vi phạm hành chính và bán hàng tịch thu trên 1,35 tỷ đồng.

Tang vật tạm giữ gồm khoảng 18.400 hộp, vỉ thuốc tân dược các loại, 2,7 tấn dược liệu khô và gần 3.000 sản phẩm thực phẩm bảo vệ sức khỏe giả mạo nhãn hiệu; tổng trị giá ước khoảng 2,1 tỷ đồng. Đáng chú ý, ngày 14/8/2024, Đội Quản lý thị trường số 3 phối hợp với Công an huyện Cao Lộc kiểm tra xe ô tô biển kiểm soát 12C-087.65, phát hiện 4.560 hộp thuốc kháng sinh, thuốc giảm đau do nước ngoài sản xuất không có hóa đơn, chứng từ.

Tại các địa bàn giáp biên, số vụ vi phạm tập trung chủ yếu ở huyện Văn Lãng (11 vụ), Cao Lộc (9 vụ) và thành phố Lạng Sơn (8 vụ). Từ đầu năm đến nay, toàn tỉnh đã xử lý 117 vụ vi phạm trong lĩnh vực dược, chiếm khoảng 8% tổng số vụ buôn lậu, gian lận thương mại bị xử lý.

Thời gian tới, Ban Chỉ đạo 389 tỉnh chỉ đạo các lực lượng tăng cường kiểm soát tại 12 cửa khẩu và các đường mòn, lối mở; phấn đấu 100% cơ sở kinh doanh thuốc trên địa bàn được kiểm tra ít nhất 1 lần/năm.

HOÀNG MINH
"""

d = Doc("p241-5", TEXT, [
    "Báo Lạng Sơn (Party newspaper), bare dateline '21/10/2024 09:30', LSO tag, byline at the end: thuốc giả, thuốc nhập lậu bị bắt giữ quý III/2024.",
    "Distractors: 'ngày 14/8/2024', 'Đội Quản lý thị trường số 3', licence plate '12C-087.65', 'Ban Chỉ đạo 389' (names), 'cùng kỳ năm 2023' (baseline).",
    "43 vụ carries 'tăng 26,5% so với cùng kỳ năm 2023'; 'Trong đó' after it makes 21/15/7 its parts (sum 43). 'Quý III/2024' is stated once; later sentences inherit it.",
    "Seized goods: 'khoảng', 'gần' approximations; 'ước khoảng 2,1 tỷ đồng' is an estimate. 4.560 hộp: the Cao Lộc case (location Cao Lộc); a single day gives no period.",
    "District list shares the indicator 'số vụ vi phạm': places go to location. 117 vụ: 'Từ đầu năm đến nay' (2024-01-01 … published), percent 8 (chiếm khoảng 8%).",
    "'12 cửa khẩu' is structure (optional); 'phấn đấu 100%' is a target; 'ít nhất 1 lần/năm' is a criterion (optional).",
], published="2024-10-21", location="Lạng Sơn")

pq = P("Quý III/2024", "2024-07-01", "2024-09-30")
pqi = P("Quý III/2024", "2024-07-01", "2024-09-30", inherited=True)
d.f("bắt giữ 43 vụ", "43", 43, "count", "vụ",
    change=C("increase", 26.5, "%", "cùng kỳ năm 2023"),
    subject="vụ vận chuyển, kinh doanh thuốc tân dược, dược liệu nhập lậu, thuốc giả và thuốc không rõ nguồn gốc bị bắt giữ",
    period=pq)
d.f("xử lý 21 vụ", "21", 21, "count", "vụ", total=43, subject="vụ do lực lượng quản lý thị trường xử lý", period=pqi)
d.f("công an 15 vụ", "15", 15, "count", "vụ", total=43, subject="vụ do công an xử lý", period=pqi)
d.f("hải quan 7 vụ", "7", 7, "count", "vụ", total=43, subject="vụ do bộ đội biên phòng và hải quan xử lý", period=pqi)
d.f("trên 1,35 tỷ đồng", "1,35", 1.35e9, "money", "đồng", approx="over",
    subject="tổng số tiền xử phạt vi phạm hành chính và bán hàng tịch thu", period=pqi)
d.f("khoảng 18.400 hộp", "18.400", 18400, "count", "hộp, vỉ", approx="about",
    subject="thuốc tân dược tạm giữ", period=pqi)
d.f("2,7 tấn", "2,7", 2.7, "measure", "tấn", subject="dược liệu khô tạm giữ", period=pqi)
d.f("gần 3.000 sản phẩm", "3.000", 3000, "count", "sản phẩm", approx="nearly",
    subject="sản phẩm thực phẩm bảo vệ sức khỏe giả mạo nhãn hiệu tạm giữ", period=pqi)
d.f("ước khoảng 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", approx="about", status="estimate",
    subject="tổng trị giá tang vật tạm giữ", period=pqi)
d.f("phát hiện 4.560 hộp", "4.560", 4560, "count", "hộp",
    subject="thuốc kháng sinh, thuốc giảm đau nước ngoài sản xuất không có hóa đơn, chứng từ", location="Cao Lộc")
d.f("Văn Lãng (11 vụ)", "11", 11, "count", "vụ", subject="số vụ vi phạm", period=pqi, location="Văn Lãng")
d.f("Cao Lộc (9 vụ)", "9", 9, "count", "vụ", subject="số vụ vi phạm", period=pqi, location="Cao Lộc")
d.f("Lạng Sơn (8 vụ)", "8", 8, "count", "vụ", subject="số vụ vi phạm", period=pqi, location="thành phố Lạng Sơn")
d.f("xử lý 117 vụ", "117", 117, "count", "vụ", percent=8,
    subject="vụ vi phạm trong lĩnh vực dược được xử lý",
    period=P("Từ đầu năm đến nay", "2024-01-01", "2024-10-21"))
d.f("tại 12 cửa khẩu", "12", 12, "count", "cửa khẩu", optional=True)
d.f("phấn đấu 100%", "100", 100, "percent", "%", status="target",
    subject="cơ sở kinh doanh thuốc trên địa bàn được kiểm tra")
d.f("ít nhất 1 lần/năm", "1", 1, "measure", "lần/năm", approx="at_least", optional=True)
d.write()
