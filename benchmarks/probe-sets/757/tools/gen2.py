"""p757-2: Hà Đông district portal, low-altitude fireworks on New Year's Eve (Tết Giáp Thìn 2024)."""
from lib import fig, chg, per, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HÀ ĐÔNG
Tin tức - Sự kiện | Văn hóa - Xã hội
Thứ Tư, 07/02/2024 - 16:20

Quận Hà Đông sẵn sàng cho màn pháo hoa tầm thấp 15 phút đêm Giao thừa

Theo kế hoạch của UBND thành phố Hà Nội, đêm Giao thừa Tết Giáp Thìn, Thủ đô tổ chức bắn pháo hoa tại 30 điểm, gồm 1 điểm tầm cao và 29 điểm tầm thấp. Tại quận Hà Đông, điểm bắn pháo hoa tầm thấp được bố trí tại khu vực hồ Văn Quán (số 2 đường Phùng Hưng), thời lượng 15 phút, với 1.260 quả pháo hoa các loại.

Kinh phí tổ chức được thực hiện 100% bằng nguồn xã hội hóa. Tính đến ngày 6/2/2024, quận đã tiếp nhận 1,35 tỷ đồng do 4 doanh nghiệp trên địa bàn tài trợ, tăng 12,5% so với Tết Quý Mão; trong đó Công ty CP Đầu tư Hà Đông 68 ủng hộ 500 triệu đồng.

Để bảo đảm an toàn, quận thành lập Ban Chỉ đạo và huy động 320 người tham gia phục vụ, gồm 150 cán bộ, chiến sĩ công an, 90 dân quân tự vệ và 80 đoàn viên thanh niên. Khu vực bắn được rào chắn, thiết lập vùng cấm bán kính 100 m; lực lượng phòng cháy, chữa cháy bố trí hai xe chữa cháy và một xe cứu thương trực suốt thời gian bắn.

Quận bố trí 6 điểm trông giữ xe miễn phí với sức chứa khoảng 3.000 xe máy; phân luồng giao thông trên các tuyến Quang Trung, Trần Phú và Quốc lộ 6 từ 22h30 ngày 9/2 đến 1h ngày 10/2/2024.

Dự kiến khoảng 25.000 lượt người dân đến xem pháo hoa tại hồ Văn Quán. Mọi thông tin phản ánh về an ninh trật tự, người dân liên hệ Công an quận qua số 024.3382.4213.

Thu Hà (Trung tâm Văn hóa - Thông tin và Thể thao quận)
"""

NOTES = [
    "p757-2: Hà Đông district portal (Hà Nội), dateline 'Thứ Tư, 07/02/2024 - 16:20', byline at the end.",
    "Distractors: số 2 đường Phùng Hưng, Công ty CP Đầu tư Hà Đông 68, Quốc lộ 6, 22h30 / 1h, ngày 9/2, 10/2/2024, 024.3382.4213.",
    "City-wide points are Hà Nội's; the district's own figures are Hà Đông's. Number words hai/một are figures.",
    "'tăng 12,5% so với Tết Quý Mão' belongs to the money 1,35 tỷ across the clause '4 doanh nghiệp ... tài trợ'.",
    "The 'gồm' breakdown 150 + 90 + 80 = 320 gives total 320; 'trong đó ... 500 triệu' gives total 1,35 tỷ.",
    "'Tính đến ngày 6/2/2024' is an as-of period for every figure of that sentence (incl. the trong đó clause after ';').",
]
HN = "Hà Nội"
ASOF = per("Tính đến ngày 6/2/2024", end="2024-02-06")
FIGS = [
    fig("tầm thấp 15 phút đêm", "15", 15, "measure", "phút", "thời lượng màn pháo hoa tầm thấp"),
    fig("tại 30 điểm", "30", 30, "count", "điểm", "điểm bắn pháo hoa đêm Giao thừa", status="target", location=HN),
    fig("gồm 1 điểm tầm cao", "1", 1, "count", "điểm", "điểm bắn tầm cao", total=30, status="target", location=HN),
    fig("và 29 điểm tầm thấp", "29", 29, "count", "điểm", "điểm bắn tầm thấp", total=30, status="target", location=HN),
    fig("thời lượng 15 phút", "15", 15, "measure", "phút", "thời lượng bắn pháo hoa tầm thấp tại hồ Văn Quán"),
    fig("với 1.260 quả", "1.260", 1260, "count", "quả", "quả pháo hoa các loại"),
    fig("thực hiện 100%", "100", 100, "percent", "%", "kinh phí tổ chức thực hiện bằng nguồn xã hội hóa"),
    fig("tiếp nhận 1,35 tỷ đồng", "1,35", 1.35e9, "money", "đồng", "kinh phí doanh nghiệp tài trợ quận đã tiếp nhận",
        change=chg("increase", 12.5, baseline="Tết Quý Mão"), period=ASOF),
    fig("do 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp trên địa bàn tài trợ", period=ASOF),
    fig("ủng hộ 500 triệu đồng", "500", 500e6, "money", "đồng", "Công ty CP Đầu tư Hà Đông 68 ủng hộ",
        total=1.35e9, period=ASOF),
    fig("huy động 320 người", "320", 320, "count", "người", "người tham gia phục vụ"),
    fig("gồm 150 cán bộ", "150", 150, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ công an", total=320),
    fig("90 dân quân", "90", 90, "count", "dân quân tự vệ", "dân quân tự vệ", total=320),
    fig("80 đoàn viên", "80", 80, "count", "đoàn viên thanh niên", "đoàn viên thanh niên", total=320),
    fig("bán kính 100 m", "100", 100, "measure", "m", "bán kính vùng cấm khu vực bắn"),
    fig("bố trí hai xe chữa cháy", "hai", 2, "count", "xe chữa cháy", "xe chữa cháy trực suốt thời gian bắn"),
    fig("một xe cứu thương", "một", 1, "count", "xe cứu thương", "xe cứu thương trực suốt thời gian bắn"),
    fig("bố trí 6 điểm", "6", 6, "count", "điểm trông giữ xe", "điểm trông giữ xe miễn phí"),
    fig("khoảng 3.000 xe máy", "3.000", 3000, "count", "xe máy", "sức chứa các điểm trông giữ xe", approx="about"),
    fig("khoảng 25.000 lượt", "25.000", 25000, "count", "lượt", "lượt người dân đến xem pháo hoa tại hồ Văn Quán",
        approx="about", status="forecast"),
]

if __name__ == "__main__":
    write("p757-2", TEXT, NOTES, FIGS, published="2024-02-07", location="Hà Đông")
