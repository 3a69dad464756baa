"""p1408-8: radio/TV site (Đài PT-TH Vĩnh Long, THVL): groundbreaking of a monument in Tam Bình; provincial monument upkeep."""
from lib import fig, per, inh, chg, write

TEXT = """THVL - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH VĨNH LONG
Thời sự | Kinh tế | Văn hóa | Xã hội | Video | Phát thanh

Khởi công xây dựng Tượng đài Chiến thắng Hòa Lộc

Cập nhật lúc 17:25 ngày 26/3/2024

(THVL) Sáng nay 26/3, UBND huyện Tam Bình tổ chức lễ khởi công xây dựng Tượng đài Chiến thắng Hòa Lộc tại xã Hòa Lộc. Công trình được xây dựng trên diện tích gần 1,2 ha, tượng chính cao 14,5 m, đúc bằng đồng với trọng lượng khoảng 60 tấn. Tổng mức đầu tư dự kiến 52 tỷ đồng, trong đó ngân sách tỉnh 30 tỷ đồng, ngân sách huyện 8 tỷ đồng, còn lại khoảng 14 tỷ đồng vận động xã hội hóa. Thời gian thi công 18 tháng, dự kiến hoàn thành vào quý III/2025.

Phát biểu tại lễ khởi công, ông Lê Hoàng Sơn, Chủ tịch UBND huyện Tam Bình cho biết, tính đến ngày 25/3 đã có 43 doanh nghiệp, nhà hảo tâm đăng ký đóng góp hơn 9,5 tỷ đồng, đạt 68% số vốn cần vận động.

Theo Sở Văn hóa, Thể thao và Du lịch, toàn tỉnh Vĩnh Long hiện có 19 tượng đài và 112 bia, đài tưởng niệm. Năm 2023, tỉnh chi 11,6 tỷ đồng tu bổ 15 công trình, tăng 3,1 tỷ đồng so với năm 2022. Năm nay, tỉnh dự kiến bố trí 14 tỷ đồng để tu bổ 18 công trình, trong đó có 4 tượng đài.

Xem thêm:
- Bản tin Thời sự 19 giờ ngày 26/3/2024
- Vĩnh Long: Hội thi tuyên truyền lưu động lần thứ 15

Bản quyền thuộc Đài Phát thanh và Truyền hình Vĩnh Long
Địa chỉ: 50 đường 2/9, Phường 1, TP Vĩnh Long. Đường dây nóng: 0270.3822.579
"""

ASOF = per("tính đến ngày 25/3", None, "2024-03-25")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm nay", "2024-01-01", "2024-12-31")
VL = "Vĩnh Long"

FIGS = [
    fig("gần 1,2 ha", "1,2", 1.2, "measure", "ha", approx="nearly",
        subject="diện tích xây dựng công trình"),
    fig("cao 14,5 m", "14,5", 14.5, "measure", "m", subject="chiều cao tượng chính"),
    fig("khoảng 60 tấn", "60", 60, "measure", "tấn", approx="about", subject="trọng lượng tượng chính"),
    fig("dự kiến 52 tỷ", "52", 52e9, "money", "đồng", status="forecast", subject="tổng mức đầu tư"),
    fig("tỉnh 30 tỷ", "30", 30e9, "money", "đồng", total=52e9, status="forecast", subject="ngân sách tỉnh"),
    fig("huyện 8 tỷ", "8", 8e9, "money", "đồng", total=52e9, status="forecast", subject="ngân sách huyện"),
    fig("khoảng 14 tỷ", "14", 14e9, "money", "đồng", approx="about", total=52e9, status="forecast",
        subject="vốn vận động xã hội hóa"),
    fig("công 18 tháng", "18", 18, "measure", "tháng", subject="thời gian thi công", optional=True),
    fig("có 43 doanh", "43", 43, "count", "doanh nghiệp, nhà hảo tâm",
        subject="doanh nghiệp, nhà hảo tâm đăng ký đóng góp", period=ASOF),
    fig("hơn 9,5 tỷ", "9,5", 9.5e9, "money", "đồng", approx="over", percent=68,
        subject="vốn doanh nghiệp, nhà hảo tâm đăng ký đóng góp", period=ASOF),
    fig("có 19 tượng", "19", 19, "count", "tượng đài", location=VL, subject="tượng đài toàn tỉnh"),
    fig("và 112 bia", "112", 112, "count", "bia, đài tưởng niệm", location=VL,
        subject="bia, đài tưởng niệm toàn tỉnh"),
    fig("chi 11,6 tỷ", "11,6", 11.6e9, "money", "đồng", location=VL,
        change=chg("increase", 3.1e9, "đồng", "năm 2022"),
        subject="kinh phí tỉnh chi tu bổ công trình", period=Y23),
    fig("tu bổ 15 công", "15", 15, "count", "công trình", location=VL,
        subject="công trình được tu bổ", period=Y23),
    fig("bố trí 14 tỷ", "14", 14e9, "money", "đồng", status="forecast", location=VL,
        subject="kinh phí tỉnh bố trí tu bổ công trình", period=Y24),
    fig("tu bổ 18 công", "18", 18, "count", "công trình", status="forecast", location=VL,
        subject="công trình tu bổ", period=Y24),
    fig("có 4 tượng", "4", 4, "count", "tượng đài", total=18, status="forecast", location=VL,
        subject="tượng đài tu bổ", period=Y24),
]

NOTES = [
    "revised after the first run: subjects that had borrowed a name from another sentence now say what their own sentence names (FIGURES.md: subject as the sentence names it).",
    "Radio/TV site (THVL, Đài PT-TH Vĩnh Long): menu, 'Cập nhật lúc 17:25 ngày 26/3/2024', tag '(THVL)', 'Xem thêm' links, copyright footer.",
    "Distractors: 17:25, 'Sáng nay 26/3', 'quý III/2025', 'Bản tin Thời sự 19 giờ', 'lần thứ 15', '50 đường 2/9', 'Phường 1', hotline 0270.3822.579.",
    "Project figures in huyện Tam Bình: location Tam Bình; provincial figures (last paragraph): Vĩnh Long.",
    "'Tổng mức đầu tư dự kiến 52 tỷ đồng, trong đó ...': forecast governs the continuing clauses; parts 30 + 8 + 14 = 52 tỷ → total 52 tỷ.",
    "'Thời gian thi công 18 tháng' is a planned duration, between a figure and a time span: optional.",
    "'tính đến ngày 25/3' has no year: it takes 2024 from the dateline → end 2024-03-25. 'đạt 68% số vốn cần vận động' is the percent of 9,5 tỷ.",
    "'Năm nay' takes the year of the dateline (2024); 'dự kiến' makes its figures forecasts.",
    "'tăng 3,1 tỷ đồng so với năm 2022' is a change of 11,6 tỷ in đồng. 'trong đó có 4 tượng đài' is part of the 18 works: total 18, forecast.",
]

if __name__ == "__main__":
    write("p1408-8", TEXT, NOTES, FIGS, published="2024-03-26", location="Tam Bình")
