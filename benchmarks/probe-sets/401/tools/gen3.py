from lib import *

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Pháp luật

Bắc Giang: Gần 80% hồ sơ cấp Phiếu lý lịch tư pháp được nộp trực tuyến

Thu Hà  |  15/01/2024 09:32

(BGĐT) - Năm 2023, Sở Tư pháp tiếp nhận 21.486 hồ sơ yêu cầu cấp Phiếu lý lịch tư pháp, tăng 18,6% so với năm 2022. Trong đó, có 14.320 hồ sơ yêu cầu cấp Phiếu lý lịch tư pháp số 1 và 7.166 hồ sơ yêu cầu cấp Phiếu lý lịch tư pháp số 2.

Sở đã cấp 21.102 Phiếu lý lịch tư pháp, đạt 98,2% số hồ sơ tiếp nhận; số hồ sơ còn lại đang xác minh hoặc bị từ chối do không đủ điều kiện. Qua tra cứu, có 386 phiếu ghi nhận người được cấp phiếu có án tích.

Đáng chú ý, số hồ sơ nộp trực tuyến qua Cổng Dịch vụ công quốc gia và ứng dụng VNeID đạt 16.870 hồ sơ, chiếm 78,5%, gấp 2,4 lần năm 2022. Thời gian cấp phiếu bình quân 6,5 ngày làm việc, rút ngắn 3,5 ngày so với thời hạn luật định.

Bên cạnh đó, Sở tiếp nhận 4.215 thông tin lý lịch tư pháp do Tòa án, Viện kiểm sát và cơ quan thi hành án dân sự cung cấp; lập mới 1.892 lý lịch tư pháp, cập nhật bổ sung 2.017 lý lịch tư pháp. Tính đến ngày 31/12/2023, cơ sở dữ liệu lý lịch tư pháp của tỉnh lưu giữ gần 48.600 lý lịch tư pháp.

Bà Ngô Thị Lan, Phó Giám đốc Sở Tư pháp cho biết, năm 2024, Sở phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 85% và 100% phiếu được trả đúng hạn. Người dân có thể tra cứu tiến độ qua số điện thoại 0204.3854.203 hoặc tại Trung tâm Phục vụ hành chính công tỉnh, số 48 đường Nguyễn Văn Cừ, TP Bắc Giang.

Theo Luật Lý lịch tư pháp năm 2009 và Quyết định số 06/QĐ-TTg, việc cấp Phiếu lý lịch tư pháp qua VNeID được thí điểm tại Bắc Giang từ tháng 10/2023.
"""

Y23 = Y("Năm 2023", 2023)
Y23i = Y("Năm 2023", 2023, inh=True)
Y24 = Y("năm 2024", 2024)

FIGS = [
    F("Gần 80% hồ sơ", "80", 80, "percent", "%", "hồ sơ cấp Phiếu lý lịch tư pháp được nộp trực tuyến", approx="nearly"),
    F("tiếp nhận 21.486 hồ sơ", "21.486", 21486, "count", "hồ sơ", "hồ sơ yêu cầu cấp Phiếu lý lịch tư pháp tiếp nhận", Y23,
      change=ch("+", 18.6, baseline="năm 2022")),
    F("có 14.320 hồ sơ", "14.320", 14320, "count", "hồ sơ", "hồ sơ yêu cầu cấp Phiếu lý lịch tư pháp số 1", Y23i, total=21486),
    F("và 7.166 hồ sơ", "7.166", 7166, "count", "hồ sơ", "hồ sơ yêu cầu cấp Phiếu lý lịch tư pháp số 2", Y23i, total=21486),
    F("đã cấp 21.102 Phiếu", "21.102", 21102, "count", "Phiếu lý lịch tư pháp", "Phiếu lý lịch tư pháp đã cấp", Y23i, percent=98.2),
    F("có 386 phiếu", "386", 386, "count", "phiếu", "phiếu ghi nhận người được cấp phiếu có án tích", Y23i),
    F("đạt 16.870 hồ sơ", "16.870", 16870, "count", "hồ sơ", "hồ sơ nộp trực tuyến qua Cổng Dịch vụ công quốc gia và ứng dụng VNeID", Y23i,
      percent=78.5, change=ch("+", 2.4, "lần", "năm 2022")),
    F("bình quân 6,5 ngày", "6,5", 6.5, "measure", "ngày làm việc", "thời gian cấp phiếu bình quân", Y23i,
      change=ch("-", 3.5, "ngày", "thời hạn luật định")),
    F("tiếp nhận 4.215 thông tin", "4.215", 4215, "count", "thông tin lý lịch tư pháp", "thông tin lý lịch tư pháp tiếp nhận", Y23i),
    F("lập mới 1.892", "1.892", 1892, "count", "lý lịch tư pháp", "lý lịch tư pháp lập mới", Y23i),
    F("bổ sung 2.017", "2.017", 2017, "count", "lý lịch tư pháp", "lý lịch tư pháp cập nhật bổ sung", Y23i),
    F("gần 48.600", "48.600", 48600, "count", "lý lịch tư pháp", "lý lịch tư pháp lưu giữ trong cơ sở dữ liệu lý lịch tư pháp của tỉnh",
      P("Tính đến ngày 31/12/2023", None, "2023-12-31"), approx="nearly"),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ hồ sơ trực tuyến", Y24, approx="over", status="target"),
    F("và 100% phiếu", "100", 100, "percent", "%", "phiếu được trả đúng hạn", Y24, status="target"),
]

emit("p401-3", TEXT, [
    "Party newspaper (Báo Bắc Giang): judicial records (lý lịch tư pháp) in 2023; byline | 'dd/mm/yyyy hh:mm' dateline; headline figure.",
    "'Phiếu lý lịch tư pháp số 1 / số 2' are names of forms, not figures. 'gấp 2,4 lần năm 2022' after a share is the count's change (2,4 lần).",
    "'rút ngắn 3,5 ngày so với thời hạn luật định' is the change of the 6,5-day average (decrease, unit ngày).",
    "Distractors: Luật … năm 2009, Quyết định số 06/QĐ-TTg, tháng 10/2023, phone 0204.3854.203, số 48 đường Nguyễn Văn Cừ.",
], FIGS, published="2024-01-15", location="Bắc Giang")
