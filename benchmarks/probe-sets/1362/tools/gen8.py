"""p1362-8: radio/TV site (THTV, Đài PT-TH Trà Vinh): illegal wells in quarter I/2024, drought-driven drilling, subsidence."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """THTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TRÀ VINH
Trang chủ » Thời sự » Trong tỉnh

Quý I/2024: Trà Vinh phát hiện 23 trường hợp khoan giếng trái phép

Thứ Tư, 03/04/2024 - 10:15
▶ Nghe đọc tin | Xem video (2:45)

Trong quý I/2024, Sở Tài nguyên và Môi trường phối hợp với các huyện kiểm tra 156 cơ sở khai thác nước dưới đất, phát hiện 23 trường hợp khoan giếng không phép, tăng 9 trường hợp so với cùng kỳ năm 2023. Các trường hợp vi phạm tập trung ở huyện Cầu Ngang (11 trường hợp) và huyện Trà Cú (8 trường hợp).

Do hạn mặn kéo dài, nhu cầu khai thác nước ngầm tăng mạnh. Từ đầu năm đến nay, trên địa bàn tỉnh có thêm khoảng 1.700 giếng khoan hộ gia đình, nâng tổng số giếng lên gần 40.000 giếng. Giếng khoan hộ gia đình thường sâu từ 100 đến 120 m, chi phí mỗi giếng 8-12 triệu đồng.

Kết quả quan trắc năm 2023 cho thấy mực nước tầng chứa nước Pliocen giữa tại Trà Vinh hạ thấp trung bình 0,52 m/năm; tốc độ lún tại TP Trà Vinh khoảng 1,8 cm/năm. Trà Vinh hiện đứng thứ 5 vùng Đồng bằng sông Cửu Long về tốc độ sụt lún.

Ông Thạch Sô Phanh, Phó Giám đốc Sở Tài nguyên và Môi trường cho biết, năm 2024 Sở phấn đấu hoàn thành khoanh định vùng hạn chế khai thác nước dưới đất với diện tích khoảng 245 km2 tại 4 huyện ven biển; dự kiến đến cuối năm 2024 trám lấp 600 giếng không sử dụng. Người dân phát hiện khoan giếng trái phép có thể phản ánh qua đường dây nóng 0294.3862.115.

Tin: Kim Hoàng - Hình: Trung Hiếu
"""

Q1H = per("Quý I/2024", "2024-01-01", "2024-03-31")
Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-04-03")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
E24 = per("đến cuối năm 2024", None, "2024-12-31")
VIOL = "trường hợp vi phạm"

FIGS = [
    fig("phát hiện 23 trường hợp khoan giếng trái phép", "23", 23, "count", "trường hợp",
        subject="trường hợp khoan giếng trái phép", period=Q1H),
    fig("kiểm tra 156 cơ sở", "156", 156, "count", "cơ sở",
        subject="cơ sở khai thác nước dưới đất được kiểm tra", period=Q1),
    fig("phát hiện 23 trường hợp khoan giếng không phép", "23", 23, "count", "trường hợp",
        change=chg("increase", 9, "trường hợp", "cùng kỳ năm 2023"),
        subject="trường hợp khoan giếng không phép", period=Q1),
    fig("Cầu Ngang (11 trường hợp)", "11", 11, "count", "trường hợp", subject=VIOL,
        period=inh(Q1), location="Cầu Ngang"),
    fig("Trà Cú (8 trường hợp)", "8", 8, "count", "trường hợp", subject=VIOL,
        period=inh(Q1), location="Trà Cú"),
    fig("khoảng 1.700 giếng", "1.700", 1700, "count", "giếng khoan", approx="about",
        subject="giếng khoan hộ gia đình có thêm", period=YTD),
    fig("gần 40.000 giếng", "40.000", 40000, "count", "giếng", approx="nearly",
        subject="tổng số giếng", period=YTD),
    fig("từ 100 đến 120 m", "100", 100, "measure", "m", value_max=120,
        subject="độ sâu giếng khoan hộ gia đình"),
    fig("giếng 8-12 triệu", "8", 8e6, "money", "đồng/giếng", value_max=12e6,
        subject="chi phí mỗi giếng"),
    fig("trung bình 0,52 m/năm", "0,52", 0.52, "measure", "m/năm",
        subject="mực nước tầng chứa nước Pliocen giữa hạ thấp", period=Y23),
    fig("khoảng 1,8 cm/năm", "1,8", 1.8, "measure", "cm/năm", approx="about",
        subject="tốc độ lún", period=Y23, location="TP Trà Vinh"),
    fig("đứng thứ 5", "5", 5, "rank", "hạng",
        subject="tốc độ sụt lún"),
    fig("khoảng 245 km2", "245", 245, "measure", "km2", approx="about", status="target",
        subject="diện tích vùng hạn chế khai thác nước dưới đất khoanh định", period=Y24),
    fig("tại 4 huyện", "4", 4, "count", "huyện", status="target",
        subject="huyện ven biển có vùng hạn chế khai thác", period=Y24),
    fig("trám lấp 600 giếng", "600", 600, "count", "giếng", status="forecast",
        subject="giếng không sử dụng trám lấp", period=E24),
]

NOTES = [
    "Radio/TV site (THTV Trà Vinh): breadcrumb, 'Thứ Tư, 03/04/2024 - 10:15', 'Nghe đọc tin | Xem video (2:45)', credits line.",
    "Distractors: 10:15, video length '2:45', hotline 0294.3862.115, 'Quý I/2024' as a headline period, baseline 'cùng kỳ năm 2023'.",
    "Headline '23 trường hợp khoan giếng trái phép' is its own figure (period Quý I/2024).",
    "'tăng 9 trường hợp so với cùng kỳ năm 2023' → change in 'trường hợp'.",
    "'tập trung ở huyện Cầu Ngang (11 ...) và huyện Trà Cú (8 ...)' does not add up to 23: no total; districts in location; period inherited.",
    "'nâng tổng số giếng lên gần 40.000' is not a part-whole cue for 1.700: no total; both take the sentence's 'Từ đầu năm đến nay'.",
    "Well depth and cost per well are standing facts: no period; 'chi phí mỗi giếng' → unit 'đồng/giếng'.",
    "'đứng thứ 5 vùng Đồng bằng sông Cửu Long' → rank 5 of Trà Vinh (location = the ranked province, as in the shared gold).",
    "'năm 2024 Sở phấn đấu ...' governs '245 km2' and '4 huyện' (target); 'dự kiến đến cuối năm 2024 ... 600 giếng' → forecast.",
]

if __name__ == "__main__":
    write("p1362-8", TEXT, NOTES, FIGS, published="2024-04-03", location="Trà Vinh")
