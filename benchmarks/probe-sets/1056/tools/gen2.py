"""p1056-2: district portal (quận Ninh Kiều, Cần Thơ), street food checks before Tết Giáp Thìn 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU
Tin hoạt động > Y tế - Giáo dục

Kiểm tra an toàn thực phẩm thức ăn đường phố dịp Tết Nguyên đán Giáp Thìn

Thứ Sáu, 02/02/2024 - 14:30

Thực hiện Kế hoạch số 09/KH-BCĐ ngày 05/01/2024 của Ban Chỉ đạo liên ngành về an toàn thực phẩm quận, từ ngày 15/01 đến 31/01/2024, 3 đoàn kiểm tra liên ngành của quận và 11 đoàn của các phường đã kiểm tra 286 cơ sở, trong đó có 174 cơ sở kinh doanh thức ăn đường phố.

Các cơ sở thức ăn đường phố được kiểm tra thuộc nhóm bánh mì, xôi (46 cơ sở), bún, hủ tiếu (38 cơ sở), nước giải khát (52 cơ sở) và bánh truyền thống (38 cơ sở), tập trung trên đường 30/4, đường Mậu Thân và khu vực bến Ninh Kiều.

Kết quả, có 259/286 cơ sở đạt yêu cầu, chiếm 90,6%; 27 cơ sở vi phạm, giảm 12 cơ sở so với dịp Tết Quý Mão, chủ yếu do người chế biến không đeo găng tay, chưa có giấy xác nhận kiến thức an toàn thực phẩm. Đoàn đã xử phạt 9 cơ sở với số tiền 38,5 triệu đồng, nhắc nhở 18 cơ sở.

Đoàn cũng lấy 145 mẫu thực phẩm để xét nghiệm nhanh hàn the, formol, phẩm màu, kết quả: 139 mẫu đạt, 6 mẫu không đạt (gồm 4 mẫu chả lụa chứa hàn the và 2 mẫu dưa cải có phẩm màu ngoài danh mục). Tỷ lệ mẫu không đạt là 4,1%, thấp hơn mức 7,1% của dịp Tết năm trước.

Trong năm 2024, quận dự kiến hỗ trợ 150 xe đẩy, tủ kính cho hộ kinh doanh thức ăn đường phố tại phố đi bộ Hai Bà Trưng và chợ đêm Tây Đô, mức hỗ trợ 3 triệu đồng/hộ. Quận phấn đấu đến cuối năm 2024, 100% cơ sở thức ăn đường phố trên địa bàn được kiểm tra ít nhất 1 lần.

Thanh Tâm (Phòng Y tế quận)
"""

W = P("từ ngày 15/01 đến 31/01/2024", "2024-01-15", "2024-01-31")
WI = I(W)
Y = P("Trong năm 2024", "2024-01-01", "2024-12-31")
E = P("đến cuối năm 2024", None, "2024-12-31")

FIGS = [
    F("3 đoàn kiểm tra liên ngành", "3", 3, "count", "đoàn kiểm tra", "đoàn kiểm tra liên ngành của quận", period=W),
    F("11 đoàn của các phường", "11", 11, "count", "đoàn", "đoàn kiểm tra của các phường", period=W),
    F("kiểm tra 286 cơ sở", "286", 286, "count", "cơ sở", "cơ sở được kiểm tra", period=W),
    F("có 174 cơ sở kinh doanh", "174", 174, "count", "cơ sở",
      "cơ sở kinh doanh thức ăn đường phố được kiểm tra", total=286, period=W),
    F("xôi (46 cơ sở)", "46", 46, "count", "cơ sở", "cơ sở thức ăn đường phố nhóm bánh mì, xôi",
      total=174, period=WI),
    F("hủ tiếu (38 cơ sở)", "38", 38, "count", "cơ sở", "cơ sở thức ăn đường phố nhóm bún, hủ tiếu",
      total=174, period=WI),
    F("giải khát (52 cơ sở)", "52", 52, "count", "cơ sở", "cơ sở thức ăn đường phố nhóm nước giải khát",
      total=174, period=WI),
    F("truyền thống (38 cơ sở)", "38", 38, "count", "cơ sở", "cơ sở thức ăn đường phố nhóm bánh truyền thống",
      total=174, period=WI),
    F("có 259/286 cơ sở", "259", 259, "count", "cơ sở", "cơ sở đạt yêu cầu", total=286, percent=90.6, period=WI),
    F("27 cơ sở vi phạm", "27", 27, "count", "cơ sở", "cơ sở vi phạm",
      change=C("decrease", 12, "cơ sở", "dịp Tết Quý Mão"), period=WI),
    F("xử phạt 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở bị xử phạt", period=WI),
    F("số tiền 38,5 triệu đồng", "38,5", 38500000, "money", "đồng", "số tiền xử phạt", period=WI),
    F("nhắc nhở 18 cơ sở", "18", 18, "count", "cơ sở", "cơ sở bị nhắc nhở", period=WI),
    F("lấy 145 mẫu", "145", 145, "count", "mẫu", "mẫu thực phẩm xét nghiệm nhanh", period=WI),
    F("139 mẫu đạt", "139", 139, "count", "mẫu", "mẫu đạt", total=145, period=WI),
    F("6 mẫu không đạt", "6", 6, "count", "mẫu", "mẫu không đạt", total=145, period=WI),
    F("gồm 4 mẫu chả lụa", "4", 4, "count", "mẫu", "mẫu chả lụa chứa hàn the", total=6, period=WI),
    F("2 mẫu dưa cải", "2", 2, "count", "mẫu", "mẫu dưa cải có phẩm màu ngoài danh mục", total=6, period=WI),
    F("là 4,1%", "4,1", 4.1, "percent", "%", "tỷ lệ mẫu không đạt", period=WI),
    F("mức 7,1%", "7,1", 7.1, "percent", "%", "tỷ lệ mẫu không đạt dịp Tết năm trước"),
    F("hỗ trợ 150 xe đẩy", "150", 150, "count", "xe đẩy, tủ kính",
      "xe đẩy, tủ kính hỗ trợ hộ kinh doanh thức ăn đường phố", status="forecast", period=Y),
    F("3 triệu đồng/hộ", "3", 3000000, "money", "đồng/hộ", "mức hỗ trợ", status="forecast", period=Y),
    F("100% cơ sở thức ăn", "100", 100, "percent", "%", "cơ sở thức ăn đường phố được kiểm tra",
      status="target", period=E),
    F("ít nhất 1 lần", "1", 1, "count", "lần", "số lần kiểm tra mỗi cơ sở", approx="at_least",
      status="target", period=E, optional=True),
]

NOTES = [
    "District portal (quận Ninh Kiều, Cần Thơ): street food checks before Tết Giáp Thìn, 15-31/01/2024.",
    "Location is the district (Ninh Kiều) throughout; the wards and streets localise nothing further.",
    "Category list in brackets (46+38+52+38 = 174) follows the 174 street-food stalls: total 174, subject = indicator + category.",
    "'kết quả: 139 mẫu đạt, 6 mẫu không đạt' -> total 145 (colon after the whole); '(gồm 4 ... và 2 ...)' -> total 6.",
    "'giảm 12 cơ sở so với dịp Tết Quý Mão' is the change of 27 cơ sở vi phạm. '4,1%, thấp hơn mức 7,1%': 7,1% is a level of the",
    "previous Tết, a figure of its own (no period: a festival, not a calendar period); 4,1% carries no change value.",
    "'ít nhất 1 lần' specifies the target (optional). Distractors: Kế hoạch số 09/KH-BCĐ ngày 05/01/2024, đường 30/4,",
    "phố đi bộ Hai Bà Trưng, Thứ Sáu, 14:30.",
]

write(2, TEXT, FIGS, NOTES, published="2024-02-02", location="Ninh Kiều")
