"""p1413-2: district portal (huyện Cai Lậy, Tiền Giang): light traps, sowing to escape planthoppers, training."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAI LẬY - TỈNH TIỀN GIANG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Cai Lậy: Theo dõi bẫy đèn, xuống giống né rầy vụ Thu Đông 2024

Ngày đăng: 05/09/2024

Trạm Trồng trọt và Bảo vệ thực vật huyện Cai Lậy đang duy trì 16 bẫy đèn, gồm 4 bẫy cố định và 12 bẫy lưu động, để theo dõi rầy nâu di trú. Từ ngày 20/8 đến 31/8/2024, rầy nâu vào đèn với số lượng trung bình 8.000-12.000 con/bẫy/đêm; riêng bẫy đèn xã Mỹ Thành Nam ghi nhận hơn 30.000 con/bẫy/đêm vào đêm 27/8.

Căn cứ diễn biến rầy vào đèn, huyện khuyến cáo nông dân xuống giống vụ Thu Đông 2024 tập trung, né rầy theo ba đợt: đợt 1 từ ngày 6 đến 10/9, đợt 2 từ ngày 16 đến 20/9 và đợt 3 từ ngày 26 đến 30/9/2024. Diện tích dự kiến xuống giống toàn huyện khoảng 9.500 ha, trong đó khoảng 3.200 ha sử dụng giống OM 5451 và OM 18.

Vụ Hè Thu 2024 vừa qua, diện tích lúa nhiễm rầy nâu của huyện là 412 ha, giảm 58% so với vụ Hè Thu 2023; không có diện tích bị cháy rầy.

Từ đầu năm đến nay, Trạm đã tổ chức 24 lớp tập huấn, vượt 4 lớp so với kế hoạch, cho hơn 1.100 lượt nông dân về quản lý rầy nâu theo chương trình "3 giảm 3 tăng" và "1 phải 5 giảm". Kinh phí thắp sáng và thay bóng đèn cho hệ thống bẫy đèn năm 2024 là 86 triệu đồng, do ngân sách huyện bảo đảm.

Ông Trương Văn Hai, Trưởng Trạm, cho biết: "Năm nay, huyện phấn đấu đưa tỷ lệ nông dân xuống giống né rầy đạt trên 90%."

Tin khác:
- Cai Lậy ra quân diệt chuột bảo vệ lúa
- Huyện Cai Lậy tổng kết mô hình cánh đồng lớn năm 2023

Địa chỉ: Số 2, đường 30/4, thị trấn Bình Phú, huyện Cai Lậy, tỉnh Tiền Giang
Điện thoại: 0273.3826.115
"""

AUG = per("Từ ngày 20/8 đến 31/8/2024", "2024-08-20", "2024-08-31")
NIGHT = per("đêm 27/8", "2024-08-27", "2024-08-27")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-09-05")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("duy trì 16 bẫy đèn", "16", 16, "count", "bẫy đèn",
        subject="bẫy đèn Trạm Trồng trọt và Bảo vệ thực vật duy trì"),
    fig("gồm 4 bẫy cố định", "4", 4, "count", "bẫy", total=16,
        subject="bẫy cố định"),
    fig("và 12 bẫy lưu động", "12", 12, "count", "bẫy", total=16,
        subject="bẫy lưu động"),
    fig("trung bình 8.000-12.000", "8.000", 8000, "measure", "con/bẫy/đêm", value_max=12000,
        subject="số lượng rầy nâu vào đèn trung bình", period=AUG),
    fig("hơn 30.000 con/bẫy/đêm", "30.000", 30000, "measure", "con/bẫy/đêm", approx="over",
        subject="rầy nâu vào đèn tại bẫy đèn xã Mỹ Thành Nam", period=NIGHT),
    fig("theo ba đợt", "ba", 3, "count", "đợt",
        subject="đợt xuống giống né rầy vụ Thu Đông"),
    fig("khoảng 9.500 ha", "9.500", 9500, "measure", "ha", approx="about", status="forecast",
        subject="diện tích dự kiến xuống giống toàn huyện"),
    fig("khoảng 3.200 ha", "3.200", 3200, "measure", "ha", approx="about", status="forecast", total=9500,
        subject="diện tích sử dụng giống OM 5451 và OM 18"),
    fig("là 412 ha", "412", 412, "measure", "ha",
        change=chg("decrease", 58, "%", "vụ Hè Thu 2023"),
        subject="diện tích lúa nhiễm rầy nâu của huyện"),
    fig("tổ chức 24 lớp", "24", 24, "count", "lớp",
        change=chg("increase", 4, "lớp", "kế hoạch"),
        subject="lớp tập huấn về quản lý rầy nâu", period=YTD),
    fig("hơn 1.100 lượt", "1.100", 1100, "count", "lượt nông dân", approx="over",
        subject="lượt nông dân được tập huấn", period=YTD),
    fig("là 86 triệu", "86", 86e6, "money", "đồng",
        subject="kinh phí thắp sáng và thay bóng đèn cho hệ thống bẫy đèn", period=Y24),
    fig("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
        subject="tỷ lệ nông dân xuống giống né rầy", period=NOW),
]

NOTES = [
    "District portal (huyện Cai Lậy, Tiền Giang): banner, menu, 'Ngày đăng: 05/09/2024', 'Tin khác', address and phone footer.",
    "Distractors: 'đợt 1/2/3' (ordinals), sowing windows 'từ ngày 6 đến 10/9', '16 đến 20/9', '26 đến 30/9/2024' (dates, not ranges),",
    "'OM 5451', 'OM 18' (varieties), '\"3 giảm 3 tăng\"', '\"1 phải 5 giảm\"' (programme names), 'Ông Trương Văn Hai' (name),",
    "'Số 2, đường 30/4' (address), phone 0273.3826.115, 'năm 2023' in a link, 'vụ Thu Đông 2024', 'Hè Thu 2023' (seasons).",
    "'gồm 4 ... và 12 ...' are parts of 16 bẫy đèn. 'trong đó khoảng 3.200 ha' is part of 9.500 ha and takes its forecast status.",
    "'hơn 30.000 ... vào đêm 27/8' takes the night as its period (a single day), not the 20/8-31/8 span of the clause before ';'. Borderline.",
    "'vượt 4 lớp so với kế hoạch' is a change with baseline 'kế hoạch' (spec: a gap to a plan). 'giảm 58% so với vụ Hè Thu 2023' a change.",
    "'Từ đầu năm đến nay' ends on the dateline 2024-09-05. 'Năm nay' in the quote → 2024; 'phấn đấu' → target.",
    "'không có diện tích bị cháy rầy' states zero in words: no number, not annotated.",
]

if __name__ == "__main__":
    write("p1413-2", TEXT, NOTES, FIGS, published="2024-09-05", location="Cai Lậy")
