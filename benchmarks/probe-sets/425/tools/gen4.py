from lib import F, P, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ BỘ Y TẾ
Tin hoạt động

Tuần lễ tiêm chủng năm 2024: Ưu tiên tiêm bù, tiêm vét cho trẻ em vùng sâu, vùng xa
24/04/2024 16:05

(MOH) - Sáng 24/4, tại Hà Nội, Bộ Y tế tổ chức Lễ phát động Tuần lễ tiêm chủng năm 2024 (từ ngày 24 đến 30/4) với chủ đề "Tiêm chủng đầy đủ - Bảo vệ trẻ em vùng cao".

Báo cáo tại buổi lễ cho biết, năm 2023 tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi trên toàn quốc chỉ đạt 80,6% (chỉ tiêu 90%), tương đương khoảng 1,38 triệu trẻ. Tỷ lệ tiêm vắc xin DPT-VGB-Hib mũi 3 đạt 76,2%; vắc xin sởi mũi 1 đạt 83,4%. Tại 62 huyện nghèo, tỷ lệ tiêm chủng đầy đủ chỉ đạt 71,5%; các tỉnh miền núi có tỷ lệ thấp gồm Lai Châu (64,3%), Điện Biên (66,8%), Hà Giang (68,1%) và Kon Tum (69,4%).

Theo Thứ trưởng Bộ Y tế, nguyên nhân chủ yếu do nguồn vắc xin bị gián đoạn trong nửa đầu năm 2023 khi chuyển đổi cơ chế mua sắm theo Nghị định số 13/2024/NĐ-CP sửa đổi Nghị định số 104/2016/NĐ-CP về hoạt động tiêm chủng.

Năm 2024, Bộ Y tế đặt mục tiêu tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt trên 90% ở quy mô tỉnh và trên 85% ở quy mô huyện. Trong 6 tháng đầu năm 2024, Bộ dự kiến phân bổ hơn 5,2 triệu liều vắc xin các loại cho 63 tỉnh, thành phố, trong đó khoảng 1,1 triệu liều dành cho 14 tỉnh miền núi phía Bắc và Tây Nguyên. Tổng kinh phí mua vắc xin cho Chương trình tiêm chủng mở rộng năm 2024 khoảng 2,3 nghìn tỷ đồng, tăng 18% so với năm 2023.

Bộ Y tế đề nghị các địa phương rà soát, lập danh sách trẻ bỏ sót mũi tiêm; tổ chức tiêm chủng lưu động tại điểm trường, nhà văn hóa thôn bản; bảo đảm 100% điểm tiêm đủ điều kiện an toàn theo Thông tư số 34/2018/TT-BYT.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
FULL = "tỷ lệ tiêm chủng đầy đủ"

FIGS = [
    F("trẻ dưới 1 tuổi trên toàn quốc", "1", 1, "measure", "tuổi", approx="under", optional=True),
    F("chỉ đạt 80,6%", "80,6", 80.6, "percent", "%", "tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi",
      target={"value": 90, "unit": "%", "met": False}, period=Y23),
    F("khoảng 1,38 triệu trẻ", "1,38", 1380000, "count", "trẻ", "trẻ dưới 1 tuổi được tiêm chủng đầy đủ", approx="about", period=Y23),
    F("mũi 3 đạt 76,2%", "76,2", 76.2, "percent", "%", "Tỷ lệ tiêm vắc xin DPT-VGB-Hib mũi 3", period=Y23i),
    F("mũi 1 đạt 83,4%", "83,4", 83.4, "percent", "%", "tỷ lệ tiêm vắc xin sởi mũi 1", period=Y23i),
    F("Tại 62 huyện nghèo", "62", 62, "count", "huyện nghèo", optional=True),
    F("chỉ đạt 71,5%", "71,5", 71.5, "percent", "%", "tỷ lệ tiêm chủng đầy đủ tại các huyện nghèo", period=Y23i),
    F("Lai Châu (64,3%)", "64,3", 64.3, "percent", "%", FULL, location="Lai Châu", period=Y23i),
    F("Điện Biên (66,8%)", "66,8", 66.8, "percent", "%", FULL, location="Điện Biên", period=Y23i),
    F("Hà Giang (68,1%)", "68,1", 68.1, "percent", "%", FULL, location="Hà Giang", period=Y23i),
    F("Kon Tum (69,4%)", "69,4", 69.4, "percent", "%", FULL, location="Kon Tum", period=Y23i),
    F("tuổi đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi ở quy mô tỉnh",
      approx="over", status="target", period=Y24),
    F("cho trẻ dưới 1 tuổi đạt trên", "1", 1, "measure", "tuổi", approx="under", optional=True),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi ở quy mô huyện",
      approx="over", status="target", period=Y24),
    F("hơn 5,2 triệu liều", "5,2", 5200000, "count", "liều", "vắc xin các loại phân bổ", approx="over",
      status="forecast", period=H1),
    F("cho 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", optional=True),
    F("khoảng 1,1 triệu liều", "1,1", 1100000, "count", "liều", "vắc xin dành cho 14 tỉnh miền núi phía Bắc và Tây Nguyên",
      approx="about", total=5200000, status="forecast", period=H1),
    F("cho 14 tỉnh", "14", 14, "count", "tỉnh", "tỉnh miền núi phía Bắc và Tây Nguyên được ưu tiên phân bổ vắc xin",
      total=63, status="forecast", period=H1),
    F("khoảng 2,3 nghìn tỷ đồng", "2,3", 2300000000000, "money", "đồng", "Tổng kinh phí mua vắc xin cho Chương trình tiêm chủng mở rộng",
      approx="about", change={"direction": "increase", "value": 18, "unit": "%", "baseline": "năm 2023"},
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("bảo đảm 100% điểm tiêm", "100", 100, "percent", "%", "điểm tiêm đủ điều kiện an toàn", status="target", optional=True),
]

HEADER = """
Ministry site (Cổng TTĐT Bộ Y tế), bare "dd/mm/yyyy hh:mm" under the title, "(MOH) - Sáng 24/4, tại Hà Nội" lead. National EPI coverage 2023, 2024 targets.
Default location Việt Nam (a ministry's national figures); "tại Hà Nội" is the venue of the event, not a place of any figure. Province list items
take their province as location. "80,6% (chỉ tiêu 90%)" → target 90, met false. "tương đương khoảng 1,38 triệu trẻ" is a count of its own
with no percent (as shared h01 "tỷ lệ 83,48%, tương đương 1,488 triệu hồ sơ"). "dự kiến phân bổ hơn 5,2 triệu liều …, trong đó khoảng 1,1 triệu liều"
→ forecast, total 5,2 triệu; "14 tỉnh" is a count of provinces (required, forecast) and a part after "trong đó" of the
"63 tỉnh, thành phố" before the cue: total 63 (revised: first annotated without total); "63 tỉnh, thành phố" and "62 huyện nghèo" are structure
counts (optional). "2,3 nghìn tỷ đồng" = 2,3·10^12. "bảo đảm 100% điểm tiêm …" is what the ministry asks of localities: status target, no period; optional (a request, not a stated target).
Distractors: dates (24/4, 24 đến 30/4), "mũi 3", "mũi 1", "DPT-VGB-Hib", Nghị định số 13/2024/NĐ-CP, 104/2016/NĐ-CP, Thông tư số 34/2018/TT-BYT.
"""

write(4, TEXT, FIGS, HEADER, published="2024-04-24", location="Việt Nam")
