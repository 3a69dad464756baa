from lib import F, P, I, C, T, write

TEXT = """
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Cần Thơ: Hơn 300 sân bóng đá mini phục vụ nhu cầu rèn luyện thể thao của người dân
Cập nhật: 18/07/2024 09:40 | Lượt xem: 2.316

Theo Sở Văn hóa, Thể thao và Du lịch thành phố Cần Thơ, tính đến ngày 30/6/2024, toàn thành phố có 318 sân bóng đá mini cỏ nhân tạo đang hoạt động, tăng 27 sân so với cuối năm 2023. Trong đó, quận Ninh Kiều có 86 sân, quận Cái Răng 54 sân, quận Bình Thủy 47 sân, các quận, huyện còn lại 131 sân.

Tổng diện tích đất sử dụng cho các sân khoảng 52,4 ha, trong đó gần 60% là đất thuê của hộ gia đình, cá nhân. Mỗi sân có diện tích phổ biến từ 800 đến 1.200 m2, chi phí đầu tư khoảng 1,5 tỷ đồng/sân. Giá thuê sân dao động từ 250.000 đến 450.000 đồng/giờ tùy khung giờ; khung từ 17 giờ đến 21 giờ giá cao hơn khoảng 30% so với ban ngày.

Tuy nhiên, mới có 203/318 sân được cấp Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao, chiếm 63,8%. Trong 6 tháng đầu năm, Thanh tra Sở đã kiểm tra 75 lượt cơ sở, phát hiện 21 cơ sở vi phạm, xử phạt vi phạm hành chính tổng số tiền 186,5 triệu đồng, tăng 42,3% so với cùng kỳ năm 2023. Các vi phạm chủ yếu là kinh doanh khi chưa có giấy chứng nhận, không bảo đảm nhân viên cứu hộ, sơ cứu theo Nghị định số 36/2019/NĐ-CP và sử dụng đất sai mục đích.

Thành phố phấn đấu đến hết năm 2025 có 100% sân bóng đá mini kinh doanh được cấp giấy chứng nhận, đồng thời đầu tư xây dựng thêm 15 sân thể thao công cộng tại các phường, xã còn thiếu.

Mọi phản ánh về hoạt động kinh doanh sân thể thao, người dân liên hệ đường dây nóng 0292.3820.585.
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
SAN = "sân bóng đá mini"

FIGS = [
    F("Hơn 300 sân", "300", 300, "count", "sân", SAN, approx="over"),
    F("có 318 sân bóng đá mini", "318", 318, "count", "sân", "sân bóng đá mini cỏ nhân tạo đang hoạt động", ASOF,
      change=C("increase", 27, "sân", "cuối năm 2023")),
    F("Ninh Kiều có 86 sân", "86", 86, "count", "sân", "sân bóng đá mini cỏ nhân tạo đang hoạt động", I(ASOF),
      total=318, location="Ninh Kiều"),
    F("Cái Răng 54 sân", "54", 54, "count", "sân", "sân bóng đá mini cỏ nhân tạo đang hoạt động", I(ASOF),
      total=318, location="Cái Răng"),
    F("Bình Thủy 47 sân", "47", 47, "count", "sân", "sân bóng đá mini cỏ nhân tạo đang hoạt động", I(ASOF),
      total=318, location="Bình Thủy"),
    F("còn lại 131 sân", "131", 131, "count", "sân", "sân bóng đá mini cỏ nhân tạo các quận, huyện còn lại", I(ASOF),
      total=318),
    F("khoảng 52,4 ha", "52,4", 52.4, "measure", "ha", "tổng diện tích đất sử dụng cho các sân bóng đá mini",
      I(ASOF), approx="about"),
    F("gần 60% là đất thuê", "60", 60, "percent", "%", "diện tích đất sân bóng là đất thuê của hộ gia đình, cá nhân",
      I(ASOF), approx="nearly"),
    F("từ 800 đến 1.200 m2", "800", 800, "measure", "m2", "diện tích phổ biến mỗi sân", value_max=1200),
    F("khoảng 1,5 tỷ đồng/sân", "1,5", 1.5e9, "money", "đồng/sân", "chi phí đầu tư mỗi sân", approx="about"),
    F("từ 250.000 đến 450.000 đồng/giờ", "250.000", 250000, "money", "đồng/giờ", "giá thuê sân", value_max=450000),
    F("cao hơn khoảng 30%", "30", 30, "percent", "%", "giá thuê sân khung từ 17 giờ đến 21 giờ so với ban ngày",
      approx="about"),
    F("203/318 sân", "203", 203, "count", "sân", "sân được cấp Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao",
      I(ASOF), total=318, percent=63.8),
    F("kiểm tra 75 lượt cơ sở", "75", 75, "count", "lượt cơ sở", "lượt cơ sở được Thanh tra Sở kiểm tra", H1),
    F("phát hiện 21 cơ sở", "21", 21, "count", "cơ sở", "cơ sở vi phạm", H1),
    F("186,5 triệu đồng", "186,5", 186.5e6, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", H1,
      change=C("increase", 42.3, "%", "cùng kỳ năm 2023")),
    F("có 100% sân bóng đá mini", "100", 100, "percent", "%", "sân bóng đá mini kinh doanh được cấp giấy chứng nhận",
      P("đến hết năm 2025", None, "2025-12-31"), status="target"),
    F("thêm 15 sân thể thao", "15", 15, "count", "sân", "sân thể thao công cộng xây dựng thêm",
      P("đến hết năm 2025", None, "2025-12-31"), status="target"),
]

NOTES = [
    "Cần Thơ city portal: mini pitches as of 30/6/2024 by district (trong đó), land, prices, licences, inspections H1/2024, 2025 targets.",
    "Not figures: Lượt xem 2.316, 17 giờ đến 21 giờ (times of day), Nghị định số 36/2019/NĐ-CP, hotline 0292.3820.585.",
    "Parts after 'Trong đó' (next sentence) take total 318; the 60% share of land is a percent of its own (no base amount).",
    "revised: subject of 30% now names the slot as the sentence does ('khung từ 17 giờ đến 21 giờ'), not the paraphrase 'giờ cao điểm'.",
]

write("p1001-1", TEXT, FIGS, NOTES, published="2024-07-18", location="Cần Thơ")
