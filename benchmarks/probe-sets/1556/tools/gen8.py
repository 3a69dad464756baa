"""p1556-8: radio/TV site (Đài PT-TH Quảng Ngãi): a paint firm's charity programme repaints 150 homes of poor families."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """PTQ - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH QUẢNG NGÃI
Thời sự | Kinh tế | Xã hội | Video | Podcast

"Sắc màu mái ấm" đến với 150 gia đình khó khăn ở Quảng Ngãi

Thứ Bảy, 28/09/2024 - 18:05

(PTQ) - Trong tháng 9, chương trình "Sắc màu mái ấm" do Công ty TNHH Sơn Hoa Biển phối hợp với Hội Chữ thập đỏ tỉnh tổ chức đã sơn mới 150 căn nhà cho hộ nghèo, gia đình chính sách tại các huyện Bình Sơn, Sơn Tịnh và Tư Nghĩa. Tổng giá trị hỗ trợ hơn 1,8 tỷ đồng, gồm 16.500 lít sơn nước trị giá 1,4 tỷ đồng và tiền công thợ khoảng 400 triệu đồng.

Riêng huyện Bình Sơn có 64 căn được sơn lại, nhiều nhất trong ba huyện. Ông Võ Văn Tư, 72 tuổi, ở xã Bình Châu, xúc động: "Căn nhà xây từ năm 1998, hơn 20 năm chưa sơn lại, giờ sáng sủa như nhà mới".

Mỗi căn nhà được hỗ trợ trung bình 110 lít sơn, đủ phủ khoảng 250 m2 tường trong và ngoài nhà. Hơn 300 đoàn viên thanh niên và thợ sơn tình nguyện đã tham gia thi công trong 12 ngày.

Theo bà Đặng Thị Mai, Giám đốc Công ty TNHH Sơn Hoa Biển, từ năm 2019 đến nay, chương trình đã sơn mới gần 900 căn nhà tại 6 tỉnh miền Trung với tổng kinh phí khoảng 9,5 tỷ đồng. Năm 2025, công ty dự kiến dành 2 tỷ đồng để sơn tặng thêm 200 căn nhà tại Quảng Ngãi.

Bình luận (0) | Chia sẻ
Xem thêm:
- Quảng Ngãi đẩy nhanh tiến độ xóa nhà tạm, nhà dột nát
- Bản tin thời sự 19h ngày 28/9
"""

SEP = per("Trong tháng 9", "2024-09-01", "2024-09-30")
SINCE = per("từ năm 2019 đến nay", "2019-01-01", "2024-09-28")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
VN = "Việt Nam"

FIGS = [
    fig("với 150 gia đình", "150", 150, "count", "gia đình", subject="gia đình khó khăn"),
    fig("sơn mới 150 căn", "150", 150, "count", "căn nhà",
        subject="căn nhà chương trình Sắc màu mái ấm sơn mới cho hộ nghèo, gia đình chính sách", period=SEP),
    fig("hơn 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", approx="over", subject="tổng giá trị hỗ trợ",
        period=inh(SEP)),
    fig("gồm 16.500 lít", "16.500", 16500, "measure", "lít", subject="sơn nước hỗ trợ", period=inh(SEP)),
    fig("trị giá 1,4 tỷ", "1,4", 1.4e9, "money", "đồng", total=1.8e9, subject="trị giá sơn nước",
        period=inh(SEP)),
    fig("khoảng 400 triệu", "400", 400e6, "money", "đồng", approx="about", total=1.8e9,
        subject="tiền công thợ", period=inh(SEP)),
    fig("có 64 căn", "64", 64, "count", "căn", subject="căn nhà được sơn lại", location="Bình Sơn"),
    fig("trong ba huyện", "ba", 3, "count", "huyện", subject="huyện có nhà được sơn", optional=True),
    fig("72 tuổi", "72", 72, "measure", "tuổi", subject="tuổi ông Võ Văn Tư", location="Bình Sơn", optional=True),
    fig("hơn 20 năm", "20", 20, "measure", "năm", approx="over", subject="thời gian căn nhà chưa sơn lại",
        location="Bình Sơn", optional=True),
    fig("trung bình 110 lít", "110", 110, "measure", "lít/căn", subject="sơn hỗ trợ trung bình mỗi căn nhà"),
    fig("khoảng 250 m2", "250", 250, "measure", "m2/căn", approx="about",
        subject="diện tích tường trong và ngoài nhà sơn phủ mỗi căn"),
    fig("Hơn 300 đoàn viên", "300", 300, "count", "đoàn viên", approx="over",
        subject="đoàn viên thanh niên và thợ sơn tình nguyện tham gia thi công"),
    fig("trong 12 ngày", "12", 12, "measure", "ngày", subject="thời gian thi công", optional=True),
    fig("gần 900 căn", "900", 900, "count", "căn nhà", approx="nearly", subject="căn nhà chương trình đã sơn mới",
        period=SINCE, location=VN),
    fig("tại 6 tỉnh", "6", 6, "count", "tỉnh", subject="tỉnh miền Trung chương trình đã sơn nhà", period=SINCE,
        location=VN),
    fig("khoảng 9,5 tỷ", "9,5", 9.5e9, "money", "đồng", approx="about", subject="tổng kinh phí chương trình",
        period=SINCE, location=VN),
    fig("dành 2 tỷ", "2", 2e9, "money", "đồng", status="forecast", subject="kinh phí công ty dành để sơn tặng nhà",
        period=Y25),
    fig("thêm 200 căn", "200", 200, "count", "căn nhà", status="forecast", subject="căn nhà sơn tặng thêm",
        period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Quảng Ngãi, PTQ): menu, 'Thứ Bảy, 28/09/2024 - 18:05', tag '(PTQ) -', 'Bình luận (0)', 'Xem thêm' links.",
    "Distractors: 18:05, 'từ năm 1998' (a date), 'Bình luận (0)', 'Bản tin thời sự 19h ngày 28/9'.",
    "'Trong tháng 9' → September 2024 (dateline year); the next sentence's amounts inherit it. '150 căn nhà ... tại các huyện",
    "Bình Sơn, Sơn Tịnh và Tư Nghĩa' spans three districts → Quảng Ngãi. 'Riêng huyện Bình Sơn có 64 căn' → Bình Sơn; 'riêng' is no part-of cue.",
    "'hơn 1,8 tỷ đồng, gồm 16.500 lít sơn nước trị giá 1,4 tỷ đồng và tiền công thợ khoảng 400 triệu đồng': the money parts",
    "add up and take total 1,8 tỷ; the litres are not money, so no total.",
    "'Mỗi căn nhà được hỗ trợ trung bình 110 lít' → rate lít/căn ('trung bình' is no approx cue).",
    "'từ năm 2019 đến nay' ends at the dateline; the programme's figures 'tại 6 tỉnh miền Trung' span provinces → Việt Nam (borderline).",
    "Optional: 'ba huyện' (reference back), the age '72 tuổi', 'hơn 20 năm' in a quote, 'trong 12 ngày' (duration of the works).",
    "'Năm 2025, công ty dự kiến ...' → forecast for both figures.",
]

if __name__ == "__main__":
    write("p1556-8", TEXT, NOTES, FIGS, published="2024-09-28", location="Quảng Ngãi")
