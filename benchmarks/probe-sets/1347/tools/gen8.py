"""p1347-8: radio/TV site (THVL, Vĩnh Long): cá chạch bùn 6 months 2025, Tam Bình cooperative group."""
from lib import F, P, INH, CHG, TGT, write

TEXT = """THVL - Đài Phát thanh và Truyền hình Vĩnh Long
Thời sự | Kinh tế | Nông nghiệp | Video

Vĩnh Long: 6 tháng thu hoạch gần 430 tấn cá chạch bùn

26/06/2025 - 16:05

(THVL) 6 tháng đầu năm 2025, nông dân tỉnh Vĩnh Long thả nuôi cá chạch bùn trên diện tích 74 ha, sản lượng thu hoạch ước đạt 428 tấn, tăng 11,2% so với cùng kỳ năm 2024. Vĩnh Long hiện đứng thứ ba khu vực Đồng bằng sông Cửu Long về sản lượng cá chạch nuôi.

Huyện Tam Bình là địa phương nuôi nhiều nhất với 31 ha, chiếm gần 42% diện tích toàn tỉnh; kế đến là huyện Trà Ôn 18 ha và huyện Vũng Liêm 12 ha.

Tại xã Ngãi Tứ (huyện Tam Bình), Tổ hợp tác nuôi cá chạch Ngãi Tứ có khoảng ba chục hộ tham gia, mỗi hộ nuôi từ 2.000 đến 5.000 m2 mương vườn. Ông Lâm Văn Tám, Tổ trưởng, cho biết mỗi 1.000 m2 ao thả khoảng 150.000 con giống, sau 4 tháng thu khoảng 1,8 tấn cá; với giá bán hiện nay 115.000 đồng/kg, người nuôi lãi từ 80 đến 100 triệu đồng mỗi vụ.

Theo Sở Nông nghiệp và Môi trường, năm nay tỉnh phấn đấu đạt 150 ha diện tích nuôi cá chạch, sản lượng trên 900 tấn. Dự kiến trong quý III, Sở phối hợp Trường Đại học Cần Thơ chuyển giao quy trình sản xuất giống cho 2 cơ sở.

Video liên quan:
- Bản tin Nông nghiệp xanh số 25 phát sóng lúc 18:30 trên kênh THVL1
- Hướng dẫn phòng bệnh cho cá nuôi mùa mưa

Địa chỉ: Số 50 đường Phạm Thái Bường, Phường 4, TP Vĩnh Long
"""

H6 = P("6 tháng", "2025-01-01", "2025-06-30")
H6f = P("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")
NN = P("năm nay", "2025-01-01", "2025-12-31")
Q3 = P("quý III", "2025-07-01", "2025-09-30")
TB = "Tam Bình"
AREA = "diện tích nuôi cá chạch bùn"

FIGS = [
    F("thu hoạch gần 430 tấn", "430", 430, "measure", "tấn", approx="nearly",
      subject="cá chạch bùn thu hoạch", period=H6),
    F("diện tích 74 ha", "74", 74, "measure", "ha", subject="diện tích thả nuôi cá chạch bùn", period=H6f),
    F("ước đạt 428 tấn", "428", 428, "measure", "tấn", status="estimate",
      change=CHG("increase", 11.2, "%", "cùng kỳ năm 2024"), subject="sản lượng thu hoạch", period=H6f),
    F("đứng thứ ba", "ba", 3, "rank", "hạng",
      subject="sản lượng cá chạch nuôi", location="Vĩnh Long"),
    F("với 31 ha", "31", 31, "measure", "ha", percent=42, subject=AREA, period=INH(H6f), location=TB),
    F("Trà Ôn 18 ha", "18", 18, "measure", "ha", subject=AREA, period=INH(H6f), location="Trà Ôn"),
    F("Vũng Liêm 12 ha", "12", 12, "measure", "ha", subject=AREA, period=INH(H6f), location="Vũng Liêm"),
    F("khoảng ba chục hộ", "ba", 30, "count", "hộ", approx="about", subject="hộ tham gia Tổ hợp tác nuôi cá chạch Ngãi Tứ",
      location=TB),
    F("từ 2.000 đến 5.000", "2.000", 2000, "measure", "m2", value_max=5000, subject="mương vườn mỗi hộ nuôi",
      location=TB),
    F("khoảng 150.000 con", "150.000", 150000, "count", "con giống/1.000 m2", approx="about",
      subject="con giống thả mỗi 1.000 m2 ao", location=TB),
    F("sau 4 tháng", "4", 4, "measure", "tháng", subject="thời gian nuôi", location=TB, optional=True),
    F("khoảng 1,8 tấn", "1,8", 1.8, "measure", "tấn", approx="about", subject="cá thu hoạch mỗi 1.000 m2 ao",
      location=TB),
    F("hiện nay 115.000", "115.000", 115000, "money", "đồng/kg", subject="giá bán cá chạch", location=TB),
    F("từ 80 đến 100 triệu", "80", 80e6, "money", "đồng/vụ", value_max=100e6, subject="lãi của người nuôi mỗi vụ",
      location=TB),
    F("đạt 150 ha", "150", 150, "measure", "ha", status="target", subject="diện tích nuôi cá chạch", period=NN),
    F("trên 900 tấn", "900", 900, "measure", "tấn", approx="over", status="target", subject="sản lượng cá chạch",
      period=NN),
    F("cho 2 cơ sở", "2", 2, "count", "cơ sở", status="forecast",
      subject="cơ sở được chuyển giao quy trình sản xuất giống", period=Q3),
]

NOTES = [
    "Radio/TV site (THVL, Vĩnh Long): menu, headline figure, '26/06/2025 - 16:05', tag '(THVL)', related videos, address.",
    "Distractors: 16:05, 'THVL1', 'số 25', 18:30, 'Số 50', 'Phường 4', 'Lâm Văn Tám' (a name, not 8), and the rate",
    "denominator 'mỗi 1.000 m2' (not a figure).",
    "'đứng thứ ba khu vực ĐBSCL' → rank 3 of Vĩnh Long, no period ('hiện'). 'chiếm gần 42% diện tích toàn tỉnh' → percent",
    "attribute of 31 ha (the approx 'gần' belongs to the share, not to 31). List 'kế đến là huyện Trà Ôn 18 ha ...' → same indicator,",
    "district as location. 'khoảng ba chục hộ' = 30, about. The Ngãi Tứ passage is located in Tam Bình.",
    "'năm nay' → 2025 (published); 'phấn đấu' governs both clauses. Year-less 'quý III' → 2025; 'Dự kiến' → forecast.",
    "'sau 4 tháng' locates the harvest: optional.",
]

if __name__ == "__main__":
    write("p1347-8", TEXT, NOTES, FIGS, published="2025-06-26", location="Vĩnh Long")
