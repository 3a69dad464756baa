from lib import F, P, I, C, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH
Trang chủ > Cải cách hành chính

Hơn 41.000 hồ sơ thủ tục hành chính được tiếp nhận, trả kết quả qua bưu điện
Cập nhật: 08/10/2024 15:42 | Lượt xem: 2.186

(HTTĐT) - Theo Bưu điện tỉnh, 9 tháng năm 2024, hệ thống bưu điện trên địa bàn đã tiếp nhận và trả kết quả 41.287 hồ sơ thủ tục hành chính (TTHC) qua dịch vụ bưu chính công ích, tăng 18,6% so với cùng kỳ năm 2023. Trong đó, chiều tiếp nhận hồ sơ từ người dân gửi đến cơ quan nhà nước là 9.415 hồ sơ; chiều chuyển trả kết quả là 31.872 hồ sơ, chiếm 77,2%.

Lĩnh vực có nhiều hồ sơ nhất là cấp đổi giấy phép lái xe với 12.640 hồ sơ, tiếp đến là tư pháp - hộ tịch 8.931 hồ sơ, đất đai 7.205 hồ sơ và lý lịch tư pháp 3.118 hồ sơ. Các địa phương có số hồ sơ lớn là thành phố Hà Tĩnh (6.752 hồ sơ), thị xã Kỳ Anh (4.390 hồ sơ) và huyện Cẩm Xuyên (3.867 hồ sơ).

Hiện nay, 13/13 bộ phận một cửa cấp huyện và 216 điểm bưu điện văn hóa xã, bưu cục đã được kết nối với Hệ thống thông tin giải quyết TTHC của tỉnh. Cước dịch vụ phổ biến từ 18.000 đến 25.000 đồng/hồ sơ; riêng hồ sơ cấp đổi giấy phép lái xe được hỗ trợ 50% cước theo Nghị quyết số 96/2022/NQ-HĐND.

Từ đầu năm đến nay, có gần 2.300 lượt người dân được nhân viên bưu điện hướng dẫn nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia. Năm 2024, Bưu điện tỉnh phấn đấu tiếp nhận, trả kết quả trên 55.000 hồ sơ; tỷ lệ hồ sơ chuyển phát đúng hẹn đạt ít nhất 99%.

Người dân có nhu cầu sử dụng dịch vụ liên hệ tổng đài 1900 545481 hoặc Bưu điện tỉnh, số 2 đường Trần Phú, TP Hà Tĩnh.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "hồ sơ thủ tục hành chính tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích"

FIGS = [
    F("Hơn 41.000 hồ sơ", "41.000", 41000, "count", "hồ sơ",
      "hồ sơ thủ tục hành chính được tiếp nhận, trả kết quả qua bưu điện", I(M9), approx="over"),
    F("kết quả 41.287 hồ sơ", "41.287", 41287, "count", "hồ sơ", SUBJ, M9,
      change=C("increase", 18.6, "%", "cùng kỳ năm 2023")),
    F("là 9.415 hồ sơ", "9.415", 9415, "count", "hồ sơ",
      "hồ sơ tiếp nhận từ người dân gửi đến cơ quan nhà nước", I(M9), total=41287),
    F("là 31.872 hồ sơ", "31.872", 31872, "count", "hồ sơ", "hồ sơ chuyển trả kết quả", I(M9),
      total=41287, percent=77.2),
    F("với 12.640 hồ sơ", "12.640", 12640, "count", "hồ sơ", "hồ sơ lĩnh vực cấp đổi giấy phép lái xe", I(M9)),
    F("hộ tịch 8.931 hồ sơ", "8.931", 8931, "count", "hồ sơ", "hồ sơ lĩnh vực tư pháp - hộ tịch", I(M9)),
    F("đất đai 7.205 hồ sơ", "7.205", 7205, "count", "hồ sơ", "hồ sơ lĩnh vực đất đai", I(M9)),
    F("lý lịch tư pháp 3.118 hồ sơ", "3.118", 3118, "count", "hồ sơ", "hồ sơ lĩnh vực lý lịch tư pháp", I(M9)),
    F("(6.752 hồ sơ)", "6.752", 6752, "count", "hồ sơ", "số hồ sơ", I(M9), location="Hà Tĩnh"),
    F("(4.390 hồ sơ)", "4.390", 4390, "count", "hồ sơ", "số hồ sơ", I(M9), location="Kỳ Anh"),
    F("(3.867 hồ sơ)", "3.867", 3867, "count", "hồ sơ", "số hồ sơ", I(M9), location="Cẩm Xuyên"),
    F("13/13 bộ phận", "13", 13, "count", "bộ phận một cửa cấp huyện",
      "bộ phận một cửa cấp huyện kết nối với Hệ thống thông tin giải quyết TTHC", total=13),
    F("và 216 điểm", "216", 216, "count", "điểm bưu điện văn hóa xã, bưu cục",
      "điểm bưu điện văn hóa xã, bưu cục kết nối với Hệ thống thông tin giải quyết TTHC"),
    F("từ 18.000 đến 25.000", "18.000", 18000, "money", "đồng/hồ sơ", "Cước dịch vụ phổ biến", value_max=25000),
    F("hỗ trợ 50% cước", "50", 50, "percent", "%", "hỗ trợ cước hồ sơ cấp đổi giấy phép lái xe"),
    F("gần 2.300 lượt", "2.300", 2300, "count", "lượt người dân",
      "lượt người dân được hướng dẫn nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia", YTD, approx="nearly"),
    F("trên 55.000 hồ sơ", "55.000", 55000, "count", "hồ sơ", "hồ sơ tiếp nhận, trả kết quả", Y24,
      approx="over", status="target"),
    F("ít nhất 99%", "99", 99, "percent", "%", "tỷ lệ hồ sơ chuyển phát đúng hẹn", Y24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Tĩnh (province portal): TTHC dossiers received/returned by post, 9 months 2024; fields, districts, connection, fees, targets.",
    "Dateline 'Cập nhật: 08/10/2024 15:42 | Lượt xem: 2.186' (counter is furniture). Tag '(HTTĐT)'.",
    "Distractors: 'Lượt xem: 2.186', 'Nghị quyết số 96/2022/NQ-HĐND', hotline '1900 545481', 'số 2 đường Trần Phú', 'cùng kỳ năm 2023'.",
    "9.415 and 31.872 follow 'Trong đó' after 41.287 and add up to it: total 41287; '77,2%' is the share of 31.872.",
    "Fields list (not places): subject = field's dossiers; no total (new paragraph, no cue). District list: place -> location",
    "('thành phố Hà Tĩnh' = Hà Tĩnh). 13/13 total 13. '18.000 đến 25.000 đồng/hồ sơ' money range in unit đồng/hồ sơ.",
    "'Từ đầu năm đến nay' runs to the dateline 2024-10-08. 'Năm 2024 ... phấn đấu' governs both clauses (target).",
]

emit("p363-1", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Hà Tĩnh")
