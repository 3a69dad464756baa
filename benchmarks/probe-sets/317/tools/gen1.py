from lib import F, P, Y, CH, TG, emit

TEXT = """Cổng Thông tin điện tử tỉnh Thái Bình
Trang chủ > Tin tức > Kinh tế
Thái Bình: Mạng lưới chợ, siêu thị từng bước được nâng cấp, hiện đại
Cập nhật: 14/10/2024 08:35 | Lượt xem: 2.318

Theo báo cáo của Sở Công Thương, tính đến ngày 30/9/2024, toàn tỉnh Thái Bình có 248 chợ đang hoạt động, trong đó có 4 chợ hạng I, 21 chợ hạng II và 223 chợ hạng III. Chợ nông thôn có 219 chợ, chiếm 88,3% tổng số chợ. Bên cạnh hệ thống chợ truyền thống, trên địa bàn tỉnh có 14 siêu thị, 2 trung tâm thương mại và hơn 160 cửa hàng tiện lợi, cửa hàng chuyên doanh.

Từ năm 2021 đến nay, tỉnh đã đầu tư xây mới, cải tạo, nâng cấp 37 chợ với tổng kinh phí khoảng 286 tỷ đồng; trong đó vốn ngân sách nhà nước 94,5 tỷ đồng, vốn doanh nghiệp, hợp tác xã và xã hội hóa 191,5 tỷ đồng. Nhiều chợ sau cải tạo như chợ Bo (thành phố Thái Bình), chợ Diêm Điền (huyện Thái Thụy), chợ Hưng Nhân (huyện Hưng Hà) đã thu hút đông tiểu thương. Riêng chợ Bo hiện có 1.126 điểm kinh doanh với gần 900 hộ tiểu thương thường xuyên buôn bán. Hệ thống chợ toàn tỉnh đang tạo việc làm ổn định cho gần 12 nghìn lao động.

Thực hiện Kế hoạch số 126/KH-UBND ngày 15/5/2024 của UBND tỉnh, năm 2024 tỉnh phấn đấu chuyển đổi mô hình quản lý thêm 15 chợ sang doanh nghiệp, hợp tác xã quản lý, nâng tổng số chợ chuyển đổi lên 68 chợ. Tỷ lệ chợ đạt tiêu chí an toàn thực phẩm ước đạt 42%, tăng 5,5 điểm phần trăm so với năm 2023.

Mọi phản ánh về hoạt động kinh doanh tại chợ, đề nghị liên hệ Phòng Quản lý thương mại, Sở Công Thương, số 8 đường Lê Quý Đôn, điện thoại 0227.3831.542.
"""

AS_OF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
AS_OF_I = P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-10-14")
SINCE_I = P("Từ năm 2021 đến nay", "2021-01-01", "2024-10-14", inh=True)

FIGS = [
    F("có 248 chợ", "248", 248, "count", "chợ", "chợ đang hoạt động", AS_OF),
    F("có 4 chợ hạng I", "4", 4, "count", "chợ", "chợ hạng I", AS_OF, total=248),
    F("21 chợ hạng II", "21", 21, "count", "chợ", "chợ hạng II", AS_OF, total=248),
    F("223 chợ hạng III", "223", 223, "count", "chợ", "chợ hạng III", AS_OF, total=248),
    F("có 219 chợ", "219", 219, "count", "chợ", "chợ nông thôn", AS_OF_I, percent=88.3),
    F("có 14 siêu thị", "14", 14, "count", "siêu thị", "siêu thị", AS_OF_I),
    F("2 trung tâm thương mại", "2", 2, "count", "trung tâm thương mại", "trung tâm thương mại", AS_OF_I),
    F("hơn 160 cửa hàng", "160", 160, "count", "cửa hàng tiện lợi, cửa hàng chuyên doanh",
      "cửa hàng tiện lợi, cửa hàng chuyên doanh", AS_OF_I, approx="over"),
    F("nâng cấp 37 chợ", "37", 37, "count", "chợ", "chợ được đầu tư xây mới, cải tạo, nâng cấp", SINCE),
    F("khoảng 286 tỷ đồng", "286", 286e9, "money", "đồng", "tổng kinh phí xây mới, cải tạo, nâng cấp chợ", SINCE,
      approx="about"),
    F("nước 94,5 tỷ đồng", "94,5", 94.5e9, "money", "đồng", "vốn ngân sách nhà nước đầu tư chợ", SINCE, total=286e9),
    F("hóa 191,5 tỷ đồng", "191,5", 191.5e9, "money", "đồng", "vốn doanh nghiệp, hợp tác xã và xã hội hóa đầu tư chợ",
      SINCE, total=286e9),
    F("có 1.126 điểm", "1.126", 1126, "count", "điểm kinh doanh", "điểm kinh doanh chợ Bo"),
    F("gần 900 hộ", "900", 900, "count", "hộ tiểu thương", "hộ tiểu thương thường xuyên buôn bán tại chợ Bo",
      approx="nearly"),
    F("gần 12 nghìn lao động", "12", 12000, "count", "lao động", "lao động có việc làm ổn định từ hệ thống chợ",
      approx="nearly"),
    F("thêm 15 chợ", "15", 15, "count", "chợ", "chợ chuyển đổi mô hình quản lý sang doanh nghiệp, hợp tác xã",
      Y(2024), status="target"),
    F("lên 68 chợ", "68", 68, "count", "chợ", "tổng số chợ chuyển đổi mô hình quản lý", Y(2024), status="target"),
    F("ước đạt 42%", "42", 42, "percent", "%", "tỷ lệ chợ đạt tiêu chí an toàn thực phẩm", Y(2024, inh=True),
      change=CH("increase", 5.5, "điểm phần trăm", "năm 2023"), status="estimate"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thái Bình: mạng lưới chợ, siêu thị (tính đến 30/9/2024), vốn nâng cấp chợ từ 2021, mục tiêu 2024.",
    "'Cập nhật: 14/10/2024 08:35 | Lượt xem: 2.318' is the dateline + counter. 'Từ năm 2021 đến nay' ends at the dateline.",
    "'trong đó 4 / 21 / 223 chợ hạng …' are parts of 248; the two capital sources are parts of 'khoảng 286 tỷ đồng'.",
    "219 chợ nông thôn has the share 88,3% (chiếm) but no total (no part-of cue). 14/2/160 take the as-of date of the",
    "previous sentence (inherited). Chợ Bo is in thành phố Thái Bình, so its figures keep the province's name as location.",
    "The 42% is a rate, estimate, with its change in 'điểm phần trăm'; its year comes from the previous sentence.",
    "Distractors: Kế hoạch số 126/KH-UBND ngày 15/5/2024, 'số 8 đường Lê Quý Đôn', phone 0227.3831.542, 'hạng I/II/III', counter.",
    "revised: subjects of 14 siêu thị / 2 trung tâm thương mại lose 'trên địa bàn tỉnh' (a place is the location, not the subject).",
]

emit("p317-1", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Thái Bình")
