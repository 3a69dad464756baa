"""p1231-1: Lào Cai province portal, mobile library trips to highland schools, 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Lào Cai: Xe thư viện lưu động đưa gần 48.000 bản sách đến học sinh vùng cao

Cập nhật: 12/07/2024 08:30 | Lượt xem: 2.417

(laocai.gov.vn) - 6 tháng đầu năm 2024, Thư viện tỉnh Lào Cai đã tổ chức 86 chuyến xe thư viện lưu động đến các trường học vùng sâu, vùng xa, đạt 57,3% kế hoạch năm, tăng 14 chuyến so với cùng kỳ năm 2023. Trong đó, huyện Bát Xát 19 chuyến, Mường Khương 17 chuyến, Si Ma Cai 15 chuyến, các huyện còn lại 35 chuyến.

Qua các chuyến xe, Thư viện đã luân chuyển 47.930 bản sách, báo và phục vụ 47.860 lượt bạn đọc là học sinh, giáo viên; bình quân mỗi chuyến phục vụ khoảng 560 lượt bạn đọc. Hiện Thư viện tỉnh có hai xe thư viện lưu động, mỗi xe mang theo khoảng 4.000 bản sách cùng máy chiếu, máy tính bảng kết nối Internet. Từ đầu năm đến nay, Thư viện đã bổ sung 1.250 bản sách song ngữ Việt - Mông, Việt - Dao cho tủ sách trên xe.

Tại Trường PTDTBT Tiểu học và THCS Y Tý (huyện Bát Xát), mỗi lần xe về có hơn 300 học sinh được đọc sách, xem phim khoa học và tham gia trò chơi "Rung chuông vàng". Cô Hoàng Thị Lan, Hiệu trưởng nhà trường cho biết, từ khi có xe sách, tỷ lệ học sinh mượn sách về nhà tăng từ 20% lên gần 45%.

Chương trình được triển khai theo Kế hoạch số 85/KH-UBND ngày 14/3/2022 của UBND tỉnh về phát triển văn hóa đọc trong cộng đồng. Năm 2024, Thư viện tỉnh phấn đấu thực hiện 150 chuyến xe lưu động, phục vụ trên 90.000 lượt bạn đọc; dự kiến trong quý III sẽ tiếp nhận thêm một xe thư viện lưu động do doanh nghiệp tài trợ, trị giá khoảng 2,3 tỷ đồng.
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
TRIP = "chuyến xe thư viện lưu động đến trường học vùng sâu, vùng xa"

FIGS = [
    fig("gần 48.000 bản sách", "48.000", 48000, "count", "bản sách", approx="nearly",
        subject="bản sách xe thư viện lưu động đưa đến học sinh vùng cao"),
    fig("tổ chức 86 chuyến", "86", 86, "count", "chuyến", percent=57.3,
        change=chg("increase", 14, "chuyến", "cùng kỳ năm 2023"), subject=TRIP, period=H1),
    fig("Bát Xát 19 chuyến", "19", 19, "count", "chuyến", total=86, subject=TRIP, period=inh(H1),
        location="Bát Xát"),
    fig("Mường Khương 17 chuyến", "17", 17, "count", "chuyến", total=86, subject=TRIP, period=inh(H1),
        location="Mường Khương"),
    fig("Si Ma Cai 15 chuyến", "15", 15, "count", "chuyến", total=86, subject=TRIP, period=inh(H1),
        location="Si Ma Cai"),
    fig("còn lại 35 chuyến", "35", 35, "count", "chuyến", total=86,
        subject="chuyến xe thư viện lưu động đến các huyện còn lại", period=inh(H1)),
    fig("luân chuyển 47.930 bản", "47.930", 47930, "count", "bản sách, báo",
        subject="bản sách, báo luân chuyển qua các chuyến xe", period=inh(H1)),
    fig("phục vụ 47.860 lượt", "47.860", 47860, "count", "lượt bạn đọc",
        subject="lượt bạn đọc là học sinh, giáo viên được phục vụ", period=inh(H1)),
    fig("khoảng 560 lượt", "560", 560, "measure", "lượt bạn đọc/chuyến", approx="about",
        subject="lượt bạn đọc phục vụ bình quân mỗi chuyến", period=inh(H1)),
    fig("có hai xe", "hai", 2, "count", "xe", subject="xe thư viện lưu động của Thư viện tỉnh"),
    fig("khoảng 4.000 bản", "4.000", 4000, "measure", "bản sách/xe", approx="about",
        subject="bản sách mỗi xe mang theo"),
    fig("bổ sung 1.250 bản", "1.250", 1250, "count", "bản sách",
        subject="bản sách song ngữ Việt - Mông, Việt - Dao bổ sung cho tủ sách trên xe", period=YTD),
    fig("hơn 300 học sinh", "300", 300, "count", "học sinh", approx="over",
        subject="học sinh Trường PTDTBT Tiểu học và THCS Y Tý được đọc sách mỗi lần xe về",
        location="Bát Xát"),
    fig("từ 20%", "20", 20, "percent", "%", optional=True,
        subject="tỷ lệ học sinh mượn sách về nhà trước khi có xe sách", location="Bát Xát"),
    fig("gần 45%", "45", 45, "percent", "%", approx="nearly",
        subject="tỷ lệ học sinh mượn sách về nhà", location="Bát Xát"),
    fig("thực hiện 150 chuyến", "150", 150, "count", "chuyến", status="target",
        subject="chuyến xe lưu động", period=Y24),
    fig("trên 90.000 lượt", "90.000", 90000, "count", "lượt bạn đọc", approx="over", status="target",
        subject="lượt bạn đọc được phục vụ", period=Y24),
    fig("thêm một xe", "một", 1, "count", "xe", status="forecast",
        subject="xe thư viện lưu động tiếp nhận thêm do doanh nghiệp tài trợ", period=Q3),
    fig("khoảng 2,3 tỷ", "2,3", 2300000000, "money", "đồng", approx="about", status="forecast",
        subject="trị giá xe thư viện lưu động được tài trợ"),
]

NOTES = [
    "Province portal (Lào Cai): mobile library trips to highland schools, 6 months 2024. Breadcrumb, 'Cập nhật: 12/07/2024 08:30 | Lượt xem: 2.417'.",
    "Distractors: view counter 2.417, time 08:30, 'Kế hoạch số 85/KH-UBND ngày 14/3/2022', school name 'PTDTBT Tiểu học và THCS Y Tý'.",
    "District parts after 'Trong đó' add up to 86 (19+17+15+35): total 86. 'đạt 57,3% kế hoạch năm' = percent; 'tăng 14 chuyến so với cùng kỳ' = change.",
    "'mỗi xe … khoảng 4.000 bản sách', 'bình quân mỗi chuyến … khoảng 560 lượt' are per-unit rates: measure, denominator in the unit.",
    "'tăng từ 20% lên gần 45%': 45% is the figure (no stated change value); the former level 20% is optional (could be read as a baseline).",
    "'Từ đầu năm đến nay' runs 2024-01-01..published. 'quý III' takes 2024. The car's value 'trị giá khoảng 2,3 tỷ' continues the 'dự kiến' clause: forecast, no period.",
    "'hiện có hai xe', 'mỗi xe mang theo' are standing facts: no period. The Y Tý school figures are placed in Bát Xát.",
]

if __name__ == "__main__":
    write("p1231-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Lào Cai")
