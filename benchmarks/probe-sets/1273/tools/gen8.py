"""p1273-8: radio/TV site (NTV, Đài PT-TH Ninh Thuận): free iodised salt for ethnic minority households, salt output."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """NTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NINH THUẬN
Thời sự | Kinh tế | Xã hội | Video | Nghe đài trực tuyến

Cấp không thu tiền 185 tấn muối i-ốt cho đồng bào vùng khó khăn

Thứ Hai, 02/12/2024 16:20 | Nghe đọc bài

(NTV) - Năm 2024, tỉnh Ninh Thuận cấp không thu tiền 185 tấn muối i-ốt cho khoảng 61.700 người dân tộc thiểu số thuộc hộ nghèo tại 22 xã vùng đặc biệt khó khăn, định mức 3 kg/người/năm, tổng kinh phí hơn 1,2 tỷ đồng.

Ninh Thuận hiện có khoảng 3.500 ha sản xuất muối; sản lượng muối năm 2024 ước đạt 400.000 tấn, xếp thứ hai cả nước.

Tại huyện Thuận Nam, Công ty cổ phần Muối Cà Ná Xanh vận hành dây chuyền trộn i-ốt công suất 5 tấn/giờ. 9 tháng đầu năm, công ty tiêu thụ 2.350 tấn muối i-ốt, tăng 12,5% so với cùng kỳ; sản phẩm có mặt tại 12 tỉnh, thành phố. Riêng quý III, sản lượng tiêu thụ đạt 960 tấn, chiếm 40,9% tổng sản lượng 9 tháng.

Theo Trung tâm Kiểm soát bệnh tật tỉnh, tỷ lệ hộ gia đình sử dụng muối i-ốt đủ tiêu chuẩn tại các xã được cấp muối đạt 78,5%, cao hơn 21 điểm phần trăm so với bình quân toàn tỉnh.

Dự kiến năm 2025, tỉnh tiếp tục cấp khoảng 190 tấn muối i-ốt; phấn đấu đến năm 2025 tỷ lệ hộ gia đình dùng muối i-ốt đủ tiêu chuẩn toàn tỉnh đạt trên 65%.

Mời quý vị theo dõi chi tiết trong chương trình Thời sự lúc 19h00 và Bản tin Ninh Thuận 24h trên kênh NTV.

Thu Hà - Minh Đức

Tin cùng chuyên mục:
- Ninh Thuận: Diêm dân phấn khởi vào vụ muối mới
- Khai mạc Hội chợ nông sản Ninh Thuận năm 2024
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
NINE = per("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
F25 = per("năm 2025", "2025-01-01", "2025-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
TN = "Thuận Nam"

FIGS = [
    fig("tiền 185 tấn muối i-ốt cho đồng bào", "185", 185, "measure", "tấn",
        subject="muối i-ốt cấp không thu tiền cho đồng bào vùng khó khăn"),
    fig("tiền 185 tấn muối i-ốt cho khoảng", "185", 185, "measure", "tấn",
        subject="muối i-ốt cấp không thu tiền cho người dân tộc thiểu số thuộc hộ nghèo", period=Y24),
    fig("khoảng 61.700 người", "61.700", 61700, "count", "người", approx="about",
        subject="người dân tộc thiểu số thuộc hộ nghèo được cấp muối i-ốt", period=Y24),
    fig("tại 22 xã", "22", 22, "count", "xã", subject="xã vùng đặc biệt khó khăn được cấp muối i-ốt",
        period=Y24),
    fig("mức 3 kg", "3", 3, "measure", "kg/người/năm", subject="định mức cấp muối i-ốt", period=Y24),
    fig("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over", subject="tổng kinh phí cấp muối i-ốt",
        period=Y24),
    fig("khoảng 3.500 ha", "3.500", 3500, "measure", "ha", approx="about",
        subject="diện tích sản xuất muối"),
    fig("ước đạt 400.000 tấn", "400.000", 400000, "measure", "tấn", status="estimate",
        subject="sản lượng muối", period=Y24b),
    fig("xếp thứ hai", "hai", 2, "rank", "hạng", status="estimate", subject="sản lượng muối", period=Y24b),
    fig("công suất 5 tấn/giờ", "5", 5, "measure", "tấn/giờ",
        subject="công suất dây chuyền trộn i-ốt của Công ty cổ phần Muối Cà Ná Xanh", location=TN),
    fig("tiêu thụ 2.350 tấn", "2.350", 2350, "measure", "tấn",
        change=chg("increase", 12.5, "%", "cùng kỳ"), subject="muối i-ốt công ty tiêu thụ",
        period=NINE, location=TN),
    fig("tại 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", subject="tỉnh, thành phố có mặt sản phẩm của công ty",
        location="Việt Nam"),
    fig("đạt 960 tấn", "960", 960, "measure", "tấn", percent=40.9,
        subject="sản lượng muối i-ốt công ty tiêu thụ", period=Q3, location=TN),
    fig("đạt 78,5%", "78,5", 78.5, "percent", "%",
        change=chg("increase", 21, "điểm phần trăm", "bình quân toàn tỉnh"),
        subject="tỷ lệ hộ gia đình sử dụng muối i-ốt đủ tiêu chuẩn tại các xã được cấp muối"),
    fig("khoảng 190 tấn", "190", 190, "measure", "tấn", approx="about", status="forecast",
        subject="muối i-ốt tỉnh tiếp tục cấp", period=F25),
    fig("trên 65%", "65", 65, "percent", "%", approx="over", status="target",
        subject="tỷ lệ hộ gia đình dùng muối i-ốt đủ tiêu chuẩn toàn tỉnh", period=T25),
]

NOTES = [
    "Radio/TV site (NTV, Đài PT-TH Ninh Thuận): menu, 'Thứ Hai, 02/12/2024 16:20 | Nghe đọc bài', tag '(NTV) -', byline, programme note.",
    "Distractors: 16:20, 'lúc 19h00', 'Bản tin Ninh Thuận 24h', 'năm 2024' in a link title, 'Nghe đài trực tuyến'.",
    "Headline '185 tấn' is a figure (no period in the headline); the body repeats it with 'Năm 2024': both are required, as headline figures are.",
    "'định mức 3 kg/người/năm' → measure, unit kg/người/năm. 'xếp thứ hai cả nước' continues the 'ước đạt' clause → estimate.",
    "Company passage (huyện Thuận Nam): location Thuận Nam (except the province count, see below). Year-less '9 tháng đầu năm', 'quý III' take 2024 (nearest earlier 'năm 2024').",
    "revised after the first run: '12 tỉnh, thành phố' location Thuận Nam → Việt Nam (spec: 'a count of provinces' is a national figure).",
    "'sản phẩm có mặt tại 12 tỉnh, thành phố' is a standing fact after ';': no period (the 9-month phrase governs the sales clause).",
    "'960 tấn, chiếm 40,9% tổng sản lượng 9 tháng' → percent 40,9; no part-of cue ('Riêng' is not one), so no total; period quý III.",
    "'78,5%, cao hơn 21 điểm phần trăm so với bình quân toàn tỉnh' → change 21 (increase); its sentence names no period.",
    "'Dự kiến năm 2025 ... khoảng 190 tấn' → forecast; after ';' 'phấn đấu đến năm 2025 ... trên 65%' → target, start null.",
]

if __name__ == "__main__":
    write("p1273-8", TEXT, NOTES, FIGS, published="2024-12-02", location="Ninh Thuận")
