"""p1107-4: ministry site (Bộ VHTTDL), 15 years of ca trù on the UNESCO list; national figures."""
from lib import F, P, I, C, T, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ / Tin tức / Di sản văn hóa
15 năm ca trù được UNESCO ghi danh: số câu lạc bộ tăng gấp 6 lần
Ngày đăng: 01/10/2024 | Lượt xem: 1.046
Ngày 1/10/2009, ca trù được UNESCO ghi danh vào Danh sách di sản văn hóa phi vật thể cần bảo vệ khẩn cấp. Theo báo cáo của Cục Di sản văn hóa, ca trù hiện được thực hành tại 16 tỉnh, thành phố.
Nếu như năm 2009 cả nước chỉ có 15 CLB ca trù thì đến tháng 6/2024 con số này đã là 92 CLB với hơn 2.100 thành viên. Các địa phương có nhiều CLB nhất lần lượt là Hà Nội (27 CLB), Hà Tĩnh (9 CLB), Bắc Ninh (8 CLB) và Hải Dương (7 CLB).
Cả nước hiện có 96 nghệ nhân ca trù được phong tặng danh hiệu, trong đó 11 Nghệ nhân Nhân dân và 85 Nghệ nhân Ưu tú; tuy nhiên, đến nay đã có 34 nghệ nhân qua đời.
Đáng chú ý, khoảng 60% thành viên các CLB hiện nay ở độ tuổi dưới 35, tăng khoảng 25 điểm phần trăm so với năm 2009. Nhiều CLB đã mở lớp truyền dạy riêng cho thiếu nhi.
Giai đoạn 2021-2024, Bộ đã hỗ trợ 14 địa phương tổ chức 52 lớp truyền dạy ca trù với tổng kinh phí gần 9,5 tỷ đồng. Mức hỗ trợ nghệ nhân có thu nhập thấp theo Nghị định số 109/2015/NĐ-CP là 700.000 đồng/tháng.
Theo Chương trình hành động quốc gia bảo vệ ca trù, năm 2025 Bộ dự kiến bố trí khoảng 3 tỷ đồng; mục tiêu đến năm 2030 có 100% tỉnh, thành phố có di sản ca trù duy trì ít nhất 2 CLB hoạt động thường xuyên, số nghệ nhân trẻ dưới 30 tuổi đạt 300 người.
Báo cáo định kỳ lần thứ 3 về tình trạng di sản sẽ được gửi UNESCO trong tháng 12/2024.
Cơ quan chủ quản: Bộ Văn hóa, Thể thao và Du lịch
Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3943.8231
"""

ASOF6 = P("đến tháng 6/2024", None, "2024-06-30")
G = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
TG = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("15 năm ca trù", "15", 15, "measure", "năm", "thời gian từ khi ca trù được UNESCO ghi danh", optional=True),
    F("gấp 6 lần", "6", 6, "multiple", "lần", "số câu lạc bộ ca trù"),
    F("tại 16 tỉnh", "16", 16, "count", "tỉnh, thành phố", "tỉnh, thành phố thực hành ca trù"),
    F("chỉ có 15 CLB", "15", 15, "count", "CLB", "CLB ca trù", P("năm 2009", "2009-01-01", "2009-12-31")),
    F("là 92 CLB", "92", 92, "count", "CLB", "CLB ca trù", ASOF6),
    F("hơn 2.100 thành viên", "2.100", 2100, "count", "thành viên", "thành viên CLB ca trù", ASOF6, approx="over"),
    F("Hà Nội (27 CLB)", "27", 27, "count", "CLB", "CLB ca trù", location="Hà Nội"),
    F("Hà Tĩnh (9 CLB)", "9", 9, "count", "CLB", "CLB ca trù", location="Hà Tĩnh"),
    F("Bắc Ninh (8 CLB)", "8", 8, "count", "CLB", "CLB ca trù", location="Bắc Ninh"),
    F("Hải Dương (7 CLB)", "7", 7, "count", "CLB", "CLB ca trù", location="Hải Dương"),
    F("có 96 nghệ nhân", "96", 96, "count", "nghệ nhân", "nghệ nhân ca trù được phong tặng danh hiệu"),
    F("trong đó 11 Nghệ nhân", "11", 11, "count", "Nghệ nhân Nhân dân", "Nghệ nhân Nhân dân", total=96),
    F("và 85 Nghệ nhân", "85", 85, "count", "Nghệ nhân Ưu tú", "Nghệ nhân Ưu tú", total=96),
    F("có 34 nghệ nhân", "34", 34, "count", "nghệ nhân", "nghệ nhân ca trù đã qua đời", P("đến nay", None, "2024-10-01")),
    F("khoảng 60% thành viên", "60", 60, "percent", "%", "thành viên các CLB ở độ tuổi dưới 35", approx="about",
      change=C("increase", 25, "điểm phần trăm", "năm 2009", "about")),
    F("độ tuổi dưới 35", "35", 35, "measure", "tuổi", "ngưỡng tuổi thành viên", approx="under", optional=True),
    F("hỗ trợ 14 địa phương", "14", 14, "count", "địa phương", "địa phương được Bộ hỗ trợ tổ chức lớp truyền dạy", G),
    F("tổ chức 52 lớp", "52", 52, "count", "lớp", "lớp truyền dạy ca trù", G),
    F("gần 9,5 tỷ đồng", "9,5", 9_500_000_000, "money", "đồng", "tổng kinh phí hỗ trợ lớp truyền dạy ca trù", G, approx="nearly"),
    F("là 700.000 đồng/tháng", "700.000", 700000, "money", "đồng/tháng", "mức hỗ trợ nghệ nhân có thu nhập thấp"),
    F("khoảng 3 tỷ đồng", "3", 3_000_000_000, "money", "đồng", "kinh phí Bộ bố trí cho Chương trình bảo vệ ca trù",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
    F("có 100% tỉnh", "100", 100, "percent", "%", "tỉnh, thành phố có di sản ca trù duy trì CLB hoạt động thường xuyên", TG,
      status="target"),
    F("ít nhất 2 CLB", "2", 2, "count", "CLB", "CLB mỗi tỉnh, thành phố duy trì", TG, approx="at_least", status="target",
      optional=True),
    F("dưới 30 tuổi", "30", 30, "measure", "tuổi", "ngưỡng tuổi nghệ nhân trẻ", approx="under", status="target", optional=True),
    F("đạt 300 người", "300", 300, "count", "người", "nghệ nhân trẻ dưới 30 tuổi", TG, status="target"),
]

NOTES = [
    "Bộ VHTTDL site, 'Ngày đăng: 01/10/2024': 15 năm ca trù được UNESCO ghi danh; national figures (location Việt Nam).",
    "Not figures: 'Ngày 1/10/2009', 'năm 2009' (baseline), Nghị định số 109/2015/NĐ-CP, 'lần thứ 3', 'tháng 12/2024', address 51 Ngô Quyền, phone, 'Lượt xem: 1.046'.",
    "'15 năm' in the headline is the anniversary (a duration, optional). 'gấp 6 lần' in the headline is a multiple standing as the claim.",
    "The ranked list Hà Nội (27) ... Hải Dương (7) does not add up to 92: no total. 11 and 85 follow 'trong đó' after 96: total 96.",
    "'khoảng 60% ..., tăng khoảng 25 điểm phần trăm so với năm 2009': a share (not a growth rate) with its change in points.",
    "Age thresholds 'dưới 35', 'dưới 30 tuổi' and the criterion 'ít nhất 2 CLB' define categories: optional. 'đến nay' ends at the dateline.",
]

write("p1107-4", TEXT, NOTES, FIGS, published="2024-10-01", location="Việt Nam")
