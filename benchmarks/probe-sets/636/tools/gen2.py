from lib import *

TEXT = """TRANG THÔNG TIN ĐIỆN TỬ HUYỆN QUỲNH LƯU
Giáo dục - Đào tạo

Quỳnh Lưu: 94,9% trường học đạt kiểm định chất lượng giáo dục

Thứ Ba, 24/09/2024 - 09:12

Năm học 2023-2024, huyện Quỳnh Lưu có 14 trường được đánh giá ngoài và công nhận đạt kiểm định chất lượng giáo dục, nâng tổng số trường đạt kiểm định lên 112/118 trường. Trong 14 trường được công nhận có 5 trường mầm non, 6 trường tiểu học và 3 trường THCS.

Đến nay, toàn huyện có 98 trường đạt chuẩn quốc gia (mức độ 1: 71 trường; mức độ 2: 27 trường). Trường THCS Hồ Xuân Hương và Trường Tiểu học Quỳnh Thạch 2 là 2 đơn vị đầu tiên của huyện đạt kiểm định cấp độ 4.

Chất lượng giáo dục toàn diện tiếp tục được giữ vững: tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 99,8%; tỷ lệ học sinh lớp 9 tốt nghiệp THCS đạt 99,6%; huyện có 41 học sinh đạt giải trong kỳ thi học sinh giỏi cấp tỉnh, xếp thứ 3/21 huyện, thành, thị.

Tổng kinh phí đầu tư cơ sở vật chất cho các nhà trường trong năm học là 86,4 tỷ đồng, tăng 12,3% so với năm học trước; trong đó ngân sách huyện 31,5 tỷ đồng, nguồn xã hội hóa gần 12 tỷ đồng.

Năm học 2024-2025, huyện dự kiến đề nghị đánh giá ngoài 9 trường; phấn đấu có thêm 4 trường đạt chuẩn quốc gia mức độ 2 và 100% trường công lập đạt kiểm định chất lượng giáo dục đến năm 2025.

Hồng Nhung (Phòng GD&ĐT)

Địa chỉ: Khối 3, thị trấn Cầu Giát, huyện Quỳnh Lưu, tỉnh Nghệ An. Điện thoại: 0238.3864.115
"""

NH = YY("Năm học 2023-2024", 2023, 2024)
NOW = ASOF("Đến nay", "2024-09-24")
NHT = YY("trong năm học", 2023, 2024)
NH2 = YY("Năm học 2024-2025", 2024, 2025)

FIGS = [
    F("Quỳnh Lưu: 94,9%", "94,9", 94.9, "percent", "%", "tỷ lệ trường học đạt kiểm định chất lượng giáo dục"),
    F("có 14 trường", "14", 14, "count", "trường", "trường được đánh giá ngoài và công nhận đạt kiểm định chất lượng giáo dục", NH),
    F("112/118 trường", "112", 112, "count", "trường", "trường đạt kiểm định chất lượng giáo dục", NH, total=118),
    F("Trong 14 trường", "14", 14, "count", "trường", "trường được công nhận đạt kiểm định", I(NH), optional=True),
    F("có 5 trường mầm non", "5", 5, "count", "trường", "trường mầm non được công nhận đạt kiểm định", I(NH), total=14),
    F("6 trường tiểu học", "6", 6, "count", "trường", "trường tiểu học được công nhận đạt kiểm định", I(NH), total=14),
    F("3 trường THCS", "3", 3, "count", "trường", "trường THCS được công nhận đạt kiểm định", I(NH), total=14),
    F("có 98 trường", "98", 98, "count", "trường", "trường đạt chuẩn quốc gia", NOW),
    F("71 trường", "71", 71, "count", "trường", "trường đạt chuẩn quốc gia mức độ 1", NOW, total=98),
    F("27 trường", "27", 27, "count", "trường", "trường đạt chuẩn quốc gia mức độ 2", NOW, total=98),
    F("là 2 đơn vị", "2", 2, "count", "đơn vị", "đơn vị đầu tiên của huyện đạt kiểm định cấp độ 4"),
    F("trẻ 5 tuổi", "5", 5, "measure", "tuổi", optional=True),
    F("đạt 99,8%", "99,8", 99.8, "percent", "%", "tỷ lệ huy động trẻ 5 tuổi ra lớp"),
    F("lớp 9", "9", 9, "count", "lớp", optional=True),
    F("đạt 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ học sinh lớp 9 tốt nghiệp THCS"),
    F("có 41 học sinh", "41", 41, "count", "học sinh", "học sinh đạt giải trong kỳ thi học sinh giỏi cấp tỉnh"),
    F("thứ 3/21", "3", 3, "rank", "hạng", "học sinh đạt giải trong kỳ thi học sinh giỏi cấp tỉnh", total=21),
    F("86,4 tỷ đồng", "86,4", 86.4e9, "money", "đồng", "Tổng kinh phí đầu tư cơ sở vật chất cho các nhà trường", NHT,
      change=CH("increase", 12.3, "%", "năm học trước")),
    F("31,5 tỷ đồng", "31,5", 31.5e9, "money", "đồng", "ngân sách huyện đầu tư cơ sở vật chất", NHT, total=86.4e9),
    F("gần 12 tỷ đồng", "12", 12e9, "money", "đồng", "nguồn xã hội hóa đầu tư cơ sở vật chất", NHT, approx="nearly", total=86.4e9),
    F("ngoài 9 trường", "9", 9, "count", "trường", "trường đề nghị đánh giá ngoài", NH2, status="forecast"),
    F("thêm 4 trường", "4", 4, "count", "trường", "trường đạt chuẩn quốc gia mức độ 2 có thêm", NH2, status="target"),
    F("và 100% trường", "100", 100, "percent", "%", "tỷ lệ trường công lập đạt kiểm định chất lượng giáo dục",
      ASOF("đến năm 2025", "2025-12-31"), status="target"),
]

COMMENTS = [
    "District portal of huyện Quỳnh Lưu (Nghệ An), invented: accreditation results of school year 2023-2024, national-standard schools,",
    "education quality, investment, 2024-2025 plans. Byline at the end, dateline 'Thứ Ba, 24/09/2024 - 09:12'.",
    "Choice: 'Năm học 2023-2024' is read like 'giai đoạn 2021-2025' (2023-01-01 .. 2024-12-31); 'Đến nay' ends at the dateline.",
    "Not figures: 'mức độ 1:', 'mức độ 2:', 'cấp độ 4' (levels), 'Quỳnh Thạch 2' (school name), 'Khối 3', phone, 'Năm học 2024-2025'.",
    "Optional: 'trẻ 5 tuổi', 'lớp 9' (age/grade that qualify a group, cf. h24 'dưới 1 tuổi').",
    "'nâng tổng số ... lên 112/118 trường' is the year-end stock; the headline 94,9% is its share (a percent figure; no period in headline).",
    "'Trong 14 trường được công nhận có 5 ..., 6 ..., 3 ...' -> total 14; the bracket '(mức độ 1: 71; mức độ 2: 27)' adds up to 98.",
    "'trong năm học' (no year) takes the school year of the lead, stated in its sentence so scored.",
    "revised after scoring: 'Trong 14 trường được công nhận' (the whole restated as the frame of its parts) added as optional, as",
    "shared h02 treats '1 trong 12 địa phương'; the rank's subject changed from 'xếp hạng học sinh giỏi cấp tỉnh' (a phrase the",
    "sentence does not use) to the indicator as the sentence names it (FIGURES.md: subject 'as the sentence names it').",
    "'dự kiến' -> forecast for the 9 schools; 'phấn đấu' -> target for the next clause (4 trường, 100%).",
]

if __name__ == "__main__":
    emit("p636-2", TEXT, COMMENTS, FIGS, published="2024-09-24", location="Quỳnh Lưu")
