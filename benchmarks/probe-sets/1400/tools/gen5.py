"""p1400-5: national newspaper: English in the 2024 national high-school graduation exam."""
from lib import F, period, inherited, year, change, target, write

TEXT = """Giáo dục > Tuyển sinh

Điểm trung bình tiếng Anh thi tốt nghiệp tăng lên 5,51

Thứ năm, 18/7/2024, 08:05 (GMT+7)

Điểm trung bình môn tiếng Anh kỳ thi tốt nghiệp THPT năm 2024 đạt 5,51 điểm, tăng 0,06 điểm so với năm 2023, song vẫn thấp thứ hai trong các môn thi.

Theo số liệu Bộ Giáo dục và Đào tạo công bố chiều 17/7, cả nước có 881.206 thí sinh dự thi môn tiếng Anh, chiếm khoảng 83% tổng số thí sinh. Điểm số nhiều thí sinh đạt nhất là 4,4. Có 46,12% bài thi dưới điểm trung bình, giảm so với mức 48,9% của năm 2023; 1.208 bài đạt điểm 10.

Bình Dương dẫn đầu cả nước với điểm trung bình 6,27, tiếp theo là Hà Nội (6,14) và TP HCM (6,11). Ở chiều ngược lại, Hà Giang thấp nhất với 3,98 điểm; 11 tỉnh có điểm trung bình dưới 4.

Ông Trần Quang Vinh, đại diện Cục Quản lý chất lượng, cho biết phổ điểm tiếng Anh năm nay "đẹp hơn", nhưng chênh lệch giữa các vùng còn lớn: điểm trung bình của thí sinh vùng đồng bằng sông Hồng cao hơn vùng Tây Bắc khoảng 1,5 điểm.

Năm nay có 52.400 thí sinh được miễn thi ngoại ngữ nhờ chứng chỉ quốc tế, tăng 38% so với năm 2023. Theo lộ trình của Bộ, đến năm 2030 tiếng Anh sẽ là môn bắt buộc từ lớp 1 và khoảng 30% học sinh THPT đạt trình độ bậc 3 trở lên khi tốt nghiệp.

Thanh Hằng

Xem thêm:
- Tra cứu điểm thi tốt nghiệp THPT 2024
- Phổ điểm các môn thi tốt nghiệp THPT năm 2024
"""

Y24 = year("năm 2024", 2024)
AVG = "điểm trung bình môn tiếng Anh"

FIGS = [
    F("tăng lên 5,51", "5,51", 5.51, "measure", "điểm", subject="điểm trung bình tiếng Anh thi tốt nghiệp"),
    F("đạt 5,51 điểm", "5,51", 5.51, "measure", "điểm",
      change=change("increase", 0.06, "điểm", "năm 2023"),
      subject="điểm trung bình môn tiếng Anh kỳ thi tốt nghiệp THPT", per=Y24),
    F("thấp thứ hai", "hai", 2, "rank", "hạng", subject="điểm trung bình môn tiếng Anh trong các môn thi",
      per=Y24),
    F("có 881.206 thí sinh", "881.206", 881206, "count", "thí sinh", percent=83,
      subject="thí sinh dự thi môn tiếng Anh", per=inherited(Y24)),
    F("nhất là 4,4", "4,4", 4.4, "measure", "điểm", subject="điểm số nhiều thí sinh đạt nhất",
      per=inherited(Y24)),
    F("Có 46,12%", "46,12", 46.12, "percent", "%", subject="bài thi dưới điểm trung bình",
      per=inherited(Y24)),
    F("mức 48,9%", "48,9", 48.9, "percent", "%", subject="bài thi dưới điểm trung bình",
      per=year("năm 2023", 2023)),
    F("1.208 bài", "1.208", 1208, "count", "bài", subject="bài đạt điểm 10", per=inherited(Y24)),
    F("đạt điểm 10.", "10", 10, "measure", "điểm", optional=True),
    F("trung bình 6,27", "6,27", 6.27, "measure", "điểm", subject=AVG, location="Bình Dương",
      per=inherited(Y24)),
    F("Hà Nội (6,14)", "6,14", 6.14, "measure", "điểm", subject=AVG, location="Hà Nội", per=inherited(Y24)),
    F("TP HCM (6,11)", "6,11", 6.11, "measure", "điểm", subject=AVG, location="TP Hồ Chí Minh",
      per=inherited(Y24)),
    F("với 3,98 điểm", "3,98", 3.98, "measure", "điểm", subject=AVG, location="Hà Giang", per=inherited(Y24)),
    F("11 tỉnh", "11", 11, "count", "tỉnh", subject="tỉnh có điểm trung bình dưới 4", per=inherited(Y24)),
    F("dưới 4.", "4", 4, "measure", "điểm", approx="under", optional=True),
    F("khoảng 1,5 điểm", "1,5", 1.5, "measure", "điểm", approx="about",
      subject="chênh lệch điểm trung bình giữa thí sinh vùng đồng bằng sông Hồng và vùng Tây Bắc",
      per=year("năm nay", 2024)),
    F("có 52.400 thí sinh", "52.400", 52400, "count", "thí sinh",
      change=change("increase", 38, "%", "năm 2023"),
      subject="thí sinh được miễn thi ngoại ngữ nhờ chứng chỉ quốc tế", per=year("Năm nay", 2024)),
    F("khoảng 30%", "30", 30, "percent", "%", approx="about", status="target",
      subject="học sinh THPT đạt trình độ bậc 3 trở lên khi tốt nghiệp",
      per=period("đến năm 2030", None, "2030-12-31")),
]

NOTES = [
    "National newspaper: breadcrumb, 'Thứ năm, 18/7/2024, 08:05 (GMT+7)', sapo, byline 'Thanh Hằng', 'Xem thêm' links. National figures → Việt Nam.",
    "Distractors: '(GMT+7)', 08:05, 'chiều 17/7', 'lớp 1', 'bậc 3' (a level name), 'THPT 2024' and 'năm 2024' in link titles.",
    "Headline 'tăng lên 5,51' → the level 5,51 (not a change). 'tăng 0,06 điểm so với năm 2023' → change in điểm of the sapo's 5,51.",
    "'vẫn thấp thứ hai trong các môn thi' → rank 2 (ranked from the bottom; the value is the position as written).",
    "'giảm so với mức 48,9% của năm 2023': 48,9% is the baseline level, a percent figure of its own (period 2023); 46,12% gets no change",
    "(no change amount is written). 'chiếm khoảng 83%' → percent attribute 83 of 881.206.",
    "Provinces in the ranking list → location; subject = the list's indicator. 'TP HCM' → TP Hồ Chí Minh.",
    "Score bands that name a group ('đạt điểm 10', 'dưới 4') are criteria: optional. 'năm nay' → 2024 (published).",
    "'cao hơn vùng Tây Bắc khoảng 1,5 điểm' has no base amount in its clause: the gap is the claim (measure, about); 'năm nay' stands in the",
    "same sentence. 'đến năm 2030 ... khoảng 30% ...' → target, period end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1400-5", TEXT, NOTES, FIGS, published="2024-07-18", location="Việt Nam")
