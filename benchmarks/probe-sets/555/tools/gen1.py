from lib import *

TEXT = """Trang chủ > Tin tức - Sự kiện > Giáo dục - Đào tạo

Thanh Hóa: Tỷ lệ tốt nghiệp THPT năm 2024 đạt 99,53%

Cập nhật: 19/07/2024 10:25 | Lượt xem: 3.482

Ngày 18/7, Sở Giáo dục và Đào tạo cho biết, kỳ thi tốt nghiệp THPT năm 2024 toàn tỉnh Thanh Hóa có 40.586 thí sinh đăng ký dự thi, trong đó 38.914 thí sinh học chương trình THPT và 1.672 thí sinh học chương trình giáo dục thường xuyên. Số thí sinh đỗ tốt nghiệp là 39.612 em, đạt tỷ lệ 99,53%, tăng 0,21% so với năm 2023.

Điểm trung bình các môn thi của tỉnh đạt 6,82 điểm, xếp thứ 12 toàn quốc, tăng 5 bậc so với năm trước. Toàn tỉnh có 1.208 bài thi đạt điểm 10, trong đó môn Giáo dục công dân có 846 bài, Lịch sử 217 bài và Địa lý 98 bài. Điểm trung bình môn Toán, Ngữ văn và Tiếng Anh lần lượt là 6,71; 7,28 và 5,46 điểm. Đáng chú ý, có gần 62% số bài thi môn Tiếng Anh dưới điểm trung bình.

Các huyện miền núi vẫn có tỷ lệ tốt nghiệp thấp nhất tỉnh: Mường Lát (96,8%), Quan Sơn (97,2%) và Bá Thước (97,9%).

Trường THPT Chuyên Lam Sơn tiếp tục dẫn đầu với điểm trung bình 8,15 điểm; Trường THPT Hàm Rồng đứng thứ 2 với 7,64 điểm. Em Lê Minh Khoa, lớp 12A1 Trường THPT Triệu Sơn 3, là thủ khoa khối A00 của tỉnh với 29,35 điểm.

Năm 2025, ngành giáo dục tỉnh phấn đấu tỷ lệ tốt nghiệp THPT đạt trên 99,6% và nâng điểm trung bình các môn thi lên khoảng 7 điểm.

Phòng Quản lý chất lượng, Sở GD&ĐT Thanh Hóa, số 37 Hạc Thành, TP Thanh Hóa; điện thoại: 0237.3852.476.
"""

Y24 = YEAR(2024)
Y25 = YEAR(2025, "Năm 2025")
FIGS = [
    F("THPT năm 2024 đạt 99,53%", "99,53", 99.53, "percent", "%", "Tỷ lệ tốt nghiệp THPT", Y24),
    F("có 40.586 thí sinh", "40.586", 40586, "count", "thí sinh",
      "thí sinh đăng ký dự thi kỳ thi tốt nghiệp THPT", Y24),
    F("38.914 thí sinh", "38.914", 38914, "count", "thí sinh",
      "thí sinh học chương trình THPT đăng ký dự thi", Y24, total=40586),
    F("1.672 thí sinh", "1.672", 1672, "count", "thí sinh",
      "thí sinh học chương trình giáo dục thường xuyên đăng ký dự thi", Y24, total=40586),
    F("là 39.612 em", "39.612", 39612, "count", "em", "thí sinh đỗ tốt nghiệp", INH(Y24),
      percent=99.53, change=CH("increase", 0.21, "%", "năm 2023")),
    F("đạt 6,82 điểm", "6,82", 6.82, "measure", "điểm", "Điểm trung bình các môn thi của tỉnh", INH(Y24)),
    F("xếp thứ 12 toàn quốc", "12", 12, "rank", "hạng", "Điểm trung bình các môn thi của tỉnh",
      INH(Y24), change=CH("increase", 5, "bậc", "năm trước")),
    F("có 1.208 bài thi", "1.208", 1208, "count", "bài thi", "bài thi đạt điểm 10", INH(Y24)),
    F("đạt điểm 10", "10", 10, "measure", "điểm", optional=True),
    F("có 846 bài", "846", 846, "count", "bài", "bài thi đạt điểm 10 môn Giáo dục công dân", INH(Y24),
      total=1208),
    F("Lịch sử 217 bài", "217", 217, "count", "bài", "bài thi đạt điểm 10 môn Lịch sử", INH(Y24), total=1208),
    F("Địa lý 98 bài", "98", 98, "count", "bài", "bài thi đạt điểm 10 môn Địa lý", INH(Y24), total=1208),
    F("lần lượt là 6,71", "6,71", 6.71, "measure", "điểm", "Điểm trung bình môn Toán", INH(Y24)),
    F("6,71; 7,28", "7,28", 7.28, "measure", "điểm", "Điểm trung bình môn Ngữ văn", INH(Y24)),
    F("và 5,46 điểm", "5,46", 5.46, "measure", "điểm", "Điểm trung bình môn Tiếng Anh", INH(Y24)),
    F("gần 62%", "62", 62, "percent", "%", "bài thi môn Tiếng Anh dưới điểm trung bình", INH(Y24),
      approx="nearly"),
    F("Mường Lát (96,8%)", "96,8", 96.8, "percent", "%", "tỷ lệ tốt nghiệp", INH(Y24), location="Mường Lát"),
    F("Quan Sơn (97,2%)", "97,2", 97.2, "percent", "%", "tỷ lệ tốt nghiệp", INH(Y24), location="Quan Sơn"),
    F("Bá Thước (97,9%)", "97,9", 97.9, "percent", "%", "tỷ lệ tốt nghiệp", INH(Y24), location="Bá Thước"),
    F("trung bình 8,15 điểm", "8,15", 8.15, "measure", "điểm",
      "điểm trung bình Trường THPT Chuyên Lam Sơn", INH(Y24)),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "điểm trung bình Trường THPT Hàm Rồng", INH(Y24)),
    F("với 7,64 điểm", "7,64", 7.64, "measure", "điểm", "điểm trung bình Trường THPT Hàm Rồng", INH(Y24)),
    F("với 29,35 điểm", "29,35", 29.35, "measure", "điểm", "điểm của thủ khoa khối A00 của tỉnh", INH(Y24)),
    F("trên 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ tốt nghiệp THPT", Y25, approx="over",
      status="target"),
    F("khoảng 7 điểm", "7", 7, "measure", "điểm", "điểm trung bình các môn thi", Y25, approx="about",
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa (breadcrumb, 'Cập nhật:', 'Lượt xem:'): kết quả kỳ thi tốt nghiệp THPT năm 2024.",
    "Distractors: Lượt xem 3.482, 'Ngày 18/7', 'lớp 12A1', 'Trường THPT Triệu Sơn 3', 'khối A00', address 'số 37 Hạc Thành', phone.",
    "'trong đó' parts take the whole before the cue (40.586; 1.208). 'đạt tỷ lệ 99,53%' is the percent of 39.612 and the",
    "change 'tăng 0,21% so với năm 2023' follows it; 'tăng 5 bậc' is the change of the rank. 'điểm 10' (a score level) is optional.",
    "Periods: 'năm 2024' scored where it stands in the sentence, inherited elsewhere; 'Năm 2025 ... phấn đấu' targets.",
]

if __name__ == "__main__":
    emit("p555-1", TEXT, COMMENTS, FIGS, published="2024-07-19", location="Thanh Hóa")
