"""p1086-2: district portal (quận Ninh Kiều, Cần Thơ), karaoke noise campaign, 5-8/2023."""
from lib import F, P, I, C, T, write_set

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU
Tin tức > Văn hóa - Xã hội
Thứ Ba, 05/09/2023 - 10:20

Ninh Kiều chấn chỉnh tình trạng hát karaoke gây ồn trong khu dân cư

Thực hiện Kế hoạch số 186/KH-UBND ngày 12/5/2023 của UBND quận, từ tháng 5 đến hết tháng 8/2023, Đội kiểm tra liên ngành quận Ninh Kiều đã kiểm tra 86 cơ sở kinh doanh dịch vụ karaoke và 214 hộ gia đình, phát hiện 31 trường hợp vi phạm. Trong đó, 9 cơ sở karaoke sử dụng âm thanh vượt quy chuẩn và 22 hộ gia đình hát karaoke gây ồn sau 22 giờ.

Qua đo đạc, độ ồn tại một số cơ sở lên tới 88 dBA, cao hơn 18 dBA so với quy chuẩn cho phép. Quận đã xử phạt 27 trường hợp với tổng số tiền 96,5 triệu đồng; nhắc nhở, ký cam kết với 145 hộ. Các phường có nhiều trường hợp vi phạm là An Khánh (8 trường hợp), Xuân Khánh (6 trường hợp) và Hưng Lợi (5 trường hợp). Theo Nghị định số 144/2021/NĐ-CP, hành vi gây tiếng động lớn, làm ồn ào từ 22 giờ đến 6 giờ sáng bị phạt tiền từ 500.000 đồng đến 1.000.000 đồng.

Cũng trong thời gian trên, Tổ tiếp nhận phản ánh của quận nhận được 173 phản ánh về tiếng ồn qua đường dây nóng 0292.3820.115, giảm 41 phản ánh so với cùng kỳ năm 2022; 100% phản ánh đã được xử lý, trả lời.

Quận phấn đấu đến cuối năm 2023 giảm 30% số phản ánh về karaoke gây ồn so với năm 2022 và ký cam kết với 100% cơ sở karaoke trên địa bàn. Dự kiến trong tháng 9, Đội kiểm tra liên ngành sẽ kiểm tra thêm khoảng 40 cơ sở.

Minh Thư (Phòng Văn hóa và Thông tin quận)
"""

CAMP = P("từ tháng 5 đến hết tháng 8/2023", "2023-05-01", "2023-08-31")
TGT = P("đến cuối năm 2023", None, "2023-12-31")
SEP = P("trong tháng 9", "2023-09-01", "2023-09-30")

FIGS = [
    F("kiểm tra 86 cơ sở", "86", 86, "count", "cơ sở",
      "cơ sở kinh doanh dịch vụ karaoke được kiểm tra", CAMP),
    F("và 214 hộ gia đình", "214", 214, "count", "hộ gia đình", "hộ gia đình được kiểm tra", CAMP),
    F("phát hiện 31 trường hợp", "31", 31, "count", "trường hợp", "trường hợp vi phạm", CAMP),
    F("Trong đó, 9 cơ sở", "9", 9, "count", "cơ sở",
      "cơ sở karaoke sử dụng âm thanh vượt quy chuẩn", I(CAMP), total=31),
    F("và 22 hộ gia đình", "22", 22, "count", "hộ gia đình",
      "hộ gia đình hát karaoke gây ồn sau 22 giờ", I(CAMP), total=31),
    F("lên tới 88 dBA", "88", 88, "measure", "dBA", "độ ồn tại một số cơ sở karaoke", I(CAMP),
      change=C("increase", 18, "dBA", "quy chuẩn cho phép")),
    F("xử phạt 27 trường hợp", "27", 27, "count", "trường hợp", "trường hợp bị xử phạt", I(CAMP)),
    F("96,5 triệu đồng", "96,5", 96.5e6, "money", "đồng", "tổng số tiền xử phạt", I(CAMP)),
    F("với 145 hộ", "145", 145, "count", "hộ", "hộ được nhắc nhở, ký cam kết", I(CAMP)),
    F("An Khánh (8 trường hợp)", "8", 8, "count", "trường hợp", "trường hợp vi phạm", I(CAMP)),
    F("Xuân Khánh (6 trường hợp)", "6", 6, "count", "trường hợp", "trường hợp vi phạm", I(CAMP)),
    F("Hưng Lợi (5 trường hợp)", "5", 5, "count", "trường hợp", "trường hợp vi phạm", I(CAMP)),
    F("từ 500.000 đồng", "500.000", 500000, "money", "đồng",
      "mức phạt hành vi gây tiếng động lớn, làm ồn ào từ 22 giờ đến 6 giờ sáng",
      value_max=1000000, optional=True),
    F("nhận được 173 phản ánh", "173", 173, "count", "phản ánh", "phản ánh về tiếng ồn",
      I(P("Cũng trong thời gian trên", "2023-05-01", "2023-08-31")),
      change=C("decrease", 41, "phản ánh", "cùng kỳ năm 2022")),
    F("100% phản ánh", "100", 100, "percent", "%", "phản ánh đã được xử lý, trả lời", I(CAMP)),
    F("giảm 30% số", "30", 30, "percent", "%",
      "mức giảm số phản ánh về karaoke gây ồn so với năm 2022", TGT, status="target"),
    F("với 100% cơ sở", "100", 100, "percent", "%", "cơ sở karaoke ký cam kết", TGT,
      status="target"),
    F("khoảng 40 cơ sở", "40", 40, "count", "cơ sở", "cơ sở kiểm tra thêm", SEP,
      approx="about", status="forecast"),
]

NOTES = [
    "Cổng TTĐT quận Ninh Kiều (TP Cần Thơ), invented: đợt kiểm tra karaoke gây ồn tháng 5-8/2023.",
    "Location Ninh Kiều (district portal); ward list items (An Khánh, Xuân Khánh, Hưng Lợi) keep the district: FIGURES.md location is a province, city or district.",
    "revised after the first run: the three ward items first had the ward as location (spec convention missed).",
    "'lên tới 88 dBA, cao hơn 18 dBA so với quy chuẩn' -> change +18 dBA (gap to the standard) on the reading.",
    "Legal fine range of Nghị định 144/2021 (500.000-1.000.000 đồng) optional. 'Cũng trong thời gian trên' resolves to 5-8/2023 (inherited).",
    "Distractors: Kế hoạch số 186/KH-UBND ngày 12/5/2023, 22 giờ, 6 giờ sáng, 0292.3820.115, Thứ Ba, 10:20.",
]

write_set("p1086-2", TEXT, FIGS, NOTES, published="2023-09-05", location="Ninh Kiều")
