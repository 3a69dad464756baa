from lib import *

text = """UBND HUYỆN YÊN PHONG - CỔNG THÔNG TIN ĐIỆN TỬ
Giáo dục - Đào tạo

Tăng cường quản lý nhóm trẻ độc lập tư thục tại các xã có khu công nghiệp
Ngày đăng: 21/10/2024

Từ đầu năm đến nay, Phòng Giáo dục và Đào tạo phối hợp với UBND các xã, thị trấn kiểm tra 46 nhóm, lớp mầm non độc lập tư thục, trong đó 39 nhóm, lớp đã được cấp phép hoạt động và 7 nhóm, lớp chưa đủ điều kiện, bị yêu cầu khắc phục trong 30 ngày. Các nhóm, lớp này đang nuôi dạy 1.126 trẻ từ 6 đến 36 tháng tuổi, chủ yếu là con công nhân Khu công nghiệp Yên Phong I và Yên Phong II. Bình quân mỗi nhóm có khoảng 24 cháu, có nhóm lên tới 45 cháu, vượt quy định tại Thông tư số 49/2021/TT-BGDĐT.

Toàn huyện hiện có 31 trường mầm non (27 công lập, 4 tư thục) với 15.370 trẻ; tỷ lệ trẻ mẫu giáo ra lớp đạt 97,6%, riêng trẻ nhà trẻ mới đạt 31,2%, thấp hơn mức bình quân của tỉnh (36,5%).

Thực hiện Nghị định số 105/2020/NĐ-CP, trong 9 tháng năm 2024, huyện đã chi trả hơn 1,2 tỷ đồng hỗ trợ cho 412 trẻ là con công nhân với mức tối thiểu 160.000 đồng/trẻ/tháng và cho 168 giáo viên nhóm, lớp độc lập với mức 800.000 đồng/người/tháng.

Theo ông Nguyễn Văn Hải, Trưởng phòng GD&ĐT, nhu cầu gửi trẻ của công nhân còn rất lớn, ước khoảng 2.000 trẻ chưa có chỗ học. Huyện phấn đấu đến năm 2025, 100% nhóm, lớp độc lập tư thục được cấp phép và được kiểm tra ít nhất 2 lần/năm; đồng thời xây mới 3 trường mầm non công lập tại các xã Đông Phong, Tam Giang, Yên Trung.

Phụ huynh phát hiện nhóm trẻ hoạt động không phép có thể phản ánh qua đường dây nóng 0222.3860.125.

Thu Hằng (Phòng GD&ĐT huyện Yên Phong)
"""

NOW = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-21")
NOWi = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-21", inh=True)
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")
figs = [
    F("kiểm tra 46 nhóm", "46", 46, "count", "nhóm, lớp", "nhóm, lớp mầm non độc lập tư thục được kiểm tra", NOW),
    F("trong đó 39 nhóm", "39", 39, "count", "nhóm, lớp", "nhóm, lớp đã được cấp phép hoạt động", NOW, total=46),
    F("và 7 nhóm", "7", 7, "count", "nhóm, lớp", "nhóm, lớp chưa đủ điều kiện", NOW, total=46),
    F("khắc phục trong 30 ngày", "30", 30, "measure", "ngày", "thời hạn khắc phục", optional=True),
    F("nuôi dạy 1.126 trẻ", "1.126", 1126, "count", "trẻ", "trẻ được nuôi dạy tại nhóm, lớp độc lập tư thục", NOWi),
    F("từ 6 đến 36 tháng", "6", 6, "measure", "tháng tuổi", value_max=36, optional=True),
    F("khoảng 24 cháu", "24", 24, "count", "cháu", "số trẻ bình quân mỗi nhóm", NOWi, approx="about"),
    F("lên tới 45 cháu", "45", 45, "count", "cháu", "số trẻ của nhóm đông nhất", NOWi),
    F("có 31 trường", "31", 31, "count", "trường", "trường mầm non"),
    F("(27 công lập", "27", 27, "count", "trường", "trường mầm non công lập", total=31),
    F("4 tư thục)", "4", 4, "count", "trường", "trường mầm non tư thục", total=31),
    F("với 15.370 trẻ", "15.370", 15370, "count", "trẻ", "trẻ mầm non"),
    F("ra lớp đạt 97,6%", "97,6", 97.6, "percent", "%", "tỷ lệ trẻ mẫu giáo ra lớp"),
    F("mới đạt 31,2%", "31,2", 31.2, "percent", "%", "tỷ lệ trẻ nhà trẻ ra lớp"),
    F("(36,5%)", "36,5", 36.5, "percent", "%", "tỷ lệ trẻ nhà trẻ ra lớp bình quân của tỉnh", location="Bắc Ninh"),
    F("hơn 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí hỗ trợ theo Nghị định số 105/2020/NĐ-CP", N9, approx="over"),
    F("cho 412 trẻ", "412", 412, "count", "trẻ", "trẻ là con công nhân được hỗ trợ", N9),
    F("tối thiểu 160.000 đồng", "160.000", 160000, "money", "đồng/trẻ/tháng", "mức hỗ trợ trẻ là con công nhân", N9, approx="at_least"),
    F("cho 168 giáo viên", "168", 168, "count", "giáo viên", "giáo viên nhóm, lớp độc lập được hỗ trợ", N9),
    F("mức 800.000 đồng", "800.000", 800000, "money", "đồng/người/tháng", "mức hỗ trợ giáo viên nhóm, lớp độc lập", N9),
    F("ước khoảng 2.000 trẻ", "2.000", 2000, "count", "trẻ", "trẻ chưa có chỗ học", approx="about", status="estimate"),
    F("2025, 100% nhóm", "100", 100, "percent", "%", "nhóm, lớp độc lập tư thục được cấp phép", T25, status="target"),
    F("ít nhất 2 lần/năm", "2", 2, "count", "lần/năm", "số lần kiểm tra nhóm, lớp độc lập tư thục", T25,
      approx="at_least", status="target", optional=True),
    F("xây mới 3 trường", "3", 3, "count", "trường", "trường mầm non công lập xây mới", T25, status="target"),
]
emit("p266-2", text, [
    "Cổng TTĐT huyện Yên Phong (district portal, Bắc Ninh): private childcare groups near industrial parks. 'Ngày đăng: 21/10/2024' without time; byline at the end.",
    "Distractors: 'Thông tư số 49/2021/TT-BGDĐT', 'Nghị định số 105/2020/NĐ-CP', 'Khu công nghiệp Yên Phong I/II' (names), hotline 0222.3860.125.",
    "'Từ đầu năm đến nay' = 2024-01-01 .. dateline. 'khắc phục trong 30 ngày' (deadline), 'từ 6 đến 36 tháng tuổi' (age) and",
    "'ít nhất 2 lần/năm' (inspection criterion) are optional. '(36,5%)' after 'thấp hơn mức bình quân của tỉnh' is the province's own level",
    "(a figure, location Bắc Ninh), not a change of 31,2% (the gap is not stated). '(27 công lập, 4 tư thục)' adds up to 31: totals.",
    "Children counts in the first paragraph inherit 'Từ đầu năm đến nay'. Figures of the 'hiện có' paragraph and the shortage carry no period (none stated; 'hiện' is not a dated phrase).",
], figs, published="2024-10-21", location="Yên Phong")
