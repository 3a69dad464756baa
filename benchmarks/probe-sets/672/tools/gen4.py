"""p672-4: ministry site (Bộ Công an) — tín dụng đen toàn quốc năm 2023."""
from lib import F, P, I, CH, emit

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Phòng, chống tội phạm
Ngày đăng: 12/01/2024 | Lượt xem: 1.873

Năm 2023, phát hiện 1.326 vụ phạm tội liên quan đến tín dụng đen

Thực hiện Chỉ thị số 12/CT-TTg ngày 25/4/2019 của Thủ tướng Chính phủ, năm 2023, lực lượng Công an cả nước đã phát hiện 1.326 vụ, 2.847 đối tượng phạm tội liên quan đến tín dụng đen, giảm 11,4% số vụ so với năm 2022. Trong đó, có 286 vụ cho vay qua ứng dụng trên không gian mạng, chiếm 21,6%. Đã khởi tố 842 vụ, 1.565 bị can; tỷ lệ điều tra, khám phá đạt 81,3%.

Hà Nội và TP. Hồ Chí Minh lần lượt dẫn đầu với 118 và 96 vụ, tiếp đến là Đồng Nai 71 vụ, Bình Dương 64 vụ. Bình quân toàn quốc là 1,32 vụ/10 vạn dân.

Tổng số tiền các đối tượng cho vay hơn 12.000 tỷ đồng, lãi suất phổ biến 120 – 600%/năm, cá biệt có đường dây lên tới 1.825%/năm.

Cùng với đó, lực lượng Cảnh sát quản lý hành chính về trật tự xã hội kiểm tra 28.540 lượt cơ sở kinh doanh có điều kiện về an ninh, trật tự, trong đó 9.215 lượt cơ sở kinh doanh dịch vụ cầm đồ; xử phạt 3.104 cơ sở vi phạm với tổng số tiền 21,7 tỷ đồng. Hiện cả nước có 33.470 cơ sở kinh doanh dịch vụ cầm đồ, tăng 1.260 cơ sở so với cuối năm 2022.

Năm 2024, Bộ Công an đặt mục tiêu tỷ lệ điều tra, khám phá các vụ án tín dụng đen đạt trên 85%, xử lý dứt điểm 100% đường dây cho vay qua ứng dụng đã phát hiện.

Người dân có thể cung cấp thông tin về hoạt động tín dụng đen qua đường dây nóng của Cục Cảnh sát hình sự (C02): 069.2342.593, hoặc theo quy định tại Nghị định số 96/2016/NĐ-CP và Điều 201 Bộ luật Hình sự năm 2015.
"""

Y = P("năm 2023", "2023-01-01", "2023-12-31")
Yh = P("Năm 2023", "2023-01-01", "2023-12-31")
Yi = I(Y)
T = P("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "vụ phạm tội liên quan đến tín dụng đen phát hiện"

FIGS = [
    F("phát hiện 1.326 vụ phạm", "1.326", 1326, "count", "vụ", SUBJ, Yh),
    F("đã phát hiện 1.326 vụ, 2.847", "1.326", 1326, "count", "vụ", SUBJ, Y,
      change=CH("decrease", 11.4, "%", "năm 2022")),
    F("2.847 đối tượng", "2.847", 2847, "count", "đối tượng", "đối tượng phạm tội liên quan đến tín dụng đen phát hiện", Y),
    F("có 286 vụ", "286", 286, "count", "vụ", "vụ cho vay qua ứng dụng trên không gian mạng", Yi,
      total=1326, percent=21.6),
    F("khởi tố 842 vụ", "842", 842, "count", "vụ", "vụ khởi tố", Yi),
    F("1.565 bị can", "1.565", 1565, "count", "bị can", "bị can khởi tố", Yi),
    F("đạt 81,3%", "81,3", 81.3, "percent", "%", "tỷ lệ điều tra, khám phá", Yi),
    F("với 118 và", "118", 118, "count", "vụ", SUBJ, Yi, location="Hà Nội"),
    F("và 96 vụ", "96", 96, "count", "vụ", SUBJ, Yi, location="TP. Hồ Chí Minh"),
    F("Đồng Nai 71 vụ", "71", 71, "count", "vụ", SUBJ, Yi, location="Đồng Nai"),
    F("Bình Dương 64 vụ", "64", 64, "count", "vụ", SUBJ, Yi, location="Bình Dương"),
    F("là 1,32 vụ/10 vạn dân", "1,32", 1.32, "measure", "vụ/10 vạn dân", "vụ phạm tội liên quan đến tín dụng đen bình quân", Yi),
    F("hơn 12.000 tỷ đồng", "12.000", 12000e9, "money", "đồng", "tổng số tiền các đối tượng cho vay", Yi, approx="over"),
    F("120 – 600%", "120", 120, "percent", "%", "lãi suất phổ biến", Yi, value_max=600),
    F("tới 1.825%", "1.825", 1825, "percent", "%", "lãi suất cá biệt của đường dây", Yi),
    F("kiểm tra 28.540 lượt", "28.540", 28540, "count", "lượt", "lượt kiểm tra cơ sở kinh doanh có điều kiện về an ninh, trật tự", Yi),
    F("đó 9.215 lượt", "9.215", 9215, "count", "lượt", "lượt kiểm tra cơ sở kinh doanh dịch vụ cầm đồ", Yi, total=28540),
    F("xử phạt 3.104 cơ sở", "3.104", 3104, "count", "cơ sở", "cơ sở vi phạm bị xử phạt", Yi),
    F("tiền 21,7 tỷ đồng", "21,7", 21.7e9, "money", "đồng", "tổng số tiền xử phạt", Yi),
    F("có 33.470 cơ sở", "33.470", 33470, "count", "cơ sở", "cơ sở kinh doanh dịch vụ cầm đồ",
      change=CH("increase", 1260, "cơ sở", "cuối năm 2022")),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ điều tra, khám phá các vụ án tín dụng đen", T,
      approx="over", status="target"),
    F("dứt điểm 100% đường dây", "100", 100, "percent", "%", "đường dây cho vay qua ứng dụng đã phát hiện xử lý dứt điểm", T,
      status="target"),
]

COMMENTS = [
    "Bộ Công an portal: tín dụng đen toàn quốc năm 2023 (vụ, đối tượng, cho vay qua app, lãi suất, cơ sở cầm đồ), mục tiêu 2024.",
    "'Ngày đăng: 12/01/2024' gives published; 'Lượt xem: 1.873', 'Chỉ thị số 12/CT-TTg ngày 25/4/2019', '(C02)', the hotline,",
    "'Nghị định số 96/2016/NĐ-CP', 'Điều 201', 'Bộ luật Hình sự năm 2015' are not figures.",
    "National figures: location Việt Nam; the 'lần lượt' list and the 'tiếp đến là' items take the province as location and the list's",
    "indicator as subject (no total: no part-of cue). 'Trong đó, có 286 vụ ..., chiếm 21,6%' after 1.326 vụ: total 1326, percent 21.6.",
    "'giảm 11,4% số vụ' is the change of 1.326 vụ (body); the headline repeats 1.326 vụ as its own mention.",
    "'120 – 600%/năm' (en dash with spaces) is a range; '1,32 vụ/10 vạn dân' is a rate (the denominator is unit).",
    "'Hiện cả nước có 33.470 ...' has no period; 'tăng 1.260 cơ sở so với cuối năm 2022' is its change.",
]

if __name__ == "__main__":
    emit("p672-4", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Việt Nam")
