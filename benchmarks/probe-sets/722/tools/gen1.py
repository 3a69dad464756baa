from lib import F, P, I, CH, T, emit

TEXT = """Cổng thông tin điện tử tỉnh Hải Dương
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Hải Dương: 9 tháng, tạm đình chỉ hoạt động 47 cơ sở karaoke không bảo đảm PCCC

Cập nhật: 10/10/2023 15:42
Lượt xem: 3.184

Theo báo cáo của Sở Văn hóa, Thể thao và Du lịch, 9 tháng năm 2023, các đoàn kiểm tra liên ngành của tỉnh và các huyện, thị xã, thành phố đã kiểm tra 412 lượt cơ sở kinh doanh dịch vụ karaoke, vũ trường, tăng 36,4% so với cùng kỳ năm 2022. Qua kiểm tra, phát hiện 128 cơ sở vi phạm, trong đó 83 cơ sở vi phạm quy định về phòng cháy, chữa cháy (PCCC), 45 cơ sở vi phạm điều kiện kinh doanh và quyền tác giả.

Các cơ quan chức năng đã xử phạt vi phạm hành chính với tổng số tiền hơn 1,26 tỷ đồng; tạm đình chỉ hoạt động 47 cơ sở, đình chỉ hoạt động 12 cơ sở. Các cơ sở bị tạm đình chỉ tập trung ở TP Hải Dương (14 cơ sở), thị xã Kinh Môn (9 cơ sở), thành phố Chí Linh (8 cơ sở) và huyện Bình Giang (5 cơ sở).

Toàn tỉnh hiện có 356 cơ sở kinh doanh dịch vụ karaoke với khoảng 2.940 phòng hát và 6 cơ sở kinh doanh vũ trường. Tính đến ngày 30/9/2023, mới có 198 cơ sở karaoke được cơ quan Công an nghiệm thu về PCCC, chiếm 55,6%; còn 158 cơ sở chưa đủ điều kiện phải dừng hoạt động để khắc phục.

Trong 9 tháng, Sở đã cấp mới 21 giấy phép đủ điều kiện kinh doanh dịch vụ karaoke, giảm 19 giấy phép so với cùng kỳ; thu hồi 7 giấy phép do cơ sở ngừng kinh doanh. Thời gian giải quyết hồ sơ bình quân 4,5 ngày làm việc, ngắn hơn quy định 0,5 ngày.

Năm 2024, tỉnh phấn đấu 100% cơ sở karaoke, vũ trường được kiểm tra ít nhất 1 lần/năm; phấn đấu giảm từ 30 đến 40% số cơ sở vi phạm so với năm 2023.

Đường dây nóng tiếp nhận phản ánh: 0220.3852.112
"""

COMMENTS = [
    "Province portal (Hải Dương): 9-month 2023 inspection of karaoke / vũ trường, violations, fines, suspensions by district,",
    "PCCC acceptance as of 30/9/2023, licences, 2024 targets. Breadcrumb, 'Cập nhật: 10/10/2023 15:42' dateline, 'Lượt xem: 3.184' counter.",
    "Distractors: counter, hotline 0220.3852.112, dates. '9 tháng' in the headline and 'Trong 9 tháng' take 2023 (published / 30/9/2023).",
    "District items after 'tập trung ở' do not add up to 47 and follow no cue: no total. 198 'chiếm 55,6%' has no whole cue: percent only.",
    "'ít nhất 1 lần/năm' (inspection frequency in a target) optional. 'ngắn hơn quy định 0,5 ngày' is a gap to a norm: change of 4,5 ngày.",
]

Y9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
AS = P("Tính đến ngày 30/9/2023", None, "2023-09-30")

FIGS = [
    F("tạm đình chỉ hoạt động 47 cơ sở karaoke", "47", 47, "count", "cơ sở",
      "cơ sở karaoke bị tạm đình chỉ hoạt động do không bảo đảm PCCC", P("9 tháng", "2023-01-01", "2023-09-30")),
    F("kiểm tra 412 lượt", "412", 412, "count", "lượt cơ sở",
      "lượt cơ sở kinh doanh dịch vụ karaoke, vũ trường được kiểm tra", Y9,
      change=CH("increase", 36.4, "%", "cùng kỳ năm 2022")),
    F("phát hiện 128 cơ sở", "128", 128, "count", "cơ sở", "cơ sở vi phạm", I(Y9)),
    F("trong đó 83 cơ sở", "83", 83, "count", "cơ sở", "cơ sở vi phạm quy định về phòng cháy, chữa cháy", I(Y9), total=128),
    F("(PCCC), 45 cơ sở", "45", 45, "count", "cơ sở", "cơ sở vi phạm điều kiện kinh doanh và quyền tác giả", I(Y9), total=128),
    F("hơn 1,26 tỷ đồng", "1,26", 1_260_000_000, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", I(Y9),
      approx="over"),
    F("tạm đình chỉ hoạt động 47 cơ sở,", "47", 47, "count", "cơ sở", "cơ sở bị tạm đình chỉ hoạt động", I(Y9)),
    F("đình chỉ hoạt động 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở bị đình chỉ hoạt động", I(Y9)),
    F("Hải Dương (14 cơ sở)", "14", 14, "count", "cơ sở", "cơ sở bị tạm đình chỉ", I(Y9), location="TP Hải Dương"),
    F("Kinh Môn (9 cơ sở)", "9", 9, "count", "cơ sở", "cơ sở bị tạm đình chỉ", I(Y9), location="Kinh Môn"),
    F("Chí Linh (8 cơ sở)", "8", 8, "count", "cơ sở", "cơ sở bị tạm đình chỉ", I(Y9), location="Chí Linh"),
    F("Bình Giang (5 cơ sở)", "5", 5, "count", "cơ sở", "cơ sở bị tạm đình chỉ", I(Y9), location="Bình Giang"),
    F("hiện có 356 cơ sở", "356", 356, "count", "cơ sở", "cơ sở kinh doanh dịch vụ karaoke"),
    F("khoảng 2.940 phòng hát", "2.940", 2940, "count", "phòng hát", "phòng hát karaoke", approx="about"),
    F("và 6 cơ sở kinh doanh vũ trường", "6", 6, "count", "cơ sở", "cơ sở kinh doanh vũ trường"),
    F("mới có 198 cơ sở", "198", 198, "count", "cơ sở", "cơ sở karaoke được cơ quan Công an nghiệm thu về PCCC", AS,
      percent=55.6),
    F("còn 158 cơ sở", "158", 158, "count", "cơ sở", "cơ sở chưa đủ điều kiện phải dừng hoạt động để khắc phục", AS),
    F("cấp mới 21 giấy phép", "21", 21, "count", "giấy phép", "giấy phép đủ điều kiện kinh doanh dịch vụ karaoke cấp mới",
      P("Trong 9 tháng", "2023-01-01", "2023-09-30"), change=CH("decrease", 19, "giấy phép", "cùng kỳ")),
    F("thu hồi 7 giấy phép", "7", 7, "count", "giấy phép", "giấy phép thu hồi", P("Trong 9 tháng", "2023-01-01", "2023-09-30")),
    F("bình quân 4,5 ngày", "4,5", 4.5, "measure", "ngày làm việc", "thời gian giải quyết hồ sơ bình quân",
      change=CH("decrease", 0.5, "ngày", "quy định")),
    F("phấn đấu 100% cơ sở", "100", 100, "percent", "%", "cơ sở karaoke, vũ trường được kiểm tra",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("ít nhất 1 lần/năm", "1", 1, "measure", "lần/năm", "tần suất kiểm tra cơ sở karaoke, vũ trường",
      approx="at_least", status="target", optional=True),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "giảm số cơ sở vi phạm so với năm 2023",
      P("Năm 2024", "2024-01-01", "2024-12-31"), value_max=40, status="target"),
]

if __name__ == "__main__":
    emit("p722-1", TEXT, COMMENTS, FIGS, published="2023-10-10", location="Hải Dương")
