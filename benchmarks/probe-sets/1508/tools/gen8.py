"""p1508-8: radio/TV site (Đài PT-TH Vĩnh Long): pupils in huyện Long Hồ trade scrap for bins."""
from lib import F, P, I, C, T, write

TEXT = """THVL - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH VĨNH LONG
Thời sự | Xã hội | Môi trường | Video

Học sinh Long Hồ đổi ve chai lấy thùng rác phân loại

Cập nhật lúc 17:20, 24/03/2025

(THVL) - Sau hơn ba tháng phát động, chương trình "Ve chai đổi thùng rác" do Huyện đoàn Long Hồ phối hợp với Phòng Giáo dục và Đào tạo huyện tổ chức đã thu gom được gần 12,5 tấn phế liệu từ 28 trường học, với hơn 9.600 đoàn viên, học sinh tham gia.

Từ số phế liệu trên, ban tổ chức đã đổi được 1.150 thùng rác nhựa có nắp cho các trường và 640 bộ thùng rác phân loại cho hộ gia đình học sinh có hoàn cảnh khó khăn. Mỗi học sinh góp từ 3 đến 5 kg ve chai, chai nhựa, giấy vụn; lớp góp nhiều nhất ở mỗi trường được tặng thêm ít nhất một thùng rác.

Theo bà Nguyễn Thị Bích Ngọc, Bí thư Huyện đoàn, giá thu mua phế liệu hiện dao động 3.000-4.500 đồng/kg đối với giấy và khoảng 7.000 đồng/kg đối với chai nhựa PET. Tổng giá trị phế liệu quy đổi đạt khoảng 68 triệu đồng.

Hiện huyện Long Hồ có 18.200 hộ thực hiện phân loại rác tại nguồn, chiếm 54% tổng số hộ, tăng 1.900 hộ so với cuối năm 2024, xếp thứ 2 toàn tỉnh sau TP Vĩnh Long. Năm 2025, huyện phấn đấu nâng tỷ lệ này lên 60-65%; dự kiến trong quý II sẽ mở rộng chương trình ra thêm hai chục trường học.

Chương trình sẽ tổng kết vào ngày 26/3, nhân kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2025).

Thanh Trúc - Minh Khang
Lượt xem: 946

Tin liên quan:
- Vĩnh Long ra quân Chiến dịch Thanh niên tình nguyện hè 2025
"""

Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
Q2 = P("trong quý II", "2025-04-01", "2025-06-30")

FIGS = [
    F("gần 12,5 tấn", "12,5", 12.5, "measure", "tấn", approx="nearly",
      subject="phế liệu chương trình \"Ve chai đổi thùng rác\" thu gom được"),
    F("từ 28 trường", "28", 28, "count", "trường học", subject="trường học tham gia thu gom phế liệu"),
    F("hơn 9.600 đoàn viên", "9.600", 9600, "count", "đoàn viên, học sinh", approx="over",
      subject="đoàn viên, học sinh tham gia chương trình"),
    F("được 1.150 thùng", "1.150", 1150, "count", "thùng rác", subject="thùng rác nhựa có nắp đổi được cho các trường"),
    F("và 640 bộ", "640", 640, "count", "bộ", subject="bộ thùng rác phân loại cho hộ gia đình học sinh có hoàn cảnh khó khăn"),
    F("từ 3 đến 5 kg", "3", 3, "measure", "kg/học sinh", value_max=5,
      subject="ve chai, chai nhựa, giấy vụn mỗi học sinh góp"),
    F("ít nhất một thùng", "một", 1, "count", "thùng rác", approx="at_least",
      subject="thùng rác tặng thêm cho lớp góp nhiều nhất"),
    F("3.000-4.500", "3.000", 3000, "money", "đồng/kg", value_max=4500, subject="giá thu mua giấy phế liệu"),
    F("khoảng 7.000", "7.000", 7000, "money", "đồng/kg", approx="about", subject="giá thu mua chai nhựa PET"),
    F("khoảng 68 triệu", "68", 68e6, "money", "đồng", approx="about", subject="tổng giá trị phế liệu quy đổi"),
    F("có 18.200 hộ", "18.200", 18200, "count", "hộ", percent=54,
      change=C("increase", 1900, "hộ", "cuối năm 2024"),
      subject="hộ thực hiện phân loại rác tại nguồn"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", subject="hộ thực hiện phân loại rác tại nguồn"),
    F("lên 60-65%", "60", 60, "percent", "%", value_max=65, status="target",
      subject="tỷ lệ hộ thực hiện phân loại rác tại nguồn", period=Y25),
    F("thêm hai chục", "hai chục", 20, "count", "trường học", status="forecast",
      subject="trường học mở rộng chương trình", period=Q2),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Vĩnh Long, THVL): menu, 'Cập nhật lúc 17:20, 24/03/2025', tag '(THVL) -', bylines, 'Lượt xem: 946', a related link.",
    "Distractors: 17:20, 'Sau hơn ba tháng phát động' (a duration that only locates the result in time), 'ngày 26/3', '94 năm Ngày thành lập'",
    "(the name of an anniversary), '26/3/1931 - 26/3/2025', 'Lượt xem: 946', 'hè 2025' in a link.",
    "All figures in huyện Long Hồ (default); 'sau TP Vĩnh Long' names who ranks first, it is not a figure.",
    "'Mỗi học sinh góp từ 3 đến 5 kg' is a per-pupil amount: kg/học sinh, range. 'ít nhất một thùng rác' → 1, at_least.",
    "'chiếm 54% tổng số hộ' → percent of 18.200; 'tăng 1.900 hộ so với cuối năm 2024' → its change (unit hộ); 'xếp thứ 2 toàn tỉnh' ranks the district on that indicator (rank 2, location Long Hồ).",
    "'Năm 2025, huyện phấn đấu ... 60-65%' → target range; 'dự kiến trong quý II ... hai chục trường học' → forecast, year from 'Năm 2025'.",
    "The result figures of the campaign have no period phrase (the campaign started 'hơn ba tháng' ago): no period.",
]

if __name__ == "__main__":
    write("p1508-8", TEXT, NOTES, FIGS, published="2025-03-24", location="Long Hồ")
