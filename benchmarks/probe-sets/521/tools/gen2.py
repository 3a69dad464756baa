"""p521-2: Diễn Châu district portal (Nghệ An) — pre-Tết price and quality inspections, market prices."""
from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN DIỄN CHÂU
Trang chủ > Tin tức > Kinh tế - Xã hội

Diễn Châu: Xử phạt 27 cơ sở vi phạm về giá và chất lượng hàng hóa trước Tết
Thứ Ba, 23/01/2024 - 15:20

Từ ngày 2/1 đến ngày 20/1/2024, Đoàn kiểm tra liên ngành của huyện phối hợp với Đội Quản lý thị trường số 6 (Cục Quản lý thị trường Nghệ An) đã kiểm tra 142 cơ sở sản xuất, kinh doanh hàng hóa phục vụ Tết, tăng 18 cơ sở so với cùng kỳ năm trước. Qua kiểm tra, đoàn phát hiện và xử lý 27 cơ sở vi phạm (15 cơ sở không niêm yết giá hoặc niêm yết không đúng quy định, 8 cơ sở kinh doanh hàng hóa không rõ nguồn gốc, 4 cơ sở kinh doanh thực phẩm quá hạn sử dụng), chiếm 19% số cơ sở được kiểm tra; tổng số tiền xử phạt 86,5 triệu đồng.

Lực lượng chức năng đã tạm giữ và tiêu hủy 1.240 sản phẩm bánh kẹo, 356 kg thực phẩm đông lạnh và 92 lít rượu không rõ nguồn gốc, tổng trị giá khoảng 48 triệu đồng.

Cùng thời gian, đoàn đã kiểm tra 23/31 cửa hàng xăng dầu trên địa bàn, trong đó 2 cửa hàng dọc Quốc lộ 1A và Quốc lộ 7A vi phạm về đo lường, bị phạt 15 triệu đồng. Qua khảo sát tại chợ Phủ Diễn và chợ Hôm, giá thịt lợn ba chỉ dao động 125.000 - 135.000 đồng/kg, tăng khoảng 10.000 đồng/kg so với tháng trước; giá gà ta 110.000 đồng/kg, giữ ổn định.

Phó Chủ tịch UBND huyện đề nghị UBND các xã, thị trấn tăng cường tuyên truyền, vận động tiểu thương niêm yết giá công khai; mọi phản ánh xin gửi về Phòng Kinh tế và Hạ tầng huyện, điện thoại 0238.3862.215.

Hồng Nhung
"""

COMMENTS = [
    "Diễn Châu district portal (Nghệ An): inter-agency pre-Tết inspection 2/1-20/1/2024, fines, seized goods, fuel stations, market prices.",
    "Location is the district throughout (the provincial QLTT department named in brackets does not make the figures provincial).",
    "The bracketed breakdown 15 + 8 + 4 right after '27 cơ sở vi phạm' adds up: total 27; 'chiếm 19%' after the bracket is the 27's share.",
    "'23/31 cửa hàng' → total 31; '2 cửa hàng' after 'trong đó' is part of the 23 inspected. 'tăng khoảng 10.000 đồng/kg' is the price range's change.",
    "Period 'Từ ngày 2/1 đến ngày 20/1/2024' scored in its sentence; the following sentences inherit it. Headline 27 has no period.",
    "Distractors: Đội QLTT số 6, Quốc lộ 1A, Quốc lộ 7A, phone 0238.3862.215, weekday/date/time line.",
]

PER = P("Từ ngày 2/1 đến ngày 20/1/2024", "2024-01-02", "2024-01-20")

FIGS = [
    F("Xử phạt 27 cơ sở", "27", 27, "count", "cơ sở",
      subject="cơ sở vi phạm về giá và chất lượng hàng hóa"),
    F("kiểm tra 142 cơ sở", "142", 142, "count", "cơ sở",
      change=CH("increase", 18, unit="cơ sở", baseline="cùng kỳ năm trước"),
      subject="cơ sở sản xuất, kinh doanh hàng hóa phục vụ Tết được kiểm tra", period=PER),
    F("xử lý 27 cơ sở vi phạm", "27", 27, "count", "cơ sở", percent=19,
      subject="cơ sở vi phạm", period=INH(PER)),
    F("(15 cơ sở", "15", 15, "count", "cơ sở", total=27,
      subject="cơ sở không niêm yết giá hoặc niêm yết không đúng quy định", period=INH(PER)),
    F(", 8 cơ sở", "8", 8, "count", "cơ sở", total=27,
      subject="cơ sở kinh doanh hàng hóa không rõ nguồn gốc", period=INH(PER)),
    F(", 4 cơ sở", "4", 4, "count", "cơ sở", total=27,
      subject="cơ sở kinh doanh thực phẩm quá hạn sử dụng", period=INH(PER)),
    F("phạt 86,5 triệu đồng", "86,5", 86.5e6, "money", "đồng",
      subject="tổng số tiền xử phạt", period=INH(PER)),
    F("1.240 sản phẩm", "1.240", 1240, "count", "sản phẩm",
      subject="sản phẩm bánh kẹo bị tạm giữ và tiêu hủy", period=INH(PER)),
    F("356 kg", "356", 356, "measure", "kg",
      subject="thực phẩm đông lạnh bị tạm giữ và tiêu hủy", period=INH(PER)),
    F("92 lít", "92", 92, "measure", "lít",
      subject="rượu không rõ nguồn gốc bị tạm giữ và tiêu hủy", period=INH(PER)),
    F("khoảng 48 triệu đồng", "48", 48e6, "money", "đồng", approx="about",
      subject="tổng trị giá hàng hóa tạm giữ và tiêu hủy", period=INH(PER)),
    F("23/31 cửa hàng", "23", 23, "count", "cửa hàng", total=31,
      subject="cửa hàng xăng dầu được kiểm tra", period=INH(PER)),
    F("trong đó 2 cửa hàng", "2", 2, "count", "cửa hàng", total=23,
      subject="cửa hàng xăng dầu vi phạm về đo lường", period=INH(PER)),
    F("phạt 15 triệu đồng", "15", 15e6, "money", "đồng",
      subject="tiền phạt cửa hàng xăng dầu vi phạm về đo lường", period=INH(PER)),
    F("125.000 - 135.000 đồng/kg", "125.000", 125000, "money", "đồng/kg", value_max=135000,
      change=CH("increase", 10000, unit="đồng/kg", baseline="tháng trước", approx="about"),
      subject="giá thịt lợn ba chỉ"),
    F("110.000 đồng/kg", "110.000", 110000, "money", "đồng/kg", subject="giá gà ta"),
]

emit("p521-2", TEXT, COMMENTS, FIGS, published="2024-01-23", location="Diễn Châu")
