from lib import *

text = """TUỔI TRẺ ONLINE > Giáo dục

Thiếu trường công, con công nhân phải gửi nhóm trẻ tư thục

HỒNG NHUNG
05/09/2024 06:30 GMT+7

TTO - Năm học 2024-2025, TP.HCM có khoảng 1.950 nhóm, lớp độc lập tư thục, chiếm gần 60% số cơ sở giáo dục mầm non của thành phố. Nhiều nhất là quận Bình Tân với 312 nhóm, lớp, tiếp đến huyện Bình Chánh 276 và quận 12 là 241. Theo Sở GD&ĐT TP.HCM, tỷ lệ huy động trẻ nhà trẻ của thành phố mới đạt 31,6%, trong khi mẫu giáo đạt 91,3%.

Bà Trần Thị Ngọc Châu, hiệu trưởng một trường mầm non ở quận 7, cho biết năm nào trường cũng quá tải, phải từ chối nhiều hồ sơ đăng ký của con công nhân.

Tại Bình Dương, khoảng 68.000 trẻ là con công nhân đang học tại các cơ sở mầm non, trong đó gần 40% gửi ở nhóm trẻ độc lập. Bình Dương là địa phương có tỷ lệ trẻ học nhóm độc lập cao thứ hai cả nước, sau TP.HCM. Học phí ở các nhóm trẻ tư thục tại đây từ 1,5 đến 3 triệu đồng/tháng, chưa kể tiền ăn khoảng 30.000 đồng/ngày, trong khi thu nhập bình quân của công nhân chỉ khoảng 8,5 triệu đồng/tháng.

Đồng Nai cần thêm khoảng 120 trường mầm non, nhưng 6 tháng đầu năm 2024 mới khởi công 5 trường với tổng vốn 430 tỷ đồng.

Theo Bộ GD&ĐT, năm 2023 cả nước có khoảng 450.000 trẻ mầm non là con công nhân ở các khu công nghiệp, trong đó chỉ 38,5% được học tại trường công lập. Bộ đề xuất giai đoạn 2025-2030 dành ít nhất 5.000 tỷ đồng xây trường mầm non tại các khu công nghiệp.

Xem thêm bình luận (24)
"""

S24 = SY(2024)
S24i = SY(2024, inh=True)
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
figs = [
    F("khoảng 1.950 nhóm", "1.950", 1950, "count", "nhóm, lớp", "nhóm, lớp độc lập tư thục", S24, approx="about", percent=60),
    F("với 312 nhóm", "312", 312, "count", "nhóm, lớp", "nhóm, lớp độc lập tư thục", S24i, location="Bình Tân"),
    F("Bình Chánh 276", "276", 276, "count", "nhóm, lớp", "nhóm, lớp độc lập tư thục", S24i, location="Bình Chánh"),
    F("là 241", "241", 241, "count", "nhóm, lớp", "nhóm, lớp độc lập tư thục", S24i, location="Quận 12"),
    F("mới đạt 31,6%", "31,6", 31.6, "percent", "%", "tỷ lệ huy động trẻ nhà trẻ", S24i),
    F("mẫu giáo đạt 91,3%", "91,3", 91.3, "percent", "%", "tỷ lệ huy động trẻ mẫu giáo", S24i),
    F("khoảng 68.000 trẻ", "68.000", 68000, "count", "trẻ", "trẻ là con công nhân học tại cơ sở mầm non", approx="about",
      location="Bình Dương"),
    F("gần 40%", "40", 40, "percent", "%", "trẻ con công nhân gửi ở nhóm trẻ độc lập", approx="nearly", location="Bình Dương"),
    F("cao thứ hai cả nước", "hai", 2, "rank", "hạng", "tỷ lệ trẻ học nhóm độc lập", location="Bình Dương"),
    F("từ 1,5 đến 3 triệu", "1,5", 1.5e6, "money", "đồng/tháng", "học phí nhóm trẻ tư thục", value_max=3e6, location="Bình Dương"),
    F("khoảng 30.000 đồng", "30.000", 30000, "money", "đồng/ngày", "tiền ăn", approx="about", location="Bình Dương"),
    F("khoảng 8,5 triệu", "8,5", 8.5e6, "money", "đồng/tháng", "thu nhập bình quân của công nhân", approx="about",
      location="Bình Dương"),
    F("khoảng 120 trường", "120", 120, "count", "trường", "trường mầm non cần thêm", approx="about", location="Đồng Nai"),
    F("khởi công 5 trường", "5", 5, "count", "trường", "trường mầm non khởi công", H1, location="Đồng Nai"),
    F("vốn 430 tỷ đồng", "430", 430e9, "money", "đồng", "tổng vốn các trường khởi công", H1, location="Đồng Nai"),
    F("khoảng 450.000 trẻ", "450.000", 450000, "count", "trẻ", "trẻ mầm non là con công nhân ở các khu công nghiệp", Y(2023),
      approx="about", location="Việt Nam"),
    F("chỉ 38,5%", "38,5", 38.5, "percent", "%", "trẻ con công nhân được học tại trường công lập", Y(2023), location="Việt Nam"),
    F("ít nhất 5.000 tỷ", "5.000", 5e12, "money", "đồng", "vốn xây trường mầm non tại các khu công nghiệp",
      P("giai đoạn 2025-2030", "2025-01-01", "2030-12-31"), approx="at_least", status="target", location="Việt Nam"),
]
emit("p266-8", text, [
    "Tuổi Trẻ Online (national press): children of industrial workers in private childcare groups; TP.HCM, Bình Dương, Đồng Nai, national.",
    "Dateline '05/09/2024 06:30 GMT+7' after the byline; 'TTO' tag. Distractors: 'quận 12' and 'quận 7' (district names with numbers),",
    "'GMT+7', 'Xem thêm bình luận (24)' (comment count). 'quận Bình Tân với 312 …, Bình Chánh 276 và quận 12 là 241': a list sharing the",
    "indicator, each district its location. 'chiếm gần 60%' is the percent of 1.950 (the 'gần' qualifies the share, so 1.950 stays 'about').",
    "'trong đó gần 40%' / 'trong đó chỉ 38,5%' after a count: percents of their own (no total: a percent has no whole in trẻ).",
    "'Bộ đề xuất … dành ít nhất 5.000 tỷ' is a proposed allocation for 2025-2030: status target (a plan), at_least.",
    "Bình Dương figures state no period ('đang', 'hiện'): none.",
], figs, published="2024-09-05", location="TP Hồ Chí Minh")
