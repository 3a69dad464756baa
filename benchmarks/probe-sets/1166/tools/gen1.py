"""p1166-1: Thái Bình province portal, 9 months 2024: digitised pages of the provincial historical archives."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Cải cách hành chính

Thái Bình: Số hóa hơn 1,2 triệu trang tài liệu lưu trữ lịch sử

Cập nhật: 14/10/2024 08:30 | Lượt xem: 2.417

(thaibinh.gov.vn) - 9 tháng đầu năm 2024, Trung tâm Lưu trữ lịch sử tỉnh Thái Bình đã số hóa 1.236.540 trang tài liệu, đạt 82,4% kế hoạch năm, tăng 18,7% so với cùng kỳ năm 2023. Trong đó, phông UBND tỉnh 648.200 trang, phông Sở Tài nguyên và Môi trường 391.760 trang, các phông còn lại 196.580 trang. Riêng quý III, Trung tâm số hóa 486.200 trang, cao nhất từ trước đến nay.

Cùng với số hóa, Trung tâm đã chỉnh lý 420 mét giá tài liệu, lập 18.935 hồ sơ; thu thập vào Lưu trữ lịch sử 126 mét giá tài liệu của 14 cơ quan, tổ chức thuộc nguồn nộp lưu (9 sở, ngành và 5 huyện, thành phố). Hiện kho lưu trữ đang bảo quản 97 phông với khoảng 5.860 mét giá tài liệu, trong đó 312 mét giá là tài liệu thời kỳ trước năm 1975.

Từ đầu năm đến nay, phòng đọc đã đón 1.482 lượt độc giả, phục vụ 6.215 hồ sơ và cấp 2.730 bản sao, chứng thực lưu trữ. Bình quân mỗi ngày làm việc có từ 8 đến 10 lượt độc giả đến tra cứu, chủ yếu là hồ sơ đất đai, hồ sơ cán bộ.

Kinh phí số hóa năm 2024 được bố trí 5,8 tỷ đồng, đơn giá bình quân khoảng 2.100 đồng/trang (gồm scan, biên mục, nhập dữ liệu).

Năm 2025, tỉnh phấn đấu số hóa thêm 1,5 triệu trang, nâng tổng số trang đã số hóa lên trên 4 triệu trang; lần thứ 2 tổ chức triển lãm tài liệu lưu trữ "Thái Bình - 135 năm hình thành và phát triển".
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q3 = per("Riêng quý III", "2024-07-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
PAGES = "trang tài liệu lưu trữ lịch sử số hóa"

FIGS = [
    fig("hơn 1,2 triệu trang", "1,2", 1200000, "count", "trang", approx="over",
        subject=PAGES),
    fig("số hóa 1.236.540 trang", "1.236.540", 1236540, "count", "trang", percent=82.4,
        change=chg("increase", 18.7, "%", "cùng kỳ năm 2023"), subject="trang tài liệu số hóa", period=NINE),
    fig("UBND tỉnh 648.200 trang", "648.200", 648200, "count", "trang", total=1236540,
        subject="trang tài liệu số hóa phông UBND tỉnh", period=inh(NINE)),
    fig("Môi trường 391.760 trang", "391.760", 391760, "count", "trang", total=1236540,
        subject="trang tài liệu số hóa phông Sở Tài nguyên và Môi trường", period=inh(NINE)),
    fig("còn lại 196.580 trang", "196.580", 196580, "count", "trang", total=1236540,
        subject="trang tài liệu số hóa các phông còn lại", period=inh(NINE)),
    fig("số hóa 486.200 trang", "486.200", 486200, "count", "trang",
        subject="trang tài liệu số hóa", period=Q3),
    fig("chỉnh lý 420 mét giá", "420", 420, "measure", "mét giá",
        subject="tài liệu chỉnh lý", period=inh(NINE)),
    fig("lập 18.935 hồ sơ", "18.935", 18935, "count", "hồ sơ",
        subject="hồ sơ lập khi chỉnh lý", period=inh(NINE)),
    fig("Lưu trữ lịch sử 126 mét giá", "126", 126, "measure", "mét giá",
        subject="tài liệu thu thập vào Lưu trữ lịch sử", period=inh(NINE)),
    fig("của 14 cơ quan", "14", 14, "count", "cơ quan, tổ chức",
        subject="cơ quan, tổ chức thuộc nguồn nộp lưu nộp tài liệu", period=inh(NINE)),
    fig("(9 sở", "9", 9, "count", "sở, ngành", total=14,
        subject="sở, ngành nộp tài liệu vào Lưu trữ lịch sử", period=inh(NINE)),
    fig("5 huyện", "5", 5, "count", "huyện, thành phố", total=14,
        subject="huyện, thành phố nộp tài liệu vào Lưu trữ lịch sử", period=inh(NINE)),
    fig("bảo quản 97 phông", "97", 97, "count", "phông",
        subject="phông lưu trữ đang bảo quản"),
    fig("khoảng 5.860 mét giá", "5.860", 5860, "measure", "mét giá", approx="about",
        subject="tài liệu đang bảo quản"),
    fig("312 mét giá", "312", 312, "measure", "mét giá", total=5860,
        subject="tài liệu thời kỳ trước năm 1975"),
    fig("đón 1.482 lượt", "1.482", 1482, "count", "lượt độc giả",
        subject="lượt độc giả phòng đọc đón", period=YTD),
    fig("phục vụ 6.215 hồ sơ", "6.215", 6215, "count", "hồ sơ",
        subject="hồ sơ phục vụ độc giả", period=YTD),
    fig("cấp 2.730 bản sao", "2.730", 2730, "count", "bản sao",
        subject="bản sao, chứng thực lưu trữ cấp", period=YTD),
    fig("từ 8 đến 10 lượt", "8", 8, "measure", "lượt độc giả/ngày", value_max=10,
        subject="lượt độc giả đến tra cứu bình quân mỗi ngày làm việc", period=inh(YTD)),
    fig("bố trí 5,8 tỷ đồng", "5,8", 5800000000, "money", "đồng",
        subject="kinh phí số hóa", period=Y24),
    fig("khoảng 2.100 đồng/trang", "2.100", 2100, "money", "đồng/trang", approx="about",
        subject="đơn giá số hóa bình quân", period=Y24),
    fig("thêm 1,5 triệu trang", "1,5", 1500000, "count", "trang", status="target",
        subject="trang tài liệu số hóa thêm", period=Y25),
    fig("trên 4 triệu trang", "4", 4000000, "count", "trang", approx="over", status="target",
        subject="tổng số trang đã số hóa", period=Y25),
]

NOTES = [
    "Province portal (Thái Bình): breadcrumb, 'Cập nhật: 14/10/2024 08:30 | Lượt xem: 2.417', '(thaibinh.gov.vn) -' tag.",
    "Distractors: time 08:30, view counter 2.417, 'trước năm 1975' (names a class of records), 'lần thứ 2' (ordinal),",
    "'135 năm hình thành và phát triển' (title of an exhibition, a name), '9 tháng đầu năm 2024', 'quý III', 'Từ đầu năm đến nay'.",
    "Parts after 'Trong đó' (648.200 + 391.760 + 196.580 = 1.236.540) take the whole across the sentence break; 'Riêng quý III' is a",
    "different period (no total). 'trong đó 312 mét giá' is a part of 'khoảng 5.860 mét giá'. 'Từ đầu năm đến nay' ends at the dateline.",
    "Bracketed breakdown '(9 sở, ngành và 5 huyện, thành phố)' adds up to the 14 cơ quan, tổ chức before it: total 14.",
    "Headline figure and 'Hiện' stock figures get no period. Per-day average 'từ 8 đến 10 lượt độc giả' is a rate (measure, unit per day).",
]

if __name__ == "__main__":
    write("p1166-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Thái Bình")
