"""p1152-6: national newspaper, TP HCM school campaign 'Pin cũ đổi quà xanh'; a school in quận Gò Vấp."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Môi trường
Thứ bảy, 20/4/2024, 09:15 (GMT+7)

Học sinh TP HCM đổi hơn 9 tấn pin cũ lấy quà

Từ ngày 15/2 đến 15/4, chương trình "Pin cũ đổi quà xanh" thu về hơn 9 tấn pin từ 312 trường học trên địa bàn TP HCM, gấp đôi kỳ vọng ban đầu.

Mỗi học sinh mang pin đến trường được nhận sổ tay, bút hoặc cây sen đá tùy khối lượng. Theo ban tổ chức, hơn 17.500 phần quà đã được trao, trong đó khoảng 6.000 cây sen đá.

Trường THCS Nguyễn Du (quận Gò Vấp) dẫn đầu với 486 kg. Thầy Lê Văn Tài, Phó hiệu trưởng, cho biết trường có 1.450 học sinh, mỗi lớp đặt một thùng thu gom; trung bình mỗi em góp từ 300 đến 400 gram. Em Trần Bảo Ngọc, lớp 8A3, gom được 15 kg nhờ vận động người thân, hàng xóm.

"Ban đầu các em chỉ mang vài viên pin, sau hai tuần thì phụ huynh chở cả bao tải đến", thầy Tài kể. Quận Gò Vấp xếp thứ 2 toàn thành phố về khối lượng pin thu gom, sau TP Thủ Đức.

Số pin được chuyển về một doanh nghiệp trong Khu công nghiệp Lê Minh Xuân để xử lý, chi phí khoảng 20.000 đồng mỗi kg do các nhà tài trợ chi trả.

Theo Bộ Tài nguyên và Môi trường, cả nước mỗi năm tiêu thụ khoảng 300 triệu viên pin các loại nhưng chưa đến 1% được thu gom đúng cách. Năm nay, ban tổ chức dự kiến mở rộng chương trình ra 500 trường, mục tiêu thu gom 20 tấn pin.

Lê Phương
"""

CAMP = P("Từ ngày 15/2 đến 15/4", "2024-02-15", "2024-04-15")
Y24 = P("Năm nay", "2024-01-01", "2024-12-31")
GV = "Gò Vấp"

FIGS = [
    F("đổi hơn 9 tấn", "9", 9, "measure", "tấn", approx="over", subject="pin cũ học sinh đổi lấy quà"),
    F("về hơn 9 tấn", "9", 9, "measure", "tấn", approx="over",
      change=C("increase", 2, "lần", "kỳ vọng ban đầu"),
      subject="pin chương trình Pin cũ đổi quà xanh thu về", period=CAMP),
    F("từ 312 trường", "312", 312, "count", "trường học",
      subject="trường học tham gia chương trình", period=CAMP),
    F("hơn 17.500 phần", "17.500", 17500, "count", "phần quà", approx="over",
      subject="phần quà đã được trao", period=I(CAMP)),
    F("khoảng 6.000 cây", "6.000", 6000, "count", "cây sen đá", approx="about", total=17500,
      subject="cây sen đá đã được trao", period=I(CAMP)),
    F("với 486 kg", "486", 486, "measure", "kg", subject="pin Trường THCS Nguyễn Du thu gom",
      location=GV, period=I(CAMP)),
    F("có 1.450 học sinh", "1.450", 1450, "count", "học sinh", subject="học sinh của trường", location=GV),
    F("đặt một thùng", "một", 1, "measure", "thùng/lớp", optional=True,
      subject="thùng thu gom mỗi lớp", location=GV),
    F("từ 300 đến 400 gram", "300", 300, "measure", "gram/em", value_max=400,
      subject="pin mỗi em góp trung bình", location=GV),
    F("được 15 kg", "15", 15, "measure", "kg", subject="pin em Trần Bảo Ngọc gom được",
      location=GV, period=I(CAMP)),
    F("xếp thứ 2", "2", 2, "rank", "hạng", subject="khối lượng pin thu gom", location=GV, period=I(CAMP)),
    F("khoảng 20.000 đồng", "20.000", 20000, "money", "đồng/kg", approx="about",
      subject="chi phí xử lý pin"),
    F("khoảng 300 triệu", "300", 300000000, "count", "viên pin", approx="about",
      subject="pin các loại tiêu thụ mỗi năm", location="Việt Nam"),
    F("chưa đến 1%", "1", 1, "percent", "%", approx="under",
      subject="pin được thu gom đúng cách", location="Việt Nam"),
    F("ra 500 trường", "500", 500, "count", "trường", status="forecast",
      subject="trường tham gia chương trình", period=Y24),
    F("thu gom 20 tấn", "20", 20, "measure", "tấn", status="target",
      subject="pin thu gom", period=Y24),
]

NOTES = [
    "National newspaper: 'Thứ bảy, 20/4/2024, 09:15 (GMT+7)' (published), byline at the end. Default location TP Hồ Chí Minh.",
    "'hơn 9 tấn pin từ 312 trường học ..., gấp đôi kỳ vọng ban đầu': gấp đôi (= 2 lần) is the change of the 9 tấn (a gap to an expectation).",
    "School passage in 'quận Gò Vấp' carries Gò Vấp through its sentences and the rank; 'mỗi em ... từ 300 đến 400 gram' is a per-pupil rate.",
    "'mỗi lớp đặt một thùng' is a per-class norm (optional). National sentence 'cả nước' -> Việt Nam.",
    "'Năm nay' = 2024: 'dự kiến ... 500 trường' forecast, 'mục tiêu ... 20 tấn' target.",
    "Distractors: (GMT+7), 09:15, 'lớp 8A3', 'vài viên', 'hai tuần' (duration), 'Khu công nghiệp Lê Minh Xuân', 'một doanh nghiệp'.",
]

if __name__ == "__main__":
    write("p1152-6", TEXT, NOTES, FIGS, published="2024-04-20", location="TP Hồ Chí Minh")
