"""p1273-1: province portal (Hà Tĩnh): household iodised-salt coverage 2024, urinary iodine, inspections."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH
Trang chủ > Tin tức - Sự kiện > Y tế

Hà Tĩnh: Tỷ lệ hộ dùng muối i-ốt đủ tiêu chuẩn đạt gần 70%

Cập nhật: 14/11/2024 09:35 | Lượt xem: 1.286

Kết quả giám sát năm 2024 của Trung tâm Kiểm soát bệnh tật (CDC) tỉnh cho thấy, tỷ lệ hộ gia đình sử dụng muối i-ốt đủ tiêu chuẩn phòng bệnh trên địa bàn tỉnh đạt 69,8%, tăng 4,6 điểm phần trăm so với năm 2023, nhưng vẫn thấp hơn mục tiêu 90% của Chiến lược quốc gia về dinh dưỡng giai đoạn 2021-2030.

Đợt giám sát được thực hiện tại 30 xã, phường thuộc 13 huyện, thị xã, thành phố với 1.800 mẫu muối hộ gia đình và 900 mẫu nước tiểu của trẻ em từ 8 đến 10 tuổi. Mức i-ốt niệu trung vị đạt 112 µg/L, nằm trong ngưỡng đủ i-ốt (100-199 µg/L). Tuy vậy, vẫn còn 18,5% số trẻ có mức i-ốt niệu thấp.

Tại thị xã Kỳ Anh, tỷ lệ hộ dùng muối i-ốt đủ tiêu chuẩn chỉ đạt 41,2%, thấp nhất toàn tỉnh; huyện Hương Khê đạt cao nhất với 86,3%.

9 tháng đầu năm 2024, ngành y tế phối hợp với Sở Công Thương kiểm tra 126 cơ sở kinh doanh muối và thực phẩm, phát hiện 9 cơ sở vi phạm về ghi nhãn muối i-ốt, xử phạt hơn 38 triệu đồng. Tỉnh đã bố trí khoảng 650 triệu đồng cho công tác truyền thông, giám sát năm nay, tăng gần 1,5 lần so với năm 2023.

Năm 2025, tỉnh phấn đấu nâng tỷ lệ hộ gia đình sử dụng muối i-ốt đủ tiêu chuẩn lên trên 75%, 100% trạm y tế xã có cán bộ chuyên trách theo dõi công tác phòng chống rối loạn thiếu i-ốt.

Tin liên quan:
- Hưởng ứng Ngày Vi chất dinh dưỡng 1-2/6 năm 2024
- Hà Tĩnh tập huấn giám sát rối loạn thiếu i-ốt cho cán bộ y tế tuyến xã

Cơ quan chủ quản: UBND tỉnh Hà Tĩnh
Địa chỉ: Số 01 đường Nguyễn Tất Thành, TP Hà Tĩnh | Điện thoại: 0239.3693.112
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
SUBJ = "tỷ lệ hộ dùng muối i-ốt đủ tiêu chuẩn"

FIGS = [
    fig("đạt gần 70%", "70", 70, "percent", "%", approx="nearly", subject=SUBJ),
    fig("đạt 69,8%", "69,8", 69.8, "percent", "%",
        change=chg("increase", 4.6, "điểm phần trăm", "năm 2023"), target=tgt(90, "%", False),
        subject="tỷ lệ hộ gia đình sử dụng muối i-ốt đủ tiêu chuẩn phòng bệnh", period=Y24),
    fig("tại 30 xã", "30", 30, "count", "xã, phường", subject="xã, phường được giám sát", period=inh(Y24)),
    fig("thuộc 13 huyện", "13", 13, "count", "huyện, thị xã, thành phố",
        subject="huyện, thị xã, thành phố được giám sát", period=inh(Y24)),
    fig("với 1.800 mẫu", "1.800", 1800, "count", "mẫu", subject="mẫu muối hộ gia đình được giám sát",
        period=inh(Y24)),
    fig("và 900 mẫu", "900", 900, "count", "mẫu", subject="mẫu nước tiểu của trẻ em được giám sát",
        period=inh(Y24)),
    fig("từ 8 đến 10 tuổi", "8", 8, "measure", "tuổi", value_max=10, optional=True),
    fig("đạt 112 µg/L", "112", 112, "measure", "µg/L", subject="mức i-ốt niệu trung vị", period=inh(Y24)),
    fig("(100-199 µg/L)", "100", 100, "measure", "µg/L", value_max=199, optional=True),
    fig("còn 18,5%", "18,5", 18.5, "percent", "%", subject="số trẻ có mức i-ốt niệu thấp", period=inh(Y24)),
    fig("chỉ đạt 41,2%", "41,2", 41.2, "percent", "%", subject=SUBJ, period=inh(Y24), location="Kỳ Anh"),
    fig("với 86,3%", "86,3", 86.3, "percent", "%", subject=SUBJ, period=inh(Y24), location="Hương Khê"),
    fig("kiểm tra 126 cơ sở", "126", 126, "count", "cơ sở",
        subject="cơ sở kinh doanh muối và thực phẩm được kiểm tra", period=NINE),
    fig("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở vi phạm về ghi nhãn muối i-ốt",
        period=NINE),
    fig("hơn 38 triệu", "38", 38e6, "money", "đồng", approx="over", subject="tiền xử phạt", period=NINE),
    fig("khoảng 650 triệu", "650", 650e6, "money", "đồng", approx="about",
        change=chg("increase", 1.5, "lần", "năm 2023", approx="nearly"),
        subject="kinh phí bố trí cho công tác truyền thông, giám sát", period=NOW),
    fig("lên trên 75%", "75", 75, "percent", "%", approx="over", status="target",
        subject="tỷ lệ hộ gia đình sử dụng muối i-ốt đủ tiêu chuẩn", period=Y25),
    fig("75%, 100%", "100", 100, "percent", "%", status="target",
        subject="trạm y tế xã có cán bộ chuyên trách theo dõi công tác phòng chống rối loạn thiếu i-ốt",
        period=Y25),
]

NOTES = [
    "Province portal (Hà Tĩnh): 'Cập nhật: 14/11/2024 09:35 | Lượt xem: 1.286', breadcrumb, related links, footer.",
    "Distractors: 09:35, Lượt xem 1.286, 'giai đoạn 2021-2030', 'Ngày Vi chất dinh dưỡng 1-2/6 năm 2024', 'Số 01 đường Nguyễn Tất Thành', phone.",
    "69,8%: change 4,6 điểm phần trăm (a level with its change); 'thấp hơn mục tiêu 90%' → target 90, met false.",
    "Survey details (30 xã, 13 huyện, mẫu, 112 µg/L, 18,5%) and the two district shares inherit 'năm 2024' (not scored).",
    "Optional: the age band 'từ 8 đến 10 tuổi' (defines the sampled group) and the WHO reference band '100-199 µg/L' (a threshold).",
    "Kỳ Anh / Hương Khê are list items: location, subject = the indicator. '9 cơ sở vi phạm' after 'kiểm tra 126 cơ sở': no cue, no total.",
    "'tăng gần 1,5 lần so với năm 2023' → change in lần, approx nearly. 'năm nay' → 2024 (published).",
    "'phấn đấu' governs both clauses of the last sentence (75% and 100%): target, period Năm 2025.",
]

if __name__ == "__main__":
    write("p1273-1", TEXT, NOTES, FIGS, published="2024-11-14", location="Hà Tĩnh")
