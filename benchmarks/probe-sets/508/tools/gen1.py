"""p508-1: Đồng Tháp province portal — dengue (sốt xuất huyết) 9 months 2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Cổng Thông tin điện tử tỉnh Đồng Tháp
Trang chủ > Tin tức - Sự kiện > Y tế - Sức khỏe
Đồng Tháp: Số ca mắc sốt xuất huyết 9 tháng giảm 38,6%
Cập nhật: 08/10/2024 15:20
Lượt xem: 1.874

(ĐTO) - Theo Sở Y tế, 9 tháng năm 2024, toàn tỉnh ghi nhận 2.146 ca mắc sốt xuất huyết (SXH), giảm 38,6% so với cùng kỳ năm 2023; có 1 trường hợp tử vong (cùng kỳ có 3 trường hợp). Tỷ lệ mắc là 134,5 ca/100.000 dân. Trẻ em dưới 15 tuổi chiếm 61,2% tổng số ca mắc.

Các địa phương có số ca mắc cao là TP. Cao Lãnh (412 ca), huyện Tháp Mười (305 ca), huyện Lấp Vò (268 ca) và TP. Sa Đéc (221 ca). Toàn tỉnh đã phát hiện và xử lý 57 ổ dịch, trong đó 49 ổ dịch đã được khống chế, kết thúc.

Ngành y tế phối hợp với các địa phương tổ chức 3 đợt chiến dịch diệt lăng quăng, vận động hơn 312.000 hộ gia đình tham gia, đạt 92,7% tổng số hộ; phun hóa chất diệt muỗi chủ động cho khoảng 45.600 hộ. Tổng kinh phí phòng, chống SXH từ đầu năm đến nay là 4,85 tỷ đồng, trong đó ngân sách tỉnh 3,2 tỷ đồng.

Theo ông Nguyễn Văn Hòa, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh, mùa mưa kéo dài đến tháng 11 nên số ca mắc dự báo có thể tăng từ 10 đến 15% trong quý IV/2024. Sở Y tế đề nghị người dân hưởng ứng "Mỗi tuần 15 phút diệt lăng quăng" và thông báo ca bệnh qua đường dây nóng 0277.3851.234.

Địa chỉ: Số 12, đường 30/4, Phường 1, TP. Cao Lãnh.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
SXH = "số ca mắc sốt xuất huyết"

FIGS = [
    F("sốt xuất huyết 9 tháng giảm 38,6%", "38,6", 38.6, "percent", "%", SXH,
      P("9 tháng", "2024-01-01", "2024-09-30")),
    F("ghi nhận 2.146 ca", "2.146", 2146, "count", "ca", "ca mắc sốt xuất huyết (SXH)", N9,
      change=CH("decrease", 38.6, "%", "cùng kỳ năm 2023")),
    F("có 1 trường hợp tử vong", "1", 1, "count", "trường hợp", "trường hợp tử vong do sốt xuất huyết", N9),
    F("cùng kỳ có 3 trường hợp", "3", 3, "count", "trường hợp", "trường hợp tử vong do sốt xuất huyết cùng kỳ"),
    F("là 134,5 ca/100.000", "134,5", 134.5, "measure", "ca/100.000 dân", "tỷ lệ mắc sốt xuất huyết", INH(N9)),
    F("dưới 15 tuổi chiếm", "15", 15, "measure", "tuổi", approx="under", optional=True),
    F("chiếm 61,2%", "61,2", 61.2, "percent", "%", "trẻ em dưới 15 tuổi trong tổng số ca mắc", INH(N9)),
    F("Cao Lãnh (412 ca)", "412", 412, "count", "ca", SXH, INH(N9), location="Cao Lãnh"),
    F("Tháp Mười (305 ca)", "305", 305, "count", "ca", SXH, INH(N9), location="Tháp Mười"),
    F("Lấp Vò (268 ca)", "268", 268, "count", "ca", SXH, INH(N9), location="Lấp Vò"),
    F("Sa Đéc (221 ca)", "221", 221, "count", "ca", SXH, INH(N9), location="Sa Đéc"),
    F("xử lý 57 ổ dịch", "57", 57, "count", "ổ dịch", "ổ dịch sốt xuất huyết phát hiện và xử lý", INH(N9)),
    F("trong đó 49 ổ dịch", "49", 49, "count", "ổ dịch", "ổ dịch đã được khống chế, kết thúc", INH(N9), total=57),
    F("tổ chức 3 đợt", "3", 3, "count", "đợt", "đợt chiến dịch diệt lăng quăng", INH(N9)),
    F("hơn 312.000 hộ", "312.000", 312000, "count", "hộ gia đình", "hộ gia đình tham gia diệt lăng quăng", INH(N9),
      approx="over", percent=92.7),
    F("khoảng 45.600 hộ", "45.600", 45600, "count", "hộ", "hộ được phun hóa chất diệt muỗi chủ động", INH(N9),
      approx="about"),
    F("là 4,85 tỷ đồng", "4,85", 4850000000, "money", "đồng", "tổng kinh phí phòng, chống SXH",
      P("từ đầu năm đến nay", "2024-01-01", "2024-10-08")),
    F("ngân sách tỉnh 3,2 tỷ đồng", "3,2", 3200000000, "money", "đồng", "kinh phí phòng, chống SXH từ ngân sách tỉnh",
      P("từ đầu năm đến nay", "2024-01-01", "2024-10-08"), total=4850000000),
    F("từ 10 đến 15%", "10", 10, "percent", "%", "số ca mắc sốt xuất huyết tăng",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), value_max=15, status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Đồng Tháp: sốt xuất huyết 9 tháng năm 2024 (province portal: breadcrumb, Cập nhật, Lượt xem).",
    "Headline 'giảm 38,6%' is a rate standing as the claim (percent figure); in the lead the same 38,6% is the change of 2.146 ca.",
    "'(cùng kỳ có 3 trường hợp)' is a bracketed figure of its own (no period: cùng kỳ is text only).",
    "District list after 'Các địa phương ... là' has no whole figure before it: no total; districts/cities are locations.",
    "Not figures: Lượt xem 1.874, slogan 'Mỗi tuần 15 phút', phone 0277.3851.234, 'đường 30/4', 'Phường 1', 'tháng 11' (date).",
    "'dưới 15 tuổi' is an age qualifier: optional (as in shared h24/h11).",
]

if __name__ == "__main__":
    emit("p508-1", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Đồng Tháp")
