from lib import F, P, SY, I, CH, TG, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội
Khám răng miệng cho hơn 12 nghìn học sinh tiểu học
Thứ Ba, 14/11/2023 - 16:05

Từ ngày 16/10 đến 10/11/2023, Trung tâm Y tế huyện phối hợp với Phòng Giáo dục và Đào tạo tổ chức khám răng miệng cho học sinh của 34/35 trường tiểu học trên địa bàn huyện.

Qua khám, 12.486 em đã được kiểm tra, đạt 93,2% tổng số học sinh tiểu học. Có 7.615 em bị sâu răng, chiếm 61%, giảm 3,5 điểm phần trăm so với đợt khám tháng 10/2022; trong đó 5.904 em sâu răng sữa và 1.711 em sâu răng vĩnh viễn.

Trung tâm Y tế huyện đã trám bít hố rãnh miễn phí cho 1.260 răng của 420 học sinh lớp 2 tại xã Hải Đông, xã Hải Lý và thị trấn Thịnh Long; hướng dẫn chải răng đúng cách cho khoảng 3.000 học sinh. Chương trình súc miệng fluor hằng tuần được duy trì ở 100% trường tiểu học với hơn 12.000 em tham gia.

Kinh phí thực hiện khoảng 185 triệu đồng, trong đó ngân sách huyện hỗ trợ 120 triệu đồng, còn lại từ nguồn xã hội hóa. Mục tiêu đến năm 2025, tỷ lệ học sinh tiểu học bị sâu răng của huyện giảm xuống còn 55%.

Nguyễn Thu Hà - Trung tâm VH-TT&TT huyện
Địa chỉ: Khu 5, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định. Điện thoại: 0228.3877.215
"""

C = P("Từ ngày 16/10 đến 10/11/2023", "2023-10-16", "2023-11-10")
FIGS = [
    F("hơn 12 nghìn học sinh", "12", 12000, "count", "học sinh", "học sinh tiểu học được khám răng miệng", approx="over"),
    F("34/35 trường", "34", 34, "count", "trường", "trường tiểu học có học sinh được khám răng miệng", C, total=35),
    F("12.486 em", "12.486", 12486, "count", "em", "học sinh tiểu học được khám răng miệng", I(C), percent=93.2),
    F("Có 7.615 em", "7.615", 7615, "count", "em", "học sinh bị sâu răng", I(C), percent=61,
      change=CH("decrease", 3.5, "điểm phần trăm", "đợt khám tháng 10/2022")),
    F("5.904 em", "5.904", 5904, "count", "em", "học sinh sâu răng sữa", I(C), total=7615),
    F("1.711 em", "1.711", 1711, "count", "em", "học sinh sâu răng vĩnh viễn", I(C), total=7615),
    F("cho 1.260 răng", "1.260", 1260, "count", "răng", "răng được trám bít hố rãnh miễn phí", I(C)),
    F("của 420 học sinh", "420", 420, "count", "học sinh", "học sinh lớp 2 được trám bít hố rãnh", I(C)),
    F("khoảng 3.000 học sinh", "3.000", 3000, "count", "học sinh", "học sinh được hướng dẫn chải răng đúng cách", I(C), approx="about"),
    F("ở 100% trường", "100", 100, "percent", "%", "trường tiểu học duy trì chương trình súc miệng fluor hằng tuần"),
    F("hơn 12.000 em", "12.000", 12000, "count", "em", "học sinh tham gia súc miệng fluor", approx="over"),
    F("khoảng 185 triệu đồng", "185", 185e6, "money", "đồng", "kinh phí thực hiện", approx="about"),
    F("hỗ trợ 120 triệu đồng", "120", 120e6, "money", "đồng", "ngân sách huyện hỗ trợ", total=185e6),
    F("còn 55%", "55", 55, "percent", "%", "tỷ lệ học sinh tiểu học bị sâu răng", P("đến năm 2025", None, "2025-12-31"),
      status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Hải Hậu (Nam Định): đợt khám răng miệng học sinh tiểu học 16/10-10/11/2023.",
    "Location is the district Hải Hậu throughout (the communes Hải Đông, Hải Lý, Thịnh Long lie in it).",
    "7.615 em carries its share (chiếm 61%) and its change in điểm phần trăm; 5.904 and 1.711 follow trong đó (sum 7.615).",
    "Headline 'hơn 12 nghìn học sinh' is the examined pupils (12.486); 'hơn 12.000 em' is the fluor programme.",
    "Not figures: Khu 5, phone 0228.3877.215, lớp 2, tháng 10/2022 (baseline), dateline and time.",
    "The fluor programme and the budget carry no period (no phrase; the programme is ongoing).",
]

if __name__ == "__main__":
    write("p1077-2", TEXT, NOTES, FIGS, published="2023-11-14", location="Hải Hậu")
